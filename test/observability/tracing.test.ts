import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTracing, type Tracing } from '../../src/observability/tracing.js';
import { ListApplications } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

interface ExportedSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** Spans exported over OTLP/HTTP to a receiver on loopback, as a collector would get them. */
let receiver: Server;
const spans: ExportedSpan[] = [];
let tracing: Tracing;
let harness: GatewayHarness;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[] };
        for (const resource of payload.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  tracing = startTracing({ endpoint: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}` });
  harness = await startGatewayHarness({
    client: { onAttempt: (event) => tracing.recordClerkAttempt(event) },
    gateway: { tracer: tracing.tracer },
  });
});
afterAll(async () => {
  await harness.close();
  await new Promise((resolve) => receiver.close(resolve));
});

const attribute = (span: ExportedSpan, key: string) => Object.values(span.attributes.find((entry) => entry.key === key)?.value ?? {})[0];

describe('tracing', () => {
  it('exports one span per GraphQL operation with a child span per Clerk request', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 503, operations: ['ListOAuthApplications'] });
    await harness.execute(ListApplications, { limit: 2, retries: { strategy: 'BACKOFF', initialIntervalMs: 10 } });
    await tracing.shutdown();

    const operation = spans.find((span) => span.name === 'graphql TestListApplications');
    expect(operation).toBeDefined();
    expect(attribute(operation!, 'graphql.result')).toBe('success');
    const clerkSpans = spans.filter((span) => span.name === 'clerk ListOAuthApplications');
    expect(clerkSpans.map((span) => attribute(span, 'http.response.status_code'))).toEqual([503, 200]);
    for (const span of clerkSpans) {
      expect(span.traceId).toBe(operation!.traceId);
      expect(span.parentSpanId).toBe(operation!.spanId);
    }
  });
});
