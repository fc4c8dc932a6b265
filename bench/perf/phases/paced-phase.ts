/**
 * Fixed-rate runs (open loop): the list workload at one rate for several targets, interleaved and
 * rotated like the saturation cells. Used for the p99-at-half-saturation comparison and, with
 * upstream latency switched on, for the latency-bound run.
 */
import { SERVER_CORE } from '../constants.js';
import { measured } from '../harness/measure.js';
import { runPacedInOwnProcess } from '../harness/paced-process.js';
import { attempt, type Reporter } from '../harness/reporter.js';
import type { Launch, Target } from '../harness/topology.js';
import type { PacedCell } from '../report/results.js';
import type { Timing } from '../settings.js';
import { workload } from '../workloads/workloads.js';
import { rotated } from './rotation.js';
import { gone } from './target-alive.js';
import { serverFacts } from './server-facts.js';

export interface PacedPlan extends Timing {
  readonly rate: number;
  readonly callers: number;
  readonly rounds: number;
}

/** Half a measured saturation rate (ops/s), the rate paced cells run at; `fallback` when it was not measured. */
export function halfOf(opsPerSec: number, fallback: number): number {
  return Number.isFinite(opsPerSec) ? Math.max(10, Math.round(opsPerSec / 2)) : fallback;
}

export async function runPacedCells(launch: Launch, targets: readonly Target[], plan: PacedPlan, reporter: Reporter): Promise<PacedCell[]> {
  const cells: PacedCell[] = [];
  const reported = new Set<string>();
  for (let round = 1; round <= plan.rounds; round += 1) {
    for (const target of rotated(targets, round - 1)) {
      if (workload('list').plan(target.protocol, target.ids) === null || gone(target, reporter, reported)) continue;
      const outcome = await attempt(reporter, `round ${round} ${plan.rate}/s on ${target.id}`, () =>
        measured(target.child.pid, SERVER_CORE, () =>
          runPacedInOwnProcess(launch, {
            origin: target.child.origin,
            workload: 'list',
            protocol: target.protocol,
            ids: target.ids,
            options: { rate: plan.rate, callers: plan.callers, warmupS: plan.warmupS, durationS: plan.durationS },
          }),
        ),
      );
      if (outcome === null) continue;
      const { result, server } = outcome;
      // CPU covers warm-up and run alike, so it is divided by every request sent.
      const sent = plan.rate * (plan.warmupS + plan.durationS);
      const record: PacedCell = {
        round,
        target: target.id,
        rate: plan.rate,
        callers: plan.callers,
        achievedRate: result.achievedRate,
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
        maxMs: result.maxMs,
        meanMs: result.meanMs,
        failures: result.failures,
        sendLagP99Ms: result.sendLagP99Ms,
        generatorGcMaxPauseMs: result.gcMaxPauseMs,
        measuredFromWallMs: result.measuredFromWallMs,
        measuredToWallMs: result.measuredToWallMs,
        ...serverFacts(server, sent),
      };
      cells.push(record);
      reporter.log(
        `  round ${round} ${target.id.padEnd(8)} ${plan.rate}/s  p50 ${result.p50Ms.toFixed(2)} ms  p99 ${result.p99Ms.toFixed(2)} ms  ` +
          `generator late p99 ${result.sendLagP99Ms.toFixed(2)} ms, GC max ${result.gcMaxPauseMs.toFixed(1)} ms  other load ${(server.foreignShare * 100).toFixed(0)}%${result.failures > 0 ? `  FAILURES ${result.failures}` : ''}`,
      );
    }
  }
  return cells;
}
