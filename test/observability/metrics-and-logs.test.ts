import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/observability/logger.js';
import { GatewayMetrics } from '../../src/observability/metrics.js';
import { CreateApplication, GetApplication, ListApplications } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/** After a known workload, /metrics and the request log say exactly what happened. */
let harness: GatewayHarness;
const logLines: Record<string, unknown>[] = [];

beforeAll(async () => {
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  let clerkForPool: GatewayHarness['clerk'] | undefined;
  const metrics = new GatewayMetrics(() => clerkForPool?.poolUsage() ?? []);
  harness = await startGatewayHarness({
    client: { onAttempt: (event) => metrics.recordAttempt(event), onLimiter: (event) => metrics.recordLimiter(event) },
    gateway: { metrics, logger: createLogger({ destination }) },
  });
  clerkForPool = harness.clerk;
});
afterAll(() => harness.close());

async function scrape(): Promise<Map<string, number>> {
  const response = await harness.fetch('/metrics');
  expect(response.headers.get('content-type')).toContain('text/plain');
  const samples = new Map<string, number>();
  for (const line of (await response.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

describe('metrics', () => {
  it('count GraphQL requests by operation and result, and Clerk calls as the emulator saw them', async () => {
    harness.emulator.resetStats();
    for (let index = 0; index < 3; index++) await harness.execute(ListApplications, { limit: 5 });
    await harness.execute(CreateApplication, { input: { name: 'Metered' } });
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['CreateOAuthApplication'] });
    // A single attempt, so that the answer stays unknown (with retries on, the gateway would find the application).
    await harness.execute(CreateApplication, { input: { name: 'Lost answer' }, retries: { strategy: 'NONE' } });
    await harness.execute(GetApplication, { id: '../bad' });
    harness.emulator.faults.enqueue({ kind: 'status', status: 503, operations: ['ListOAuthApplications'] });
    await harness.execute(ListApplications, { retries: { strategy: 'BACKOFF', initialIntervalMs: 10 } });
    // Last, so that the pool holds a live connection when scraped (the dropped one is gone).
    await harness.execute(GetApplication, { id: 'oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ' });

    const samples = await scrape();
    const stats = harness.emulator.stats();
    expect(samples.get('gateway_graphql_requests_total{operation="TestListApplications",result="success"}')).toBe(4);
    expect(samples.get('gateway_graphql_requests_total{operation="TestCreateApplication",result="success"}')).toBe(1);
    expect(samples.get('gateway_graphql_requests_total{operation="TestCreateApplication",result="UpstreamError"}')).toBe(1);
    expect(samples.get('gateway_graphql_requests_total{operation="TestGetApplication",result="NotFoundError"}')).toBe(1);
    expect(samples.get('gateway_graphql_requests_total{operation="TestGetApplication",result="ValidationError"}')).toBe(1);
    expect(samples.get('gateway_graphql_request_duration_seconds_count{operation="TestListApplications"}')).toBe(4);

    expect(samples.get('gateway_clerk_requests_total{operation="ListOAuthApplications",status="200"}')).toBe(4);
    expect(samples.get('gateway_clerk_requests_total{operation="ListOAuthApplications",status="503"}')).toBe(1);
    expect(samples.get('gateway_clerk_requests_total{operation="GetOAuthApplication",status="404"}')).toBe(1);
    expect(samples.get('gateway_clerk_requests_total{operation="CreateOAuthApplication",status="200"}')).toBe(1);
    expect(samples.get('gateway_clerk_requests_total{operation="CreateOAuthApplication",status="network"}')).toBe(1);
    expect(samples.get('gateway_clerk_retries_total{operation="ListOAuthApplications"}')).toBe(1);
    expect(samples.get('gateway_outcome_unknown_total{operation="TestCreateApplication"}')).toBe(1);
    // Every Clerk request counted by the gateway is one the emulator received.
    const clerkTotal = [...samples].filter(([name]) => name.startsWith('gateway_clerk_requests_total')).reduce((sum, [, value]) => sum + value, 0);
    expect(clerkTotal).toBe(stats.total);
    expect(samples.get('gateway_clerk_pool_connections{state="connected"}')).toBeGreaterThanOrEqual(1);
  });
});

describe('request log', () => {
  it('writes one JSON line per request with id, operation, result, status, duration and Clerk trace ids', async () => {
    logLines.length = 0;
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['GetOAuthApplication'] });
    const response = await harness.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-abc-123' },
      body: JSON.stringify({ query: 'query Probe { oauthApplication(id: "oa_2YYYYYYYYYYYYYYYYYYYYYYYYYY", retries: { strategy: NONE }) { __typename } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-abc-123');
    const line = logLines.find((entry) => entry['msg'] === 'graphql request');
    expect(line).toMatchObject({ requestId: 'req-abc-123', operation: 'Probe', result: 'UpstreamError', status: 200, errorCodes: ['internal_clerk_error'], level: 30 });
    expect(line?.['clerkTraceIds']).toEqual([expect.stringMatching(/^[0-9a-f]+$/)]);
    expect(typeof line?.['durationMs']).toBe('number');
  });

  it('calls a request whose caller went away before its answer cancelled, not an upstream error', async () => {
    logLines.length = 0;
    harness.emulator.faults.enqueue({ kind: 'latency', ms: 400, operations: ['ListOAuthApplications'] });
    const caller = new AbortController();
    const sent = harness
      .fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query Gone { oauthApplications { __typename } }' }),
        signal: caller.signal,
      })
      .catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 100));
    caller.abort();
    await sent;
    const deadline = Date.now() + 3_000;
    while (!logLines.some((entry) => entry['operation'] === 'Gone') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));

    expect(logLines.find((entry) => entry['operation'] === 'Gone')).toMatchObject({ result: 'cancelled', errorCodes: ['request_aborted'] });
    const samples = await scrape();
    expect(samples.get('gateway_graphql_requests_total{operation="Gone",result="cancelled"}')).toBe(1);
    expect(samples.get('gateway_graphql_requests_total{operation="Gone",result="UpstreamError"}')).toBeUndefined();
  });

  it('replaces a request id that is not safe to log', async () => {
    logLines.length = 0;
    const response = await harness.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'bad id\twith spaces' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(logLines[0]).toMatchObject({ operation: 'anonymous', result: 'success' });
  });
});
