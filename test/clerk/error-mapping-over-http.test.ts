/**
 * The error mapping proved end to end: ClerkClient over real loopback HTTP (undici Pool against
 * node:http) answered with what a proxy or a misbehaving upstream sends instead of Clerk's
 * `ClerkErrors` body, and with bodies past the caps.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClerkClient, type ClerkClientOptions } from '../../src/clerk/client.js';
import {
  ForbiddenError,
  type GatewayError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from '../../src/clerk/errors.js';
import { APP } from './fake-transport.js';
import { failure } from './failure.js';
import { closedPort, json, type LoopbackServer, raw, startLoopbackServer } from './loopback-server.js';

const KEY = 'sk_test_error_mapping_key';
const NONE = { retry: { strategy: 'none' as const } };
/** One quick retry, so a first failed attempt can be followed by the answer under test. */
const ONE_QUICK_RETRY = { retry: { initialIntervalMs: 10, maxIntervalMs: 10 } };

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

const HTML = '<html><head><title>Error</title></head><body><h1>nginx</h1></body></html>';

describe('statuses without a Clerk error body', () => {
  it.each([
    [400, 'text/html', HTML, ValidationError, 'request_invalid', 'Clerk rejected the request as invalid.'],
    [401, 'text/html', HTML, UnauthorizedError, 'authorization_failed', 'Clerk rejected the secret key.'],
    [401, 'application/json', '', UnauthorizedError, 'authorization_failed', 'Clerk rejected the secret key.'],
    [403, 'text/plain', 'Forbidden', ForbiddenError, 'authorization_invalid', 'Clerk refused the request.'],
    [404, 'text/html', HTML, NotFoundError, 'resource_not_found', 'Resource not found.'],
    [422, 'application/json', '', ValidationError, 'request_invalid', 'Clerk rejected the request as invalid.'],
    [429, 'text/html', HTML, RateLimitedError, 'too_many_requests', 'Clerk rate limit reached; retry later.'],
    [429, 'application/json', '', RateLimitedError, 'too_many_requests', 'Clerk rate limit reached; retry later.'],
    [500, 'application/json', '', UpstreamError, 'upstream_error', 'Clerk answered with HTTP status 500.'],
    [502, 'text/html', HTML, UpstreamError, 'upstream_error', 'Clerk answered with HTTP status 502.'],
    [503, 'text/html', HTML, UpstreamError, 'upstream_error', 'Clerk answered with HTTP status 503.'],
  ] as const)('maps %i with a %s body %j to its class and fixed code and message', async (status, contentType, body, type, code, message) => {
    server.respond((_request, res) => raw(res, status, body, { 'Content-Type': contentType, 'Clerk-Trace-Id': `trace_${status}` }));
    const error = (await failure(client().oauthApplications.get('oa_1', NONE))) as GatewayError;
    expect(error.constructor).toBe(type);
    expect(error).toMatchObject({ status, code, message, traceId: `trace_${status}`, errors: [], longMessage: null });
  });

  it('keeps Retry-After on a 429 with an empty body', async () => {
    server.respond((_request, res) => raw(res, 429, '', { 'Retry-After': '9' }));
    const error = await failure(client().oauthApplications.list({}, NONE));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'too_many_requests', message: 'Clerk rate limit reached; retry later.', retryAfterSeconds: 9, traceId: null });
  });

  it.each([
    [401, UnauthorizedError, 'authorization_failed'],
    [429, RateLimitedError, 'too_many_requests'],
    [422, ValidationError, 'request_invalid'],
  ] as const)('drops an empty error entry, so %i gets its fixed code, not unknown_error', async (status, type, code) => {
    server.respond((_request, res) => json(res, status, { errors: [{}] }));
    const error = await failure(client().oauthApplications.get('oa_1', NONE));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ code, errors: [] });
  });
});

describe('caps on what Clerk can push through', () => {
  it('cuts error texts at 1,000 characters and keeps at most 50 errors', async () => {
    const errors = Array.from({ length: 60 }, (_, i) => ({ code: `e${i + 1}`, message: 'is invalid', long_message: `${String(i + 1).padEnd(1_000, '.')}!` }));
    server.respond((_request, res) => json(res, 422, { errors, clerk_trace_id: 't'.repeat(1_001) }));
    const error = (await failure(client().oauthApplications.create({ name: 'x' }, NONE))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('1'.padEnd(1_000, '.'));
    expect(error.longMessage).toHaveLength(1_000);
    expect(error.traceId).toBe('t'.repeat(1_000));
    expect(error.errors).toHaveLength(50);
    expect(error.errors.at(-1)?.code).toBe('e50');
  });
});

describe('outcome unknown after an attempt that may have been applied', () => {
  it.each([
    [401, HTML, 'authorization_failed'],
    [403, '', 'authorization_invalid'],
    [429, '', 'too_many_requests'],
    [502, HTML, 'upstream_error'],
  ] as const)('an update answered 500 then %i reports UpstreamError with outcomeUnknown', async (status, body, code) => {
    // Retry-After: 60 on the second answer ends the call there: that wait passes the call's deadline.
    server.respond((_request, res, index) => {
      if (index === 0) raw(res, 500, '');
      else raw(res, status, body, { 'Retry-After': '60' });
    });
    const error = await failure(client().oauthApplications.update(APP.id, { name: 'Renamed' }, ONE_QUICK_RETRY));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status, code, outcomeUnknown: true, retryAfterSeconds: 60 });
    expect(server.seen.map((request) => request.method)).toEqual(['PATCH', 'PATCH']);
  });

  it.each([
    [400, ValidationError, 'request_invalid'],
    [422, ValidationError, 'request_invalid'],
    [404, NotFoundError, 'resource_not_found'],
  ] as const)('an update answered 500 then %i keeps its own class', async (status, type, code) => {
    server.respond((_request, res, index) => raw(res, index === 0 ? 500 : status, ''));
    const error = await failure(client().oauthApplications.update(APP.id, { name: 'Renamed' }, ONE_QUICK_RETRY));
    expect(error).toBeInstanceOf(type);
    expect(error).toMatchObject({ status, code });
    expect(error).not.toHaveProperty('outcomeUnknown');
  });
});

describe('transport failures', () => {
  it('says "Could not connect to Clerk." for a refused connection, without the port', async () => {
    const port = await closedPort();
    const c = new ClerkClient({ apiUrl: `http://127.0.0.1:${port}`, secretKey: KEY });
    clients.push(c);
    const error = (await failure(c.oauthApplications.get(APP.id, NONE))) as UpstreamError;
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'upstream_unreachable', message: 'Could not connect to Clerk.', status: null, outcomeUnknown: false });
    expect(error.message).not.toContain(String(port));
    expect(error.message).not.toContain('127.0.0.1');
  });

  it('says the connection failed when it drops after the request was written', async () => {
    server.respond((_request, res) => res.socket?.destroy());
    const error = (await failure(client().oauthApplications.get(APP.id, NONE))) as UpstreamError;
    expect(error).toMatchObject({
      code: 'upstream_connection_failed',
      message: 'The connection to Clerk failed before an answer arrived.',
      outcomeUnknown: false,
    });
    expect(error.message).not.toContain(String(server.port));
  });
});
