/**
 * The processes of a run: the shared upstream on the load core, and the targets on the server core
 * (four, and GraphQL Mesh when the run includes it). Every target is its own process, so its CPU
 * time and memory are its own.
 */
import { BENCH_SECRET_KEY, LOAD_CORE, SERVER_CORE, UPSTREAM_CONNECTIONS } from '../constants.js';
import type { Protocol } from '../workloads/workloads.js';
import { startChild, type RunningChild } from './child.js';
import { freePort } from './free-port.js';
import type { Pinning } from './pinning.js';
import { startMesh } from './mesh.js';
import { gatewayNodeArgs, nodeArgsFor, type Runtime } from './runtime.js';
import { upstreamAdmin } from './upstream-admin.js';

export type TargetId = 'gateway' | 'floor' | 'proxy' | 'direct' | 'mesh';

export interface Target {
  readonly id: TargetId;
  readonly label: string;
  readonly protocol: Protocol;
  readonly child: RunningChild;
  /** The upstream whose counters see this target's calls. */
  readonly upstreamOrigin: string;
  /** Application ids the workloads may use against this target. */
  readonly ids: readonly string[];
}

export interface Topology {
  readonly upstream: RunningChild;
  readonly targets: readonly Target[];
  stop(): Promise<void>;
}

export const TARGET_LABELS: Record<TargetId, string> = {
  gateway: 'gateway (Yoga + Pothos)',
  floor: 'reshape floor (node:http, no GraphQL)',
  proxy: 'pass-through proxy (one Node hop)',
  direct: 'upstream directly',
  mesh: 'GraphQL Mesh v1 (generated from the OpenAPI spec)',
};

export interface Launch {
  readonly pinning: Pinning;
  readonly runtime: Runtime;
}

export interface TopologyOptions {
  /** Readies GraphQL Mesh against the upstream's origin; Mesh runs as a target when it answers true. */
  readonly mesh?: (upstreamOrigin: string) => Promise<boolean>;
}

/**
 * The upstream is the instrument, so it must not pause on its own: with V8's defaults it held 35-65 MB
 * and ran a full collection every minute or two, and its memory reducer added more whenever its
 * allocation rate looked idle, each stalling its event loop for 20-120 ms. That landed in whichever
 * target's paced round was running (a round's p99 went from ~3 to ~21 ms). A 64 MB young generation
 * lets the short-lived request garbage die there, and without the memory reducer it is never
 * collected for being quiet; in a replay of the fixed-rate phase it had no stall over 20 ms after
 * start-up. `--expose-gc` lets /__bench/trim collect the emptied store before the paced cells.
 */
const UPSTREAM_NODE_FLAGS = ['--max-semi-space-size=64', '--no-memory-reducer', '--expose-gc'];

export async function startUpstream(launch: Launch, core: number, name: string): Promise<RunningChild> {
  const port = await freePort();
  const nodeArgs = [...UPSTREAM_NODE_FLAGS, ...nodeArgsFor(launch.runtime, 'bench/perf/upstream/main.ts'), String(port)];
  return startChild({ name, core, nodeArgs, env: {}, port, readyPath: '/health' }, launch.pinning);
}

/**
 * The environment main.ts reads: production, no caller auth, no rate limit, the bench upstream as
 * Clerk, and the opt-in read cache left off so that every operation reaches the upstream.
 */
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
    READ_CACHE_TTL_MS: '0',
  };
}

/** The gateway as deployed (the production bundle of src/main.ts), optionally with node flags. */
export async function startGateway(launch: Launch, upstreamOrigin: string, extraNodeArgs: readonly string[] = []): Promise<RunningChild> {
  const port = await freePort();
  const nodeArgs = [...extraNodeArgs, ...gatewayNodeArgs(launch.runtime)];
  return startChild({ name: 'gateway', core: SERVER_CORE, nodeArgs, env: gatewayEnv(upstreamOrigin, port), port, readyPath: '/health' }, launch.pinning);
}

export async function startFloor(launch: Launch, upstreamOrigin: string, extraNodeArgs: readonly string[] = []): Promise<RunningChild> {
  const port = await freePort();
  const nodeArgs = [...extraNodeArgs, ...nodeArgsFor(launch.runtime, 'bench/perf/targets/reshape-floor.ts')];
  return startChild({ name: 'floor', core: SERVER_CORE, nodeArgs, env: gatewayEnv(upstreamOrigin, port), port, readyPath: '/health' }, launch.pinning);
}

async function startProxy(launch: Launch, upstreamOrigin: string): Promise<RunningChild> {
  const port = await freePort();
  const nodeArgs = nodeArgsFor(launch.runtime, 'bench/perf/targets/proxy.ts');
  const env = { PORT: String(port), UPSTREAM_ORIGIN: upstreamOrigin };
  return startChild({ name: 'proxy', core: SERVER_CORE, nodeArgs, env, port, readyPath: '/health' }, launch.pinning);
}

export async function startTopology(launch: Launch, options: TopologyOptions = {}): Promise<Topology> {
  const started: RunningChild[] = [];
  try {
    const upstream = await startUpstream(launch, LOAD_CORE, 'upstream');
    started.push(upstream);
    const sharedIds = await upstreamAdmin.ids(upstream.origin);
    const withMesh = options.mesh !== undefined && (await options.mesh(upstream.origin));
    // The direct target is an upstream of its own on the server core, measured like every target.
    const direct = await startUpstream(launch, SERVER_CORE, 'direct');
    started.push(direct);
    const gateway = await startGateway(launch, upstream.origin);
    started.push(gateway);
    const floor = await startFloor(launch, upstream.origin);
    started.push(floor);
    const proxy = await startProxy(launch, upstream.origin);
    started.push(proxy);
    const via = (id: TargetId, child: RunningChild, protocol: Protocol): Target => ({
      id,
      label: TARGET_LABELS[id],
      protocol,
      child,
      upstreamOrigin: upstream.origin,
      ids: sharedIds,
    });
    const targets: Target[] = [
      via('gateway', gateway, 'graphql'),
      via('floor', floor, 'graphql'),
      via('proxy', proxy, 'rest'),
      { id: 'direct', label: TARGET_LABELS.direct, protocol: 'rest', child: direct, upstreamOrigin: direct.origin, ids: await upstreamAdmin.ids(direct.origin) },
    ];
    if (withMesh) {
      const mesh = await startMesh(launch.pinning);
      started.push(mesh);
      targets.push(via('mesh', mesh, 'mesh'));
    }
    return { upstream, targets, stop: () => stopAll(started) };
  } catch (error) {
    await stopAll(started);
    throw error;
  }
}

async function stopAll(children: readonly RunningChild[]): Promise<void> {
  await Promise.all([...children].reverse().map((child) => child.stop()));
}
