import { createServer } from 'node:http';
import { createGatewayServer } from '../../src/http/gateway-server.js';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeGracefully } from '../../src/http/graceful-shutdown.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

describe('closeGracefully', () => {
  it('finishes an in-flight request, then refuses new connections', async () => {
    const server = createGatewayServer(harness.gateway);
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

  it('closes a keep-alive connection as soon as its in-flight answer is written, not at its keep-alive timeout', async () => {
    const server = createServer((request, response) => {
      setTimeout(() => response.end('done'), 200);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const socketClosed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())));
    socket.write('GET /slow HTTP/1.1\r\nHost: shutdown.test\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 50));

    const startedAt = performance.now();
    await closeGracefully(server, 10_000);
    const closedAt = performance.now();
    const clientSawCloseAt = await socketClosed;
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK[\s\S]*\r\n\r\ndone$/);
    // The answer takes ~150 ms more; node's keep-alive timeout alone would hold the connection 6 s.
    expect(closedAt - startedAt).toBeLessThan(1_000);
    expect(clientSawCloseAt - startedAt).toBeLessThan(1_000);
  });
});
