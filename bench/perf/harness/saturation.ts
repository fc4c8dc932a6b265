/** Closed-loop saturation with autocannon: as many requests as `connections` callers can get answered. */
import autocannon from 'autocannon';
import type { WorkloadPlan } from '../workloads/http-call.js';

export interface SaturationResult {
  readonly durationS: number;
  /** Verified 2xx answers per second. */
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly answered: number;
  /** Non-2xx answers, connection errors, timeouts and 2xx answers that failed verification. */
  readonly failures: number;
}

export async function saturate(origin: string, plan: WorkloadPlan, connections: number, durationS: number): Promise<SaturationResult> {
  const result = await autocannon({
    url: origin,
    connections,
    duration: durationS,
    requests: plan.calls.map((call) => ({ method: call.method, path: call.path, headers: { ...call.headers }, ...(call.body === undefined ? {} : { body: call.body }) })),
    verifyBody: (body) => plan.verify(String(body)),
  });
  const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  const good = result['2xx'] - mismatches;
  return {
    durationS: result.duration,
    opsPerSec: good / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered: result.requests.total,
    failures: result.non2xx + result.errors + result.timeouts + mismatches,
  };
}
