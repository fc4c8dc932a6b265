/** How long and how often each part of the suite runs: `full` (npm run bench) or `quick`. */
import type { WorkloadId } from './workloads/workloads.js';

export interface Timing {
  readonly warmupS: number;
  readonly durationS: number;
}

export interface Settings {
  readonly name: 'full' | 'quick';
  /** Rounds of the saturation cells; targets are interleaved within a round and rotated between rounds. */
  readonly rounds: number;
  readonly connections: number;
  readonly saturationWorkloads: readonly WorkloadId[];
  /** Unrecorded load on every target before the first round: the gateway needs seconds of it to reach its steady speed. */
  readonly jitWarmup: { readonly listS: number; readonly otherS: number };
  /** The headline workload gets longer cells than the others. */
  readonly listTiming: Timing;
  readonly otherTiming: Timing;
  readonly fixedRate: Timing & { readonly rounds: number; readonly callers: number };
  /**
   * The latency-bound run: the upstream adds `latencyMs` to every answer and `callers` connections call
   * each target. First closed loop (`saturation`), for each target's throughput under that latency; then
   * open loop at half the gateway's latency-bound saturation, where the line is judged (as the
   * fixed-rate line takes half the saturation without latency), and then at the fixed-rate cell's rate, a
   * stress cell that is reported, not judged: there the rate times the upstream's mean latency comes to
   * about as many requests in flight as any target has upstream connections (UPSTREAM_CONNECTIONS).
   * The lower rate runs first, so a backlog left by the higher one cannot leak into it.
   */
  readonly latencyBound: Timing & {
    readonly rounds: number;
    readonly callers: number;
    readonly latencyMs: readonly [number, number];
    readonly saturation: Timing;
  };
  readonly startTimeSamples: number;
  /** Run GraphQL Mesh v1 beside the targets (saturation reads and upstream calls; bench/perf/harness/mesh.ts). */
  readonly mesh: boolean;
  /** Compile everything with tsc first and run targets as JavaScript (as deployed), or run through tsx. */
  readonly compile: boolean;
  readonly callsPerOpOperations: number;
  readonly profile: (Timing & { readonly enabled: true }) | { readonly enabled: false };
}

const SATURATION_WORKLOADS: readonly WorkloadId[] = ['list', 'listCrowd', 'get', 'aliases', 'create', 'mixed'];

export const FULL: Settings = {
  name: 'full',
  rounds: 3,
  connections: 50,
  saturationWorkloads: SATURATION_WORKLOADS,
  jitWarmup: { listS: 6, otherS: 1 },
  listTiming: { warmupS: 1, durationS: 5 },
  otherTiming: { warmupS: 0.5, durationS: 2 },
  // Paced cells report a p99, so they get windows of thousands of requests (one stall of a few tens of ms
  // cannot be 1% of them on its own), a warm-up past the first second of a new traffic pattern (200 new
  // connections, recompiled code), and three rounds so the median drops one disturbed round. The
  // fixed-rate cell runs at ~1,500-2,000/s, where one full collection of the gateway (25-35 ms of work)
  // delays 100-200 requests: 1% of an 8-s window, so its p99 said whether a collection fell inside the
  // window rather than what 99% of requests get. 20 s make that ~0.4%, while two in one window still show.
  fixedRate: { warmupS: 2, durationS: 20, rounds: 3, callers: 50 },
  latencyBound: { warmupS: 2, durationS: 8, rounds: 3, callers: 200, latencyMs: [20, 50], saturation: { warmupS: 1, durationS: 5 } },
  startTimeSamples: 3,
  mesh: true,
  compile: true,
  callsPerOpOperations: 20,
  profile: { enabled: true, warmupS: 4, durationS: 5 },
};

export const QUICK: Settings = {
  name: 'quick',
  rounds: 1,
  connections: 50,
  saturationWorkloads: SATURATION_WORKLOADS,
  jitWarmup: { listS: 1.5, otherS: 0 },
  listTiming: { warmupS: 0.5, durationS: 2 },
  otherTiming: { warmupS: 0, durationS: 1 },
  fixedRate: { warmupS: 0.5, durationS: 2, rounds: 1, callers: 50 },
  latencyBound: { warmupS: 0.5, durationS: 2, rounds: 1, callers: 200, latencyMs: [20, 50], saturation: { warmupS: 0.5, durationS: 1.5 } },
  startTimeSamples: 1,
  mesh: false,
  compile: false,
  callsPerOpOperations: 5,
  profile: { enabled: false },
};
