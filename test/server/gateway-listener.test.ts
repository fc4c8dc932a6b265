import { createServer, type Server } from 'node:http';
import { getEventListeners } from 'node:events';
import type { AddressInfo, Socket } from 'node:net';
import type { Plugin } from 'graphql-yoga';
import { Agent, type BodyInit as UndiciBodyInit, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../src/server.js';
import { connectionGoneSignal } from '../../src/http/direct-request.js';
import { attachedAttempts } from '../../src/clerk/caller-abort-fanout.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/** What is particular to the gateway's own listener (http-paths-agree.test.ts shows it answers as Yoga does). */
const TOKEN = 'a-caller-token-of-32-characters-x';
let harness: GatewayHarness;
let gateway: Gateway;
let server: Server;
let url: string;
let yogaRequests = 0;

beforeAll(async () => {
  harness = await startGatewayHarness();
  // Counts the answers Yoga's HTTP layer gives.
  const countRequests: Plugin = {
    onResponse() {
      yogaRequests++;
    },
  };
  gateway = createGateway({ clerk: harness.clerk, callerAuth: { mode: 'tokens', tokens: [TOKEN] }, graphiql: false, maxBodyBytes: 10_000, plugins: [countRequests] });
  server = createServer(gateway.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

const query = JSON.stringify({ query: '{ oauthApplications(limit: 1) { __typename } }' });

describe('the direct path', () => {
  it('answers a clean GraphQL POST without Yoga’s HTTP layer, and hands refusals to it', async () => {
    yogaRequests = 0;
    const clean = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: query });
    expect(clean.status).toBe(200);
    expect(await clean.json()).toEqual({ data: { oauthApplications: { __typename: 'OAuthApplicationConnection' } } });
    expect(yogaRequests).toBe(0);

    const unauthenticated = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: query });
    expect(unauthenticated.status).toBe(401);
    expect(yogaRequests).toBe(1);
    const streamed = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${TOKEN}` }, body: query });
    expect(streamed.headers.get('content-type')).toContain('text/event-stream');
    await streamed.text();
    expect(yogaRequests).toBe(2);
  });

  it('closes a connection whose refused body was left unread, so the next request does not hang on it', async () => {
    const agent = new Agent({ connections: 1 });
    try {
      const oversized = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(50_000) });
      const announced = await undiciFetch(url, { dispatcher: agent, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: oversized });
      expect(announced.status).toBe(413);
      expect(announced.headers.get('connection')).toBe('close');
      await announced.text();
      const chunked = await undiciFetch(url, {
        dispatcher: agent,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        duplex: 'half',
        // Streamed without a Content-Length (Node's web stream type and undici's differ only in name).
        body: new ReadableStream({
          start(controller) {
            for (let at = 0; at < oversized.length; at += 4096) controller.enqueue(new TextEncoder().encode(oversized.slice(at, at + 4096)));
            controller.close();
          },
        }) as unknown as UndiciBodyInit,
      });
      expect(chunked.status).toBe(413);
      expect(chunked.headers.get('connection')).toBe('close');
      await chunked.text();
      const startedAt = performance.now();
      const next = await undiciFetch(url, { dispatcher: agent, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body: query });
      expect(next.status).toBe(200);
      await next.text();
      // A stuck connection would hold it until the server's keep-alive timeout (5 s).
      expect(performance.now() - startedAt).toBeLessThan(2000);
    } finally {
      await agent.destroy();
    }
  });

  it('gives the requests of one keep-alive connection one caller-gone signal, and leaves no attempt attached to it', async () => {
    const sockets: Socket[] = [];
    const onConnection = (socket: Socket): void => void sockets.push(socket);
    server.on('connection', onConnection);
    const agent = new Agent({ connections: 1 });
    try {
      const post = (body: string) =>
        undiciFetch(url, { dispatcher: agent, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, body }).then((answer) => answer.json());
      const created = (await post(JSON.stringify({ query: 'mutation { createOAuthApplication(input: { name: "One connection" }) { ... on CreateOAuthApplicationPayload { oauthApplication { id } } } }' }))) as {
        data: { createOAuthApplication: { oauthApplication: { id: string } } };
      };
      const id = created.data.createOAuthApplication.oauthApplication.id;
      for (let round = 0; round < 10; round += 1) {
        await post(query);
        await post(JSON.stringify({ query: `{ oauthApplication(id: "${id}") { __typename } }` }));
        await post(JSON.stringify({ query: '{ oauthApplication(id: "oa_missing") { __typename } }' }));
      }
      expect(sockets).toHaveLength(1);
      const signal = connectionGoneSignal(sockets[0]!);
      // Each Clerk attempt was attached while it ran and let go when it ended: nothing piles up on a
      // long-lived connection, whose signal keeps the Clerk client's one listener.
      expect(attachedAttempts(signal)).toBe(0);
      expect(getEventListeners(signal, 'abort')).toHaveLength(1);
      expect(signal.aborted).toBe(false);
      await agent.close();
      const socket = sockets[0]!;
      if (!socket.closed) await new Promise((resolve) => socket.once('close', resolve));
      expect(signal.aborted).toBe(true);
    } finally {
      server.off('connection', onConnection);
      await agent.destroy();
    }
  });

  it('knows every HTTP-level hook of the plugins it skips', () => {
    // The direct path runs Yoga's GraphQL hooks (onParams and envelop's) but none of the HTTP ones.
    // Each is covered: onRequest: health, readiness, unhandled routes and GraphiQL (other routes),
    // CORS (the same headers are added), /metrics and the request record (begin/finish), caller
    // auth (authenticated the same way), the read cache (conditional requests go to Yoga).
    // onRequestParse: Yoga's five body parsers, the body limit, batching, method check, CSRF (JSON
    // is never a simple request) and the strict parser (same rules). onResultProcess: Yoga's
    // processors (same choice of media type). onResponse: CORS, request record, no-store.
    // A plugin with a new HTTP-level hook must be taught to the direct path before this changes.
    const plugins = (gateway.yoga as unknown as { plugins: (Record<string, unknown> | undefined)[] }).plugins;
    const count = (hook: string) => plugins.filter((plugin) => plugin?.[hook] !== undefined).length;
    // The counting plugin above adds one onResponse hook.
    expect({ onRequest: count('onRequest'), onRequestParse: count('onRequestParse'), onResultProcess: count('onResultProcess'), onResponse: count('onResponse') - 1, onExecutionResult: count('onExecutionResult') }).toEqual({
      onRequest: 6,
      onRequestParse: 10,
      onResultProcess: 1,
      onResponse: 3,
      onExecutionResult: 0,
    });
  });
});
