/**
 * The processes of a run: building the gateway as deployed (from the working tree or from a commit),
 * bundling the bench's own servers, spawning each on its core, and reading /proc about them.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, setPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { BENCH_SECRET_KEY, UPSTREAM_CONNECTIONS } from './config.js';

const run = promisify(execFile);

/** taskset with two cores or more: targets on one core, load generator and upstream on the other. */
export const PINNED = ((): boolean => {
  if (availableParallelism() < 2) return false;
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Pins this process to `core` and raises its priority (nice −10) when permitted; children inherit the priority. */
export function pinSelf(core: number): string {
  if (PINNED) execFileSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
  try {
    setPriority(-10);
    return 'nice −10';
  } catch {
    return 'normal priority';
  }
}

export interface Spec {
  readonly name: string;
  readonly core: number;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  readonly port: number;
  readonly readyPath: string;
}

export interface Child {
  readonly name: string;
  readonly pid: number;
  readonly origin: string;
  readonly process: ChildProcess;
  /** The end of its stderr, for a crash report. */
  stderr(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/** Spawns `node <args>` on `core`. Its stdout goes nowhere: request logs cost the server what they cost anywhere. */
export function spawnNode(spec: Spec): Child {
  const command = PINNED ? 'taskset' : process.execPath;
  const args = PINNED ? ['-c', String(spec.core), process.execPath, ...spec.args] : [...spec.args];
  const child = spawn(command, args, { cwd: spec.cwd ?? process.cwd(), env: { ...process.env, ...spec.env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-3000)));
  return {
    name: spec.name,
    pid: child.pid ?? -1,
    origin: `http://127.0.0.1:${spec.port}`,
    process: child,
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(forced);
    },
  };
}

/** Spawns and waits until `readyPath` answers 200. */
export async function startNode(spec: Spec, timeoutMs = 60_000): Promise<Child> {
  const child = spawnNode(spec);
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.process.exitCode !== null) throw new Error(`${spec.name} exited before it was ready (code ${child.process.exitCode}): ${child.stderr()}`);
    try {
      const answer = await fetch(child.origin + spec.readyPath, { signal: AbortSignal.timeout(1000) });
      await answer.arrayBuffer();
      if (answer.status === 200) return child;
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      await child.stop();
      throw new Error(`${spec.name} was not ready within ${timeoutMs} ms: ${child.stderr()}`);
    }
    await sleep(20);
  }
}

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Peak resident set size over the process's life, MB. */
export const peakRssMb = (pid: number): number => status(pid, 'VmHWM');

const TICKS_PER_S = 100;
/** User + system CPU time of every thread of the process, ms (USER_HZ is 100 on Linux). */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_S;
}

/** Busy time of one core, ms: minus the target's own CPU time, someone else's load on its core. */
export function coreBusyMs(core: number): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n').find((row) => row.startsWith(`cpu${core} `));
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = (line ?? '').trim().split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_S;
}

/** The environment the gateway (and the floor, which reads the same config) runs with. */
export function gatewayEnv(upstreamOrigin: string, port: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    CLERK_SECRET_KEY: BENCH_SECRET_KEY,
    CLERK_API_URL: upstreamOrigin,
    GATEWAY_AUTH_TOKENS: 'none',
    CLERK_RATE_LIMIT: 'off',
    CLERK_MAX_CONCURRENCY: String(UPSTREAM_CONNECTIONS),
    // The opt-in read cache stays off, so every operation reaches the upstream.
    READ_CACHE_TTL_MS: '0',
  };
}

export interface GatewayBuild {
  /** e.g. `df1134f` or `df1134f+edits`. */
  readonly version: string;
  /** The tree the gateway runs in (its cwd), holding dist/main.js. */
  readonly dir: string;
  /** Node flags of the tree's Dockerfile CMD (`node <flags> dist/main.js`). */
  readonly deployFlags: readonly string[];
}

const TREE_PATHS = ['package.json', 'package-lock.json', 'tsconfig.json', 'Dockerfile', 'scripts', 'src', 'schema'];

function dockerfileFlags(dir: string): string[] {
  const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(existsSync(join(dir, 'Dockerfile')) ? readFileSync(join(dir, 'Dockerfile'), 'utf8') : '');
  const words = cmd ? (JSON.parse(cmd[1]!) as string[]) : [];
  return words[0] === 'node' && words.at(-1) === 'dist/main.js' ? words.slice(1, -1) : [];
}

/**
 * The gateway of `ref` (a commit), or of the working tree when null, copied to `workDir` with the
 * project's node_modules linked in (the lockfiles of nearby commits differ in devDependencies only)
 * and built there by its own scripts/build.mjs into dist/, as `npm run build` and the Dockerfile do.
 */
export async function buildGateway(ref: string | null, workDir: string): Promise<GatewayBuild> {
  const short = (await run('git', ['rev-parse', '--short', ref ?? 'HEAD'])).stdout.trim();
  const dir = join(workDir, ref === null ? 'tree' : `ref-${short}`);
  mkdirSync(dir, { recursive: true });
  let version = short;
  if (ref === null) {
    for (const path of TREE_PATHS) if (existsSync(path)) cpSync(path, join(dir, path), { recursive: true });
    if ((await run('git', ['status', '--porcelain', '--', ...TREE_PATHS])).stdout.trim() !== '') version += '+edits';
  } else {
    await run('sh', ['-c', 'git archive --format=tar "$0" | tar -x -C "$1"', ref, dir]);
  }
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  await run(process.execPath, ['scripts/build.mjs'], { cwd: dir, timeout: 300_000 });
  if (!existsSync(join(dir, 'dist/main.js'))) throw new Error(`scripts/build.mjs of ${version} left no dist/main.js`);
  return { version, dir, deployFlags: dockerfileFlags(dir) };
}

/** The bench's own servers as self-contained ES module bundles in `outdir`: upstream.js, floor.js, proxy.js. */
export async function bundleBenchServers(outdir: string): Promise<void> {
  await build({
    entryPoints: ['upstream', 'floor', 'proxy'].map((name) => `bench/perf/${name}.ts`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir,
    logLevel: 'error',
    banner: { js: "import { createRequire as __benchRequire } from 'node:module'; const require = __benchRequire(import.meta.url);" },
  });
}
