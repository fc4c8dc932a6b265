import { request as httpRequest } from 'node:http';
import { createGatewayServer } from '../../src/http/gateway-server.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/** A caller that goes away stops the Clerk work done on its behalf: pending reads and retry sleeps. */
let harness: GatewayHarness;
let url: URL;
let server: ReturnType<typeof createGatewayServer>;

beforeAll(async () => {
  harness = await startGatewayHarness();
  server = createGatewayServer(harness.gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

function postAndDisconnect(body: string, afterMs: number): Promise<void> {
  return new Promise((resolve) => {
    const outgoing = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    outgoing.on('error', () => resolve());
    outgoing.end(body);
    setTimeout(() => {
      outgoing.destroy();
      resolve();
    }, afterMs);
  });
}

describe('caller disconnect', () => {
  it('cancels retry sleeps of a read: no attempt follows the disconnect', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['ListOAuthApplications'], times: 1000 });
    harness.emulator.resetStats();
    const query = '{ oauthApplications(retries: { strategy: BACKOFF, initialIntervalMs: 400, maxIntervalMs: 400 }) { __typename } }';
    await postAndDisconnect(JSON.stringify({ query }), 150);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Without cancellation the read would have been retried about three times by now.
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(1);
    harness.emulator.faults.clear();
  });

  it('lets a write already sent finish: the application exists', async () => {
    harness.emulator.faults.enqueue({ kind: 'latency', ms: 400, operations: ['CreateOAuthApplication'] });
    const query = 'mutation { createOAuthApplication(input: { name: "Finished after disconnect" }) { __typename } }';
    await postAndDisconnect(JSON.stringify({ query }), 100);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(harness.emulator.state().applications.filter((app) => app.name === 'Finished after disconnect')).toHaveLength(1);
  });
});
