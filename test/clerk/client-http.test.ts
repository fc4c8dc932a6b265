/**
 * The client over real loopback HTTP (undici Pool against node:http): headers, paths, error
 * mapping of real responses, keep-alive, and transport failures the retry rules depend on.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AttemptEvent, ClerkClient, type ClerkClientOptions } from '../../src/clerk/client.js';
import {
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from '../../src/clerk/errors.js';
import { sleep } from '../../src/clerk/sleep.js';
import { createUndiciTransport } from '../../src/clerk/transport.js';
import { APP, APP_WITH_SECRET } from './fake-transport.js';
import { closedPort, json, type LoopbackServer, raw, startLoopbackServer } from './loopback-server.js';
import { failure } from './failure.js';

const KEY = 'sk_test_loopback_key';
const NONE = { retry: { strategy: 'none' as const } };
const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

let server: LoopbackServer;
const clients: ClerkClient[] = [];

function client(options: Partial<ClerkClientOptions> = {}): ClerkClient {
  const created = new ClerkClient({ apiUrl: server.origin, secretKey: KEY, ...options });
  clients.push(created);
  return created;
}

beforeEach(async () => {
  server = await startLoopbackServer();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await server.close();
});

describe('requests', () => {
  it('sends the auth, version, user-agent and accept headers, and a content type only with a body', async () => {
    server.respond((request, res) => {
      if (request.method === 'GET') json(res, 200, { data: [APP], total_count: 1 });
      else json(res, 200, APP_WITH_SECRET);
    });
    const c = client();
    await c.oauthApplications.list({});
    await c.oauthApplications.create({ name: 'New app', redirect_uris: ['https://a.example/cb'], public: null });
    await c.oauthApplications.rotateSecret(APP.id);

    const [list, create, rotate] = server.seen;
    expect(list).toMatchObject({ method: 'GET', url: '/v1/oauth_applications', body: '' });
    expect(list?.headers).toMatchObject({
      authorization: `Bearer ${KEY}`,
      'clerk-api-version': '2026-05-12',
      'user-agent': `clerk-oauth-graphql-gateway/${VERSION}`,
      accept: 'application/json',
    });
    expect(list?.headers['content-type']).toBeUndefined();
    expect(create).toMatchObject({
      method: 'POST',
      url: '/v1/oauth_applications',
      body: '{"name":"New app","redirect_uris":["https://a.example/cb"],"public":null}',
    });
    expect(create?.headers['content-type']).toBe('application/json');
    expect(rotate).toMatchObject({ method: 'POST', url: `/v1/oauth_applications/${APP.id}/rotate_secret`, body: '' });
    expect(rotate?.headers['content-type']).toBeUndefined();
  });

  it('sends only the list parameters given, encoded', async () => {
    server.respond((_request, res) => json(res, 200, { data: [], total_count: 0 }));
    const c = client({ apiVersion: '2025-11-10', userAgent: 'custom-agent/1.0' });
    await c.oauthApplications.list({ limit: 5, offset: 0, order_by: '-name', name_query: 'a b&c=d' });
    await c.oauthApplications.list({ name_query: 'x' });
    expect(server.seen.map((request) => request.url)).toEqual([
      '/v1/oauth_applications?limit=5&offset=0&order_by=-name&name_query=a+b%26c%3Dd',
      '/v1/oauth_applications?name_query=x',
    ]);
    expect(server.seen[0]?.headers).toMatchObject({ 'clerk-api-version': '2025-11-10', 'user-agent': 'custom-agent/1.0' });
  });

  it('sends get, update and delete to the application path with the right methods', async () => {
    server.respond((request, res) => {
      if (request.method === 'DELETE') json(res, 200, { object: 'oauth_application', id: APP.id, deleted: true });
      else json(res, 200, APP);
    });
    const c = client();
    await expect(c.oauthApplications.get(APP.id)).resolves.toEqual(APP);
    await expect(c.oauthApplications.update(APP.id, { name: 'Renamed' })).resolves.toEqual(APP);
    await expect(c.oauthApplications.delete(APP.id)).resolves.toEqual({ object: 'oauth_application', id: APP.id, deleted: true });
    expect(server.seen.map((request) => `${request.method} ${request.url} ${request.body}`)).toEqual([
      `GET /v1/oauth_applications/${APP.id} `,
      `PATCH /v1/oauth_applications/${APP.id} {"name":"Renamed"}`,
      `DELETE /v1/oauth_applications/${APP.id} `,
    ]);
  });

  it.each([
    ['../x', '..%2Fx'],
    ['a?b', 'a%3Fb'],
    ['a%2Fb', 'a%252Fb'],
    ['a\r\nX: y', 'a%0D%0AX%3A%20y'],
    ['a/b#c', 'a%2Fb%23c'],
    ['%2e%2e', '%252e%252e'],
  ])('keeps the id %j inside one path segment', async (id, segment) => {
    server.respond((_request, res) =>
      json(res, 404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Resource not found' }] }),
    );
    const c = client();
    for (const call of [
      () => c.oauthApplications.get(id, NONE),
      () => c.oauthApplications.update(id, { name: 'n' }, NONE),
      () => c.oauthApplications.delete(id, NONE),
      () => c.oauthApplications.rotateSecret(id, NONE),
    ]) {
      const error = await failure(call());
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as NotFoundError).resourceId).toBe(id);
    }
    expect(server.seen.map((request) => request.url)).toEqual([
      `/v1/oauth_applications/${segment}`,
      `/v1/oauth_applications/${segment}`,
      `/v1/oauth_applications/${segment}`,
      `/v1/oauth_applications/${segment}/rotate_secret`,
    ]);
    expect(server.seen.every((request) => request.headers.x === undefined)).toBe(true);
  });

  it('reuses one keep-alive connection for sequential calls', async () => {
    server.respond((_request, res) => json(res, 200, APP));
    const c = client();
    for (let i = 0; i < 6; i += 1) {
      await c.oauthApplications.get(APP.id);
      // Separate gateway requests are at least one event-loop turn apart.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    expect(server.seen).toHaveLength(6);
    expect(server.connections()).toBe(1);
  });

  it('keeps back-to-back calls on at most two connections', async () => {
    // undici validates an idle socket for one turn before reusing it (GHSA-35p6-xmwp-9g52); a call
    // made in the same turn the previous one finished may open a second socket, never more.
    server.respond((_request, res) => json(res, 200, APP));
    const c = client();
    for (let i = 0; i < 20; i += 1) await c.oauthApplications.get(APP.id);
    expect(server.seen).toHaveLength(20);
    expect(server.connections()).toBeLessThanOrEqual(2);
  });
});

describe('error mapping of real responses', () => {
  const clerkBody = (code: string, message: string, longMessage: string, extra: Record<string, unknown> = {}) => ({
    errors: [{ code, message, long_message: longMessage, ...extra }],
    ...{ clerk_trace_id: 'trace_from_body' },
  });

  it.each([
    [400, ValidationError],
    [422, ValidationError],
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [429, RateLimitedError],
    [500, UpstreamError],
    [503, UpstreamError],
    [418, UpstreamError],
    [302, UpstreamError],
  ] as const)('maps %i to %o with Clerk errors and trace id', async (code, type) => {
    server.respond((_request, res) =>
      json(res, code, clerkBody('some_code', 'short', 'Long message.', { meta: { param_name: 'redirect_uris' } }), {
        'Clerk-Trace-Id': 'trace_from_header',
        'Retry-After': '7',
      }),
    );
    const error = await failure(client().oauthApplications.get('oa_1', NONE));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({
      status: code,
      code: 'some_code',
      message: 'Long message.',
      longMessage: 'Long message.',
      traceId: 'trace_from_body',
      retryAfterSeconds: 7,
      errors: [{ code: 'some_code', message: 'short', longMessage: 'Long message.', paramName: 'redirect_uris' }],
    });
    if (error instanceof NotFoundError) expect(error.resourceId).toBe('oa_1');
    if (error instanceof UpstreamError) expect(error.outcomeUnknown).toBe(false);
  });

  it('takes the trace id from the Clerk-Trace-Id header when the body has none', async () => {
    server.respond((_request, res) =>
      json(
        res,
        401,
        { errors: [{ code: 'clerk_key_invalid', message: 'The provided Clerk Secret Key is invalid.', long_message: 'The provided Clerk Secret Key is invalid.' }] },
        { 'Clerk-Trace-Id': 'trace_from_header' },
      ),
    );
    const error = await failure(client().oauthApplications.list({}, NONE));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ code: 'clerk_key_invalid', traceId: 'trace_from_header', status: 401 });
    expect((error as Error).message).not.toContain(KEY);
  });

  it.each([
    ['an HTML page', 'text/html', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['truncated JSON', 'application/json', '{"errors":[{"code":"form_param_missing","mess'],
    ['errors that is not an array', 'application/json', '{"errors":"nope"}'],
    ['an array', 'application/json', '[1,2,3]'],
    ['an empty body', 'application/json', ''],
  ])('gives the typed error with a fixed message for %s', async (_label, contentType, body) => {
    for (const [code, type, fixedCode] of [
      [404, NotFoundError, 'resource_not_found'],
      [422, ValidationError, 'request_invalid'],
      [502, UpstreamError, 'upstream_error'],
    ] as const) {
      server.respond((_request, res) => raw(res, code, body, { 'Content-Type': contentType }));
      const error = await failure(client().oauthApplications.get('oa_1', NONE));
      expect(error).toBeInstanceOf(type);
      expect(error).toMatchObject({ status: code, code: fixedCode, errors: [], traceId: null, longMessage: null });
    }
  });

  it('keeps the usable entries of an errors[] with wrong-shaped ones', async () => {
    server.respond((_request, res) =>
      json(res, 422, { errors: [null, 5, 'x', { code: 7, message: 'is invalid', meta: 'nope' }, { code: 'form_param_missing', message: 'is missing', long_message: 'name must be included.', meta: { param_name: 'name' } }] }),
    );
    const error = await failure(client().oauthApplications.create({ name: '' }, NONE));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { code: 'unknown_error', message: 'is invalid', longMessage: null, paramName: null },
      { code: 'form_param_missing', message: 'is missing', longMessage: 'name must be included.', paramName: 'name' },
    ]);
    expect(error).toMatchObject({ code: 'unknown_error', message: 'is invalid' });
  });

  it.each([
    ['HTML', '<html>oops</html>'],
    ['truncated JSON', JSON.stringify(APP).slice(0, 50)],
    ['JSON of another shape', '{"hello":"world"}'],
    ['null', 'null'],
  ])('turns a 200 with %s into UpstreamError, never a crash', async (_label, body) => {
    server.respond((_request, res) => raw(res, 200, body, { 'Content-Type': 'application/json', 'Clerk-Trace-Id': 't1' }));
    const c = client();
    const read = await failure(c.oauthApplications.get(APP.id, NONE));
    expect(read).toBeInstanceOf(UpstreamError);
    expect(read).toMatchObject({ code: 'upstream_response_invalid', status: 200, traceId: 't1', outcomeUnknown: false });
    const create = await failure(c.oauthApplications.create({ name: 'x' }));
    expect(create).toMatchObject({ code: 'upstream_response_invalid', status: 200, outcomeUnknown: true });
    expect(server.seen.filter((request) => request.method === 'POST')).toHaveLength(1);
  });

  it('rejects bodies over the size cap, counted while streaming', async () => {
    const big = JSON.stringify({ ...APP, name: 'x'.repeat(4_000) });
    server.respond((request, res) => {
      if (request.url.endsWith('chunked')) {
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.write(big.slice(0, 2_000));
        res.end(big.slice(2_000));
      } else {
        raw(res, 200, big, { 'Content-Type': 'application/json' });
      }
    });
    const c = client({ transport: createUndiciTransport({ maxResponseBytes: 1_024 }) });
    for (const id of ['declared', 'chunked']) {
      const error = await failure(c.oauthApplications.get(id, NONE));
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ code: 'upstream_response_too_large', status: 200 });
    }
  });
});

describe('transport failures', () => {
  /** A client for a port where nothing listens until its first retry is decided. */
  async function clientForLateServer(respond: (method: string) => unknown) {
    const port = await closedPort();
    const events: AttemptEvent[] = [];
    let late: Promise<LoopbackServer> | undefined;
    const c = new ClerkClient({
      apiUrl: `http://127.0.0.1:${port}`,
      secretKey: KEY,
      onAttempt: (event) => {
        events.push(event);
        if (event.outcome === 'retry' && late === undefined) {
          late = startLoopbackServer(port).then((started) => {
            started.respond((request, res) => json(res, 200, respond(request.method)));
            return started;
          });
        }
      },
      // The backoff wait starts only once the late server listens: no race with the retry.
      sleep: async (ms, signal) => {
        if (late !== undefined) await late;
        return sleep(ms, signal);
      },
    });
    clients.push(c);
    return { c, events, late: () => late };
  }

  it('retries a GET after connection refused, once something listens', async () => {
    const t = await clientForLateServer(() => APP);
    try {
      await expect(t.c.oauthApplications.get(APP.id, { retry: { initialIntervalMs: 20 } })).resolves.toEqual(APP);
      expect(t.events.map((event) => [event.errorKind, event.outcome])).toEqual([
        ['network', 'retry'],
        [null, 'success'],
      ]);
      expect((await t.late())?.seen.map((request) => request.method)).toEqual(['GET']);
    } finally {
      await (await t.late())?.close();
    }
  });

  it('retries a create whose connection was refused and creates exactly once', async () => {
    const t = await clientForLateServer(() => APP_WITH_SECRET);
    try {
      await expect(t.c.oauthApplications.create({ name: 'x' }, { retry: { initialIntervalMs: 20 } })).resolves.toEqual(
        APP_WITH_SECRET,
      );
      expect(t.events[0]).toMatchObject({ operation: 'CreateOAuthApplication', errorKind: 'network', outcome: 'retry' });
      expect((await t.late())?.seen.map((request) => request.method)).toEqual(['POST']);
    } finally {
      await (await t.late())?.close();
    }
  });

  it('gives up with upstream_unreachable (outcomeUnknown false) when nothing ever listens', async () => {
    const port = await closedPort();
    const events: AttemptEvent[] = [];
    const c = new ClerkClient({
      apiUrl: `http://127.0.0.1:${port}`,
      secretKey: KEY,
      maxCallDurationMs: 1_000,
      onAttempt: (event) => events.push(event),
    });
    clients.push(c);
    const error = await failure(c.oauthApplications.create({ name: 'x' }, { retry: { initialIntervalMs: 50, maxIntervalMs: 50 } }));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'upstream_unreachable', status: null, outcomeUnknown: false });
    expect(events.length).toBeGreaterThan(2);
    expect(events.every((event) => event.errorKind === 'network')).toBe(true);
  });

  it('does not resend a create whose connection was reset after the request was written', async () => {
    server.respond((request, res, index) => {
      if (index === 0) res.socket?.destroy();
      else json(res, 200, request.method === 'POST' ? APP_WITH_SECRET : APP);
    });
    const c = client();
    const error = await failure(c.oauthApplications.create({ name: 'x' }, { retry: { initialIntervalMs: 20 } }));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'upstream_connection_failed', status: null, outcomeUnknown: true });
    expect(server.seen).toHaveLength(1);
  });

  it('resends a GET whose connection was reset after the request was written', async () => {
    server.respond((_request, res, index) => {
      if (index === 0) res.socket?.destroy();
      else json(res, 200, APP);
    });
    await expect(client().oauthApplications.get(APP.id, { retry: { initialIntervalMs: 20 } })).resolves.toEqual(APP);
    expect(server.seen).toHaveLength(2);
  });

  it('times out a create once, without resending it, and reports outcomeUnknown', async () => {
    server.respond(() => undefined);
    const c = client({ attemptTimeoutMs: 100 });
    const startedAt = Date.now();
    const error = await failure(c.oauthApplications.create({ name: 'x' }, { retry: { initialIntervalMs: 20 } }));
    expect(error).toMatchObject({ code: 'upstream_timeout', status: null, outcomeUnknown: true });
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(server.seen).toHaveLength(1);
  });

  it('times out an answer whose body stops half-way, and retries the GET on a fresh attempt', async () => {
    // The attempt's deadline is the only timeout (undici's own headers and body timers are off).
    server.respond((_request, res, index) => {
      if (index > 0) {
        json(res, 200, APP);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"object":"oauth_application","id":');
    });
    const events: AttemptEvent[] = [];
    const c = client({ attemptTimeoutMs: 150, onAttempt: (event) => events.push(event) });
    const startedAt = Date.now();
    await expect(c.oauthApplications.get(APP.id, { retry: { initialIntervalMs: 20, maxIntervalMs: 20 } })).resolves.toEqual(APP);
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(server.seen).toHaveLength(2);
    expect(events[0]).toMatchObject({ errorKind: 'timeout' });
  });

  it('gives up on a create whose body stops half-way once its deadline passes, without resending it', async () => {
    server.respond((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('{"object":"oauth_application","id":');
    });
    const c = client({ attemptTimeoutMs: 150 });
    const startedAt = Date.now();
    const error = await failure(c.oauthApplications.create({ name: 'x' }, { retry: { initialIntervalMs: 20 } }));
    expect(error).toMatchObject({ code: 'upstream_timeout', outcomeUnknown: true });
    expect(Date.now() - startedAt).toBeLessThan(2_000);
    expect(server.seen).toHaveLength(1);
  });

  it('stops an in-flight request when the caller aborts', async () => {
    server.respond(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const startedAt = Date.now();
    const error = await failure(client().oauthApplications.get(APP.id, { signal: controller.signal }));
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    expect(Date.now() - startedAt).toBeLessThan(1_000);
    expect(server.seen).toHaveLength(1);
  });
});
