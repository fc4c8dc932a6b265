/**
 * Runs the open-loop generator (paced-load.ts) in a process of its own, pinned to the load core.
 * In the suite's main process it shared an event loop and a heap with everything the run had
 * gathered (autocannon's histograms, samplers): that process's collections and timers made requests
 * go out late, and since latency runs from each request's due time, every target's p99 carried the
 * generator's stalls (10–17 ms at 1,433/s where a fresh generator sees 3–4 ms against the same
 * server). A fresh process for each round keeps the generator's own pauses out of the targets' figures;
 * it reports how late it sent, so a stalled generator shows in the results instead of hiding.
 */
import { spawn } from 'node:child_process';
import { LOAD_CORE } from '../constants.js';
import type { WorkloadId, Protocol } from '../workloads/workloads.js';
import type { PacedOptions, PacedResult } from './paced-load.js';
import { pinnedCommand } from './pinning.js';
import { nodeArgsFor } from './runtime.js';
import type { Launch } from './topology.js';

/** What the generator process is told on its command line (JSON): everything but functions. */
export interface PacedJob {
  readonly origin: string;
  readonly workload: WorkloadId;
  readonly protocol: Protocol;
  readonly ids: readonly string[];
  readonly options: PacedOptions;
}

/**
 * A young generation of 64 MB and an old generation that starts at 128 MB: on V8's defaults a fresh
 * generator collected its old generation in full twice about 8 s into a round (5–6 ms pauses each),
 * and every answer that arrived meanwhile was timed late, for whichever target was measured (250-ms
 * buckets with a worst of 8–10 ms against 3 ms around them, at the same times in every round). With
 * these flags it made no full collection in a 20-s round at 1,751/s.
 */
const GENERATOR_NODE_FLAGS = ['--max-semi-space-size=64', '--initial-old-space-size=128', '--no-memory-reducer'];

export function runPacedInOwnProcess(launch: Launch, job: PacedJob): Promise<PacedResult> {
  const { command, args } = pinnedCommand(launch.pinning, LOAD_CORE, [
    ...GENERATOR_NODE_FLAGS,
    ...nodeArgsFor(launch.runtime, 'bench/perf/harness/paced-main.ts'),
    JSON.stringify(job),
  ]);
  const child = spawn(command, args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as PacedResult);
      else reject(new Error(`paced generator exited (code ${code}, signal ${signal}): ${stderr.slice(-1500)}`));
    });
  });
}
