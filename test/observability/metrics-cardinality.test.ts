import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/app.js';
import { GatewayMetrics } from '../../src/observability/metrics.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { requestOnce } from '../support/serve-gateway.js';

/**
 * Every label value is a time series Prometheus keeps, and /metrics prints them all on every scrape:
 * a label that callers choose grows the process and the scrape for good. Labels stay bounded
 * whatever callers send, and /metrics is readable only by whom the configuration says.
 */
const INVENTED_NAMES = 300;
/** An operation GraphiQL's tabs send: a name the gateway itself ships to clients. */
const SHIPPED = 'ListOAuthApplications';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({
    gateway: { graphiql: { defaultTabs: [{ query: `query ${SHIPPED} { __typename }`, variables: '{}' }], render: () => '<!doctype html>' } },
  });
});
afterAll(() => harness.close());

const post = (query: string) =>
  harness.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }).then((response) => response.text());

/** Every value of `label` among the samples of `metric`, with the sum of their values. */
function samplesOf(text: string, metric: string, label: string): { values: Set<string>; total: number } {
  const values = new Set<string>();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${metric}{`)) continue;
    const value = new RegExp(`[{,]${label}="([^"]*)"`).exec(line)?.[1];
    if (value !== undefined) values.add(value);
    total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return { values, total };
}

describe('the operation label', () => {
  it('takes a bounded set of values however many names callers invent, and counts every request', async () => {
    for (let start = 0; start < INVENTED_NAMES; start += 20) {
      await Promise.all(Array.from({ length: 20 }, (_, offset) => post(`query Invented${start + offset} { __typename }`)));
    }
    // Sent after the flood: a shipped name keeps a value of its own.
    await post(`query ${SHIPPED} { __typename }`);

    const text = await (await harness.fetch('/metrics')).text();
    const requests = samplesOf(text, 'gateway_graphql_requests_total', 'operation');
    expect(requests.total).toBe(INVENTED_NAMES + 1);
    expect(requests.values.size).toBeLessThan(INVENTED_NAMES / 2);
    expect(requests.values).toContain(SHIPPED);
    expect(requests.values).toContain('other');
    const durations = samplesOf(text, 'gateway_graphql_request_duration_seconds_count', 'operation');
    expect(durations.values).toEqual(requests.values);
  });
});

describe("Clerk's status label", () => {
  it('keeps the statuses Clerk documents and folds any other into its class', async () => {
    const metrics = new GatewayMetrics();
    const attempt = { operation: 'ListOAuthApplications', attempt: 1, errorKind: null, durationMs: 1, outcome: 'success', delayMs: null, giveUpReason: null } as const;
    for (const status of [200, 404, 429, 503, 218, 299, 418, 451, 599, 522]) metrics.recordAttempt({ ...attempt, status });
    metrics.recordAttempt({ ...attempt, status: null, errorKind: 'timeout', outcome: 'give_up' });
    const statuses = samplesOf(await metrics.registry.metrics(), 'gateway_clerk_requests_total', 'status');
    expect([...statuses.values].sort()).toEqual(['200', '2xx', '404', '429', '4xx', '503', '5xx', 'timeout']);
    expect(statuses.total).toBe(11);
  });
});

describe('/metrics access', () => {
  const TOKEN = 'metrics-scraper-token-0123456789';
  const gatewayWith = (metricsAccess: object) =>
    createGateway({ clerk: harness.clerk, callerAuth: { mode: 'none' }, graphiql: false, metricsAccess } as Parameters<typeof createGateway>[0]);

  it('asks for GATEWAY_METRICS_TOKEN as a bearer token when one is configured', async () => {
    const gateway = gatewayWith({ mode: 'token', token: TOKEN });
    const anonymous = await requestOnce(gateway, '/metrics');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.body).not.toContain('gateway_graphql_requests_total');
    const wrong = await requestOnce(gateway, '/metrics', { headers: { authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const scraper = await requestOnce(gateway, '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraper.status).toBe(200);
    expect(scraper.body).toContain('gateway_graphql_requests_total');
  });

  it('is closed, naming the variable, when the configuration gives no way to read it', async () => {
    const closed = await requestOnce(gatewayWith({ mode: 'closed' }), '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(closed.status).toBe(403);
    expect(closed.body).toContain('GATEWAY_METRICS_TOKEN');
    expect(closed.body).not.toContain('gateway_graphql_requests_total');
  });

  it('is open when told so', async () => {
    const open = await requestOnce(gatewayWith({ mode: 'open' }), '/metrics');
    expect(open.status).toBe(200);
    expect(open.headers.get('content-type')).toContain('text/plain');
  });
});
