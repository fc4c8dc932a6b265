import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeGracefully } from '../../src/graceful-shutdown.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { listenerOf } from '../support/serve-gateway.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

describe('closeGracefully', () => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    const server = createServer(listenerOf(harness.gateway));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    harness.emulator.faults.enqueue({ kind: 'latency', ms: 400, operations: ['ListOAuthApplications'] });

    const inFlight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ oauthApplications { __typename } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closed = closeGracefully(server, 5000);

    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { oauthApplications: { __typename: 'OAuthApplicationConnection' } } });
    await closed;
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
