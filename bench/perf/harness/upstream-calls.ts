/**
 * Upstream calls per operation, counted where Clerk would count them: N operations sent one after
 * the other, the bench upstream's request counter read before and after.
 */
import type { WorkloadPlan } from '../workloads/http-call.js';
import { upstreamAdmin } from './upstream-admin.js';

export async function upstreamCallsPerOp(targetOrigin: string, upstreamOrigin: string, plan: WorkloadPlan, operations: number): Promise<{ callsPerOp: number; failures: number }> {
  await upstreamAdmin.resetStats(upstreamOrigin);
  let failures = 0;
  for (let index = 0; index < operations; index += 1) {
    const call = plan.calls[index % plan.calls.length]!;
    const answer = await fetch(targetOrigin + call.path, { method: call.method, headers: call.headers, ...(call.body === undefined ? {} : { body: call.body }) });
    const body = await answer.text();
    if (answer.status !== 200 || !plan.verify(body)) failures += 1;
  }
  const stats = await upstreamAdmin.stats(upstreamOrigin);
  return { callsPerOp: stats.total / operations, failures };
}
