/** Medians over rounds, per workload and target: what the tables and the target checks read. */
import type { TargetId } from '../harness/topology.js';
import type { WorkloadId } from '../workloads/workloads.js';
import { median, type PacedCell, type SaturationCell, type UpstreamCallsRecord } from './results.js';

export interface SaturationSummary {
  readonly workload: WorkloadId;
  readonly target: TargetId;
  readonly rounds: number;
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly cpuMsPerOp: number;
  /** Throughput one full core would give at this CPU cost: robust to neighbours' load. */
  readonly opsPerCoreSecond: number;
  readonly cpuShare: number;
  readonly foreignShare: number;
  readonly peakRssMb: number;
  readonly failures: number;
  readonly upstreamCallsPerOp: number | null;
}

export interface PacedSummary {
  readonly target: TargetId;
  readonly rate: number;
  readonly callers: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly cpuMsPerOp: number;
  readonly foreignShare: number;
  readonly peakRssMb: number;
  readonly failures: number;
  /** The worst round's p99 of the generator's own lateness. */
  readonly sendLagP99Ms: number;
  /** The generator's longest GC pause over the rounds. */
  readonly generatorGcMaxPauseMs: number;
}

export function summariseSaturation(cells: readonly SaturationCell[], calls: readonly UpstreamCallsRecord[]): SaturationSummary[] {
  const groups = new Map<string, SaturationCell[]>();
  for (const cell of cells) {
    const key = `${cell.workload}/${cell.target}`;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  return [...groups.values()].map((group) => {
    const { workload, target } = group[0]!;
    const cpuMsPerOp = median(group.map((cell) => cell.cpuMsPerOp));
    return {
      workload,
      target,
      rounds: group.length,
      opsPerSec: median(group.map((cell) => cell.opsPerSec)),
      p50Ms: median(group.map((cell) => cell.p50Ms)),
      p99Ms: median(group.map((cell) => cell.p99Ms)),
      cpuMsPerOp,
      opsPerCoreSecond: 1000 / cpuMsPerOp,
      cpuShare: median(group.map((cell) => cell.cpuShare)),
      foreignShare: median(group.map((cell) => cell.foreignShare)),
      peakRssMb: Math.max(...group.map((cell) => cell.peakRssMb)),
      failures: group.reduce((sum, cell) => sum + cell.failures, 0),
      upstreamCallsPerOp: calls.find((record) => record.target === target && record.workload === workload)?.callsPerOp ?? null,
    };
  });
}

/** One row per target and rate (the latency-bound run goes at more than one rate), in the order run. */
export function summarisePaced(cells: readonly PacedCell[]): PacedSummary[] {
  const keys = [...new Map(cells.map((cell) => [`${cell.rate} ${cell.target}`, { target: cell.target, rate: cell.rate }])).values()];
  return keys.map(({ target, rate }) => {
    const group = cells.filter((cell) => cell.target === target && cell.rate === rate);
    return {
      target,
      rate: group[0]!.rate,
      callers: group[0]!.callers,
      p50Ms: median(group.map((cell) => cell.p50Ms)),
      p99Ms: median(group.map((cell) => cell.p99Ms)),
      maxMs: Math.max(...group.map((cell) => cell.maxMs)),
      cpuMsPerOp: median(group.map((cell) => cell.cpuMsPerOp)),
      foreignShare: median(group.map((cell) => cell.foreignShare)),
      peakRssMb: Math.max(...group.map((cell) => cell.peakRssMb)),
      failures: group.reduce((sum, cell) => sum + cell.failures, 0),
      sendLagP99Ms: Math.max(...group.map((cell) => cell.sendLagP99Ms ?? Number.NaN)),
      generatorGcMaxPauseMs: Math.max(...group.map((cell) => cell.generatorGcMaxPauseMs ?? Number.NaN)),
    };
  });
}

export function find<T extends { target: TargetId }>(rows: readonly T[], target: TargetId, where: (row: T) => boolean = () => true): T | undefined {
  return rows.find((row) => row.target === target && where(row));
}
