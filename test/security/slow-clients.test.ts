import { connect, type Socket } from 'node:net';
import { Agent, request } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/**
 * Clients that send their headers or body slowly (a slowloris) hold their own sockets only: an
 * authenticated caller is answered while hundreds of them wait, and each is cut off with 408 once
 * the request timeout passes.
 */
const TOKEN = 'slow-clients-test-token-0123456789';
const SLOW_SOCKETS = 300;

/** Timeouts far beyond the test's length, so that no slow client is cut off while it runs. */
let patient: GatewayHarness;
/** Short timeouts, to see the cut-off. */
let strict: GatewayHarness;
let target: GatewayHarness;
const sockets: Socket[] = [];

beforeAll(async () => {
  const callerAuth = { mode: 'tokens', tokens: [TOKEN] } as const;
  patient = await startGatewayHarness({ callerAuth, timeouts: { requestTimeoutMs: 60_000, headersTimeoutMs: 60_000 } });
  strict = await startGatewayHarness({ callerAuth, timeouts: { requestTimeoutMs: 1_500, headersTimeoutMs: 1_000 } });
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.destroy();
});
afterAll(async () => {
  await patient.close();
  await strict.close();
});

/** A socket to `target` that has sent `prefix` and nothing more; `answer` is whatever the server sends before closing. */
function stalledClient(prefix: string): { socket: Socket; answer: Promise<string> } {
  const socket = connect(Number(new URL(target.served.origin).port), '127.0.0.1', () => socket.write(prefix));
  sockets.push(socket);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString('latin1')));
  const answer = new Promise<string>((resolve) => {
    socket.on('close', () => resolve(received));
    socket.on('error', () => undefined);
  });
  return { socket, answer };
}

/** One byte of a declared 100 KB body; an authenticated one gets as far as reading it. */
const slowBody = (authenticated: boolean) =>
  stalledClient(
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${authenticated ? `Authorization: Bearer ${TOKEN}\r\n` : ''}Content-Length: 100000\r\n\r\n{`,
  );
const slowHeaders = () => stalledClient(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: appl`);

describe('slow clients', () => {
  it('answers an authenticated keep-alive caller while hundreds of slow-body and slow-header sockets wait', async () => {
    target = patient;
    const agent = new Agent({ connections: 1 });
    const query = () =>
      request(`${patient.served.origin}/graphql`, {
        dispatcher: agent,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: '{ oauthApplications(limit: 1) { __typename } }' }),
      }).then(async (response) => ({ status: response.statusCode, body: await response.body.text() }));
    try {
      // The keep-alive connection exists before the slow clients arrive, as a busy caller's would.
      expect((await query()).status).toBe(200);
      const stalled = Array.from({ length: SLOW_SOCKETS }, (_, index) => [slowBody(true), slowBody(false), slowHeaders()][index % 3]!);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const closedEarly = { count: 0 };
      for (const client of stalled) void client.answer.then(() => closedEarly.count++);

      for (let round = 0; round < 5; round++) {
        expect(await query()).toEqual({ status: 200, body: '{"data":{"oauthApplications":{"__typename":"OAuthApplicationConnection"}}}' });
      }
      // Every answer came while all the slow clients were still connected, not after they were cut off.
      expect(closedEarly.count).toBe(0);
    } finally {
      await agent.close();
    }
  });

  it('cuts off an authenticated slow body with 408 once the request timeout passes', async () => {
    target = strict;
    const { answer } = slowBody(true);
    expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('does not cut off a request that was received whole, however long Clerk takes to answer it', async () => {
    strict.emulator.faults.enqueue({ kind: 'latency', ms: 2_500, operations: ['ListOAuthApplications'] });
    const response = await strict.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: '{ oauthApplications(limit: 1) { __typename } }' }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"data":{"oauthApplications":{"__typename":"OAuthApplicationConnection"}}}');
  });

  it('answers an unauthenticated slow body 401 without waiting for the body', async () => {
    target = strict;
    const { socket, answer } = slowBody(false);
    const status = await new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(chunk.toString('latin1').split('\r\n')[0]!)));
    expect(status).toBe('HTTP/1.1 401 ');
    // The unread body still counts against the request timeout: the socket is then closed.
    expect(await answer).toMatch(/^HTTP\/1\.1 401 /);
  });

  it('cuts off slow headers with 408 once the headers timeout passes', async () => {
    target = strict;
    const { answer } = slowHeaders();
    expect(await answer).toMatch(/^HTTP\/1\.1 408 /);
  });
});
