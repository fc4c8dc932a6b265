/**
 * The client's own connection pool over loopback: it must open as many connections as the
 * concurrency bound lets requests run, or a bound above the pool's size would only queue in undici.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { ClerkClient } from '../../src/clerk/client.js';
import { APP } from './fake-transport.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

let server: LoopbackServer | undefined;
let client: ClerkClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = undefined;
  server = undefined;
});

describe('the client connection pool', () => {
  it('runs as many requests at once as maxConcurrentRequests allows, past the default 64 sockets', async () => {
    server = await startLoopbackServer();
    const held: ServerResponse[] = [];
    server.respond((_request, res) => held.push(res));
    client = new ClerkClient({ apiUrl: server.origin, secretKey: 'sk_test_pool', rateLimit: 'off', maxConcurrentRequests: 80 });

    const calls = Array.from({ length: 90 }, (_, index) => client!.oauthApplications.get(`oa_${index}`));
    const deadline = Date.now() + 5_000;
    while (held.length < 80 && Date.now() < deadline) await sleep(10);
    await sleep(100);
    expect(held).toHaveLength(80);
    expect(server.connections()).toBe(80);

    while (held.length > 0 || server.seen.length < 90) {
      for (const res of held.splice(0)) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(APP));
      await sleep(10);
    }
    await Promise.all(calls);
    expect(server.seen).toHaveLength(90);
  });
});
