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
  /** What the failures were, with the first failed answer's start, so that a failing cell explains itself. */
  readonly failureDetail: string | null;
}

export async function saturate(origin: string, plan: WorkloadPlan, connections: number, durationS: number): Promise<SaturationResult> {
  let firstMismatch: string | null = null;
  let firstError: string | null = null;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: origin,
        connections,
        duration: durationS,
        requests: plan.calls.map((call) => ({ method: call.method, path: call.path, headers: { ...call.headers }, ...(call.body === undefined ? {} : { body: call.body }) })),
        verifyBody: (body) => {
          const ok = plan.verify(String(body));
          if (!ok && firstMismatch === null) firstMismatch = String(body).slice(0, 300);
          return ok;
        },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('reqError', (error: Error) => {
      firstError ??= error.message;
    });
  });
  const mismatches = (result as unknown as { mismatches?: number }).mismatches ?? 0;
  const good = result['2xx'] - mismatches;
  const failures = result.non2xx + result.errors + result.timeouts + mismatches;
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, stats]) => `${code}×${stats.count}`);
  const failureDetail =
    failures === 0
      ? null
      : [
          `${result.non2xx} non-2xx${statuses.length > 0 ? ` (${statuses.join(', ')})` : ''}`,
          `${result.errors} errors${firstError === null ? '' : ` (first: ${firstError})`}`,
          `${result.timeouts} timeouts`,
          `${mismatches} answers that failed verification${firstMismatch === null ? '' : ` (first: ${firstMismatch})`}`,
        ].join(', ');
  return {
    durationS: result.duration,
    opsPerSec: good / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered: result.requests.total,
    failures,
    failureDetail,
  };
}
