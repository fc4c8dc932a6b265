/** The reshape floor must answer every GraphQL workload with the gateway's bytes before it is compared. */
import { compareAnswers, type EquivalenceResult } from '../harness/equivalence.js';
import type { Topology } from '../harness/topology.js';
import { WORKLOADS } from '../workloads/workloads.js';

export async function runEquivalence(topology: Topology): Promise<EquivalenceResult[]> {
  const gateway = topology.targets.find((target) => target.id === 'gateway');
  const floor = topology.targets.find((target) => target.id === 'floor');
  if (gateway === undefined || floor === undefined) return [];
  const results: EquivalenceResult[] = [];
  for (const work of WORKLOADS) {
    if (work.id === 'mixed' || work.callers !== undefined) continue;
    const plan = work.plan('graphql', gateway.ids);
    if (plan === null) continue;
    for (const [index, call] of plan.calls.entries()) {
      const label = plan.calls.length > 1 ? `${work.id} #${index + 1}` : work.id;
      try {
        results.push(await compareAnswers(label, call, gateway.child.origin, floor.child.origin, work.id === 'create'));
      } catch (error) {
        results.push({ workload: label, identical: false, detail: `no answer to compare: ${error instanceof Error ? error.message : String(error)}` });
      }
    }
  }
  return results;
}
