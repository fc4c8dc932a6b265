/** What every part of the bench agrees on, and how long each part runs in `full` and `quick` mode. */

/** The one key the bench upstream accepts; shaped like a Clerk key so that the gateway's config takes it. */
export const BENCH_SECRET_KEY = 'sk_test_perfbenchkey0000000000000000';
export const CLERK_API_VERSION = '2026-05-12';
export const SEEDED_APPLICATIONS = 25;
/** Connections to the upstream for the gateway, the floor (CLERK_MAX_CONCURRENCY, its default) and the proxy. */
export const UPSTREAM_CONNECTIONS = 64;
export const LIST_LIMIT = 20;
export const ALIAS_COUNT = 20;
export const ALIAS_DISTINCT_IDS = 5;

/** Targets run on SERVER_CORE; the load generator and the upstream share LOAD_CORE (when taskset and two cores exist). */
export const SERVER_CORE = 0;
export const LOAD_CORE = 1;

export interface Timing {
  readonly warmupS: number;
  readonly durationS: number;
}

export interface Settings {
  readonly name: 'full' | 'quick';
  /** Rounds of every cell; targets are interleaved within a round, their order rotated between rounds. */
  readonly rounds: number;
  /** Closed-loop connections of the saturation cells. */
  readonly connections: number;
  /** Unrecorded load on each target before a workload's first round (the JIT needs seconds of it). */
  readonly firstWarmupS: { readonly list: number; readonly other: number };
  readonly list: Timing;
  readonly other: Timing;
  /**
   * Clerk-like latency: the upstream adds a uniform `upstreamMs` delay; `callers` each send a list,
   * wait for the answer, then wait a uniform 0..thinkMaxMs before the next one. 200 callers pausing
   * 2 s on average send about 100 requests a second: Clerk's own limit for a production key (1000
   * requests per 10 s), so the most one gateway replica in front of one key can be asked to pass on.
   */
  readonly latency: Timing & { readonly callers: number; readonly thinkMaxMs: number; readonly upstreamMs: readonly [number, number] };
  readonly startSamples: number;
  readonly callsPerOpOperations: number;
  readonly mesh: boolean;
}

export const FULL: Settings = {
  name: 'full',
  rounds: 3,
  connections: 50,
  firstWarmupS: { list: 6, other: 1 },
  list: { warmupS: 1, durationS: 5 },
  other: { warmupS: 0.5, durationS: 2 },
  latency: { warmupS: 4, durationS: 20, callers: 200, thinkMaxMs: 4000, upstreamMs: [50, 100] },
  startSamples: 3,
  callsPerOpOperations: 20,
  mesh: true,
};

export const QUICK: Settings = {
  name: 'quick',
  rounds: 1,
  connections: 50,
  firstWarmupS: { list: 1.5, other: 0.5 },
  list: { warmupS: 0.5, durationS: 2 },
  other: { warmupS: 0, durationS: 1 },
  latency: { warmupS: 4, durationS: 5, callers: 200, thinkMaxMs: 4000, upstreamMs: [50, 100] },
  startSamples: 1,
  callsPerOpOperations: 5,
  mesh: false,
};

/** The lines. */
export const LIMITS = { floorRatio: 0.7, meshRatio: 5, peakRssMb: 160, firstAnswerMs: 1000 } as const;

/** The p-th percentile of ascending `sorted` values (nearest rank). */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  return sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(Float64Array.from(values).sort(), 50);
