/**
 * Checks that the reshape floor answers the gateway's requests with the gateway's bytes, so that
 * the floor is a like-for-like comparison. Creates differ in ids, secrets and times: for them only
 * the shape (keys, in order, and value types) is compared.
 */
import type { HttpCall } from '../workloads/http-call.js';

export interface EquivalenceResult {
  readonly workload: string;
  readonly identical: boolean;
  readonly detail: string;
}

async function send(origin: string, call: HttpCall): Promise<string> {
  const answer = await fetch(origin + call.path, { method: call.method, headers: call.headers, ...(call.body === undefined ? {} : { body: call.body }) });
  return answer.text();
}

/** Keys in order and value kinds, with every leaf value dropped. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([key, inner]) => [key, shape(inner)]);
  return value === null ? 'null' : typeof value;
}

function firstDifference(a: string, b: string): string {
  let index = 0;
  while (index < a.length && a[index] === b[index]) index += 1;
  return `first difference at byte ${index}: gateway …${a.slice(Math.max(0, index - 40), index + 40)}… floor …${b.slice(Math.max(0, index - 40), index + 40)}…`;
}

export async function compareAnswers(workload: string, call: HttpCall, gatewayOrigin: string, floorOrigin: string, shapeOnly: boolean): Promise<EquivalenceResult> {
  const [gateway, floor] = await Promise.all([send(gatewayOrigin, call), send(floorOrigin, call)]);
  if (!shapeOnly) {
    return gateway === floor
      ? { workload, identical: true, detail: `identical bytes (${gateway.length})` }
      : { workload, identical: false, detail: firstDifference(gateway, floor) };
  }
  const [left, right] = [JSON.stringify(shape(JSON.parse(gateway))), JSON.stringify(shape(JSON.parse(floor)))];
  return left === right
    ? { workload, identical: true, detail: 'same shape (ids, secret and times differ by nature)' }
    : { workload, identical: false, detail: firstDifference(left, right) };
}
