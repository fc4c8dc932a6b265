/**
 * Saturation cells: every workload on every target that can serve it, 50 closed-loop connections
 * (a workload may name its own number), a warm-up then a measured run. Targets are interleaved
 * within a round and their order rotates from round to round, so drift and neighbours' load spread
 * over all of them.
 */
import { SERVER_CORE } from '../constants.js';
import { measured } from '../harness/measure.js';
import { attempt, type Reporter } from '../harness/reporter.js';
import { saturate } from '../harness/saturation.js';
import type { Target, Topology } from '../harness/topology.js';
import { upstreamAdmin } from '../harness/upstream-admin.js';
import type { SaturationCell } from '../report/results.js';
import type { Settings, Timing } from '../settings.js';
import { workload, type WorkloadId } from '../workloads/workloads.js';
import { rotated } from './rotation.js';
import { serverFacts } from './server-facts.js';
import { gone } from './target-alive.js';

const WRITING: ReadonlySet<WorkloadId> = new Set(['create', 'mixed']);

async function trimUpstreams(topology: Topology): Promise<void> {
  // Creates pile up in the emulators' stores; cached reads keep answering after the trim.
  const origins = new Set([topology.upstream.origin, ...topology.targets.map((target) => target.upstreamOrigin)]);
  await Promise.all([...origins].map((origin) => upstreamAdmin.trim(origin)));
}

/** One closed-loop cell: a warm-up, then a measured run with `callers` connections. */
export async function saturationCell(target: Target, workloadId: WorkloadId, round: number, callers: number, timing: Timing): Promise<SaturationCell | null> {
  const plan = workload(workloadId).plan(target.protocol, target.ids);
  if (plan === null) return null;
  if (timing.warmupS > 0) await saturate(target.child.origin, plan, callers, timing.warmupS);
  const { result, server } = await measured(target.child.pid, SERVER_CORE, () => saturate(target.child.origin, plan, callers, timing.durationS));
  return {
    round,
    workload: workloadId,
    target: target.id,
    opsPerSec: result.opsPerSec,
    p50Ms: result.p50Ms,
    p99Ms: result.p99Ms,
    failures: result.failures,
    ...(result.failureDetail === null ? {} : { failureDetail: result.failureDetail }),
    ...serverFacts(server, result.opsPerSec * result.durationS),
  };
}

function cell(target: Target, workloadId: WorkloadId, round: number, settings: Settings): Promise<SaturationCell | null> {
  const timing = workloadId === 'list' ? settings.listTiming : settings.otherTiming;
  return saturationCell(target, workloadId, round, workload(workloadId).callers ?? settings.connections, timing);
}

/** Every target through every workload, unrecorded, so that round 1 meets optimised code and grown heaps. */
async function warmUp(topology: Topology, settings: Settings, reporter: Reporter, reported: Set<string>): Promise<void> {
  for (const target of topology.targets) {
    for (const workloadId of settings.saturationWorkloads) {
      const work = workload(workloadId);
      const plan = work.plan(target.protocol, target.ids);
      if (plan === null || gone(target, reporter, reported)) continue;
      const seconds = workloadId === 'list' ? settings.jitWarmup.listS : settings.jitWarmup.otherS;
      if (seconds <= 0) continue;
      await attempt(reporter, `warm-up ${workloadId} on ${target.id}`, () => saturate(target.child.origin, plan, work.callers ?? settings.connections, seconds));
    }
  }
  await trimUpstreams(topology);
}

export async function runSaturation(topology: Topology, settings: Settings, reporter: Reporter): Promise<SaturationCell[]> {
  const cells: SaturationCell[] = [];
  const reported = new Set<string>();
  await warmUp(topology, settings, reporter, reported);
  for (let round = 1; round <= settings.rounds; round += 1) {
    for (const workloadId of settings.saturationWorkloads) {
      for (const target of rotated(topology.targets, round - 1)) {
        if (gone(target, reporter, reported)) continue;
        const result = await attempt(reporter, `round ${round} ${workloadId} on ${target.id}`, () => cell(target, workloadId, round, settings));
        if (result === null) continue;
        cells.push(result);
        reporter.log(
          `  round ${round} ${workloadId.padEnd(8)} ${target.id.padEnd(8)} ${result.opsPerSec.toFixed(0).padStart(6)} ops/s  p99 ${result.p99Ms} ms  ` +
            `CPU ${result.cpuMsPerOp.toFixed(3)} ms/op  other load ${(result.foreignShare * 100).toFixed(0)}%${result.failureDetail === undefined ? '' : `  FAILURES ${result.failures}: ${result.failureDetail}`}`,
        );
      }
      if (WRITING.has(workloadId)) await trimUpstreams(topology);
    }
  }
  return cells;
}
