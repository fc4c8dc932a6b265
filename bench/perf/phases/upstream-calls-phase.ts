/** Upstream calls per operation for every target and workload, counted at the upstream. */
import { attempt, type Reporter } from '../harness/reporter.js';
import type { Topology } from '../harness/topology.js';
import { upstreamCallsPerOp } from '../harness/upstream-calls.js';
import { upstreamAdmin } from '../harness/upstream-admin.js';
import type { UpstreamCallsRecord } from '../report/results.js';
import { WORKLOADS } from '../workloads/workloads.js';
import { gone } from './target-alive.js';

export async function runUpstreamCalls(topology: Topology, operations: number, reporter: Reporter): Promise<UpstreamCallsRecord[]> {
  const records: UpstreamCallsRecord[] = [];
  const reported = new Set<string>();
  for (const target of topology.targets) {
    for (const work of WORKLOADS) {
      if (work.callers !== undefined) continue;
      const plan = work.plan(target.protocol, target.ids);
      if (plan === null || gone(target, reporter, reported)) continue;
      // A whole number of cycles, so a mixed cycle counts each of its calls equally.
      const count = Math.max(1, Math.round(operations / plan.calls.length)) * plan.calls.length;
      const measuredCalls = await attempt(reporter, `upstream calls of ${work.id} on ${target.id}`, () =>
        upstreamCallsPerOp(target.child.origin, target.upstreamOrigin, plan, count),
      );
      if (measuredCalls !== null) records.push({ target: target.id, workload: work.id, ...measuredCalls });
    }
  }
  await Promise.all([...new Set(topology.targets.map((target) => target.upstreamOrigin))].map((origin) => upstreamAdmin.trim(origin)));
  return records;
}
