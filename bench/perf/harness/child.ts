/**
 * A process under measurement: spawned pinned to a core, ready once a URL answers 200, stopped with
 * SIGTERM (so --cpu-prof can write its profile) and SIGKILL if it lingers. Its stdout goes to
 * /dev/null, so that request logs cost the server what they would cost it anywhere, and nothing here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { pinnedCommand, type Pinning } from './pinning.js';

export interface ChildSpec {
  readonly name: string;
  readonly core: number;
  readonly nodeArgs: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly port: number;
  /** GET path answering 200 once the child serves. */
  readonly readyPath: string;
  readonly readyTimeoutMs?: number;
}

export interface RunningChild {
  readonly name: string;
  readonly pid: number;
  readonly origin: string;
  readonly spawnedAt: number;
  /** Null while it runs; once it has exited, how, with the end of its stderr. */
  exitReport(): string | null;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 15_000;

/** BENCH_GC_LOG_DIR set: every server logs its collection pauses there (bench/perf/harness/gc-log.mjs). */
const GC_LOG_ARGS = process.env.BENCH_GC_LOG_DIR ? ['--import', `${process.cwd()}/bench/perf/harness/gc-log.mjs`] : [];

export function spawnChild(spec: ChildSpec, pinning: Pinning): { process: ChildProcess; spawnedAt: number; stderr: () => string } {
  const { command, args } = pinnedCommand(pinning, spec.core, [...GC_LOG_ARGS, ...spec.nodeArgs]);
  const spawnedAt = performance.now();
  const child = spawn(command, args, {
    cwd: process.cwd(),
    env: { ...process.env, BENCH_GC_LOG_NAME: spec.name, ...spec.env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  return { process: child, spawnedAt, stderr: () => stderr };
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const forced = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(forced);
}

export async function startChild(spec: ChildSpec, pinning: Pinning): Promise<RunningChild> {
  const { process: child, spawnedAt, stderr } = spawnChild(spec, pinning);
  const origin = `http://127.0.0.1:${spec.port}`;
  const deadline = performance.now() + (spec.readyTimeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${spec.name} exited before it was ready (code ${child.exitCode}, signal ${child.signalCode}):\n${stderr()}`);
    }
    try {
      const answer = await fetch(origin + spec.readyPath, { signal: AbortSignal.timeout(1000) });
      await answer.arrayBuffer();
      if (answer.status === 200) break;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      await stopProcess(child);
      throw new Error(`${spec.name} was not ready within ${spec.readyTimeoutMs ?? 30_000} ms:\n${stderr()}`);
    }
    await sleep(20);
  }
  if (child.pid === undefined) throw new Error(`${spec.name} has no pid`);
  let stopping = false;
  return {
    name: spec.name,
    pid: child.pid,
    origin,
    spawnedAt,
    exitReport: () =>
      child.exitCode === null && child.signalCode === null
        ? null
        : `${spec.name} exited${stopping ? ' when stopped' : ''} (code ${child.exitCode}, signal ${child.signalCode}): ${stderr().slice(-1500)}`,
    stop: () => {
      stopping = true;
      return stopProcess(child);
    },
  };
}
