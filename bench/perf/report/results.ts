/** The shape of a run's JSON in bench/results/, and the medians the report is built from. */
import type { TargetId } from '../harness/topology.js';
import type { WorkloadId } from '../workloads/workloads.js';

export interface ServerFacts {
  readonly cpuMsPerOp: number;
  /** Share of one core the target used during the cell. */
  readonly cpuShare: number;
  /** Share of the target's core taken by other processes during the cell (noise). */
  readonly foreignShare: number;
  readonly peakRssMb: number;
}

export interface SaturationCell extends ServerFacts {
  readonly round: number;
  readonly workload: WorkloadId;
  readonly target: TargetId;
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly failures: number;
  /** What the failures were (absent when there were none, and in runs from before it was recorded). */
  readonly failureDetail?: string;
}

export interface PacedCell extends ServerFacts {
  readonly round: number;
  readonly target: TargetId;
  readonly rate: number;
  readonly callers: number;
  readonly achievedRate: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  readonly failures: number;
  /** p99 of how late the generator sent its requests (absent in runs from before it was measured). */
  readonly sendLagP99Ms?: number;
  /** The generator's longest GC pause in the measured window (absent in runs from before it was measured). */
  readonly generatorGcMaxPauseMs?: number;
  /** Wall-clock ms of the measured window (absent in runs from before it was recorded). */
  readonly measuredFromWallMs?: number;
  readonly measuredToWallMs?: number;
}

export interface UpstreamCallsRecord {
  readonly target: TargetId;
  readonly workload: WorkloadId;
  readonly callsPerOp: number;
  readonly failures: number;
}

export interface StartTimeRecord {
  readonly entry: string;
  readonly command: string;
  readonly samplesMs: readonly number[];
  readonly note: string;
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly status: 'PASS' | 'FAIL' | 'INFO' | 'N/A';
}

export interface RunResults {
  readonly meta: {
    readonly startedAt: string;
    readonly finishedAt: string;
    readonly mode: string;
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    readonly pinned: boolean;
    readonly pinningNote: string;
    readonly runtime: string;
    readonly loadAverageBefore: string;
    readonly loadAverageAfter: string;
    readonly git: string;
    readonly settings: unknown;
  };
  readonly equivalence: readonly { workload: string; identical: boolean; detail: string }[];
  readonly upstreamCalls: readonly UpstreamCallsRecord[];
  readonly saturation: readonly SaturationCell[];
  readonly fixedRate: readonly PacedCell[];
  /** Closed loop under the upstream's latency, with the latency-bound run's callers. */
  readonly latencySaturation: readonly SaturationCell[];
  readonly latencyBound: readonly PacedCell[];
  /** judged: half the gateway's latency-bound saturation; stress: the fixed-rate cell's rate. */
  readonly latencyBoundRates: { readonly judged: number; readonly stress: number };
  readonly latencyBoundUpstreamMs: readonly [number, number];
  readonly gatewayPeakRssMb: number;
  readonly startTime: readonly StartTimeRecord[];
  readonly targets: readonly TargetCheck[];
  /** Crashed targets, failed cells or phases: each also leaves a gap in the tables. */
  readonly problems: readonly string[];
}

export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle]! : (finite[middle - 1]! + finite[middle]!) / 2;
}
