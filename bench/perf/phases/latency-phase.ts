/**
 * The latency-bound run: the upstream adds 20–50 ms to every answer and 200 callers call each target.
 * Closed loop first, for each target's saturation under that latency; then open loop at half the
 * gateway's (the rate the line is judged at, as the fixed-rate line takes half the saturation
 * without latency), and at the fixed-rate cell's rate as a stress cell.
 */
import { attempt, type Reporter } from '../harness/reporter.js';
import type { Launch, Target } from '../harness/topology.js';
import { upstreamAdmin } from '../harness/upstream-admin.js';
import { median, type PacedCell, type SaturationCell } from '../report/results.js';
import type { Settings } from '../settings.js';
import { halfOf, runPacedCells } from './paced-phase.js';
import { rotated } from './rotation.js';
import { saturationCell } from './saturation-phase.js';
import { gone } from './target-alive.js';

export interface LatencyBoundResults {
  readonly saturation: SaturationCell[];
  readonly paced: PacedCell[];
  /** Half the gateway's latency-bound saturation: where the line is judged. */
  readonly judgedRate: number;
  /** The fixed-rate cell's rate: reported, not judged. */
  readonly stressRate: number;
}

async function saturationUnderLatency(targets: readonly Target[], settings: Settings, reporter: Reporter): Promise<SaturationCell[]> {
  const { callers, saturation: timing, rounds } = settings.latencyBound;
  const cells: SaturationCell[] = [];
  const reported = new Set<string>();
  for (let round = 1; round <= rounds; round += 1) {
    for (const target of rotated(targets, round - 1)) {
      if (gone(target, reporter, reported)) continue;
      const cell = await attempt(reporter, `latency-bound saturation round ${round} on ${target.id}`, () => saturationCell(target, 'list', round, callers, timing));
      if (cell === null) continue;
      cells.push(cell);
      reporter.log(`  round ${round} closed loop ${target.id.padEnd(8)} ${cell.opsPerSec.toFixed(0).padStart(6)} ops/s  p99 ${cell.p99Ms} ms  CPU ${cell.cpuMsPerOp.toFixed(3)} ms/op`);
    }
  }
  return cells;
}

/**
 * `fixedRate` is the fixed-rate cell's rate. If the gateway's latency-bound saturation was not
 * measured, the judged cell falls back to half of that rate.
 */
export async function runLatencyBound(
  launch: Launch,
  targets: readonly Target[],
  upstreamOrigins: readonly string[],
  settings: Settings,
  fixedRate: number,
  reporter: Reporter,
): Promise<LatencyBoundResults> {
  const [minMs, maxMs] = settings.latencyBound.latencyMs;
  await Promise.all(upstreamOrigins.map((origin) => upstreamAdmin.setLatency(origin, { minMs, maxMs })));
  try {
    const saturation = await saturationUnderLatency(targets, settings, reporter);
    const gatewaySaturation = median(saturation.filter((cell) => cell.target === 'gateway').map((cell) => cell.opsPerSec));
    const judgedRate = halfOf(gatewaySaturation, Math.round(fixedRate / 2));
    const paced: PacedCell[] = [];
    for (const rate of [...new Set([judgedRate, fixedRate])].sort((a, b) => a - b)) {
      reporter.log(`  open loop at ${rate}/s`);
      paced.push(...(await runPacedCells(launch, targets, { ...settings.latencyBound, rate }, reporter)));
    }
    return { saturation, paced, judgedRate, stressRate: fixedRate };
  } finally {
    await Promise.all(upstreamOrigins.map((origin) => upstreamAdmin.setLatency(origin, null)));
  }
}
