/**
 * Creates and rotations through the client, in virtual time: after the answers that may come after
 * Clerk acted, a create is never followed by a second POST and is reported as an unknown outcome,
 * while a rotation is sent again (the secret it may have issued was seen by nobody) and answers the
 * secret of the last rotation; the answers that surely come before Clerk acted keep their typed error.
 */
import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, RateLimitedError, UnauthorizedError, UpstreamError, ValidationError } from '../../src/clerk/errors.js';
import { APP, APP_WITH_SECRET, ok, status, type Step } from './fake-transport.js';
import { failure } from './failure.js';
import { OPERATIONS, oversized, POSTS, REISSUING_WRITES, setupClient, START, UNSAFE_WRITES } from './write-safety-setup.js';

describe.each(POSTS.map((op) => [op.name, op] as const))('POST %s', (_name, op) => {
  it.each([200, 201])('is not sent again after an oversized %i answer, and reports outcomeUnknown', async (code) => {
    const t = setupClient([oversized(code), ok(APP_WITH_SECRET)]);
    const error = await failure(t.vt.run(op.call(t.client)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'upstream_response_too_large', status: code, outcomeUnknown: true });
    expect(t.requests.map((request) => request.method)).toEqual(['POST']);
    expect(t.events).toEqual([expect.objectContaining({ outcome: 'give_up', giveUpReason: 'not_retryable', errorKind: 'response_too_large' })]);
  });

  it('reports outcomeUnknown after an oversized 5xx or an oversized answer whose status never arrived', async () => {
    for (const code of [500, 503, null]) {
      const t = setupClient([oversized(code), ok(APP_WITH_SECRET)]);
      const error = await failure(t.vt.run(op.call(t.client)));
      expect(error).toMatchObject({ code: 'upstream_response_too_large', status: code, outcomeUnknown: true });
      expect(t.requests).toHaveLength(1);
    }
  });

  it('reports an oversized 4xx refusal with outcomeUnknown: false, and does not resend it', async () => {
    for (const code of [400, 401, 429, 499]) {
      const t = setupClient([oversized(code), ok(APP_WITH_SECRET)]);
      const error = await failure(t.vt.run(op.call(t.client)));
      expect(error).toMatchObject({ code: 'upstream_response_too_large', status: code, outcomeUnknown: false });
      expect(t.requests).toHaveLength(1);
    }
  });

  it('keeps the typed error of a 401 or 403 on the first attempt: Clerk refused before acting', async () => {
    const unauthorized = setupClient([status(401), ok(APP_WITH_SECRET)]);
    const first = await failure(unauthorized.vt.run(op.call(unauthorized.client)));
    expect(first).toBeInstanceOf(UnauthorizedError);
    expect(first).toMatchObject({ status: 401, code: 'status_401' });
    expect(unauthorized.requests).toHaveLength(1);

    const forbidden = setupClient([status(403), ok(APP_WITH_SECRET)]);
    const second = await failure(forbidden.vt.run(op.call(forbidden.client)));
    expect(second).toBeInstanceOf(ForbiddenError);
    expect(second).toMatchObject({ status: 403, code: 'status_403' });
    expect(forbidden.requests).toHaveLength(1);
  });

  it('reports a 409 (or another 4xx without a typed error) with outcomeUnknown: false', async () => {
    for (const code of [409, 410, 499]) {
      const t = setupClient([status(code), ok(APP_WITH_SECRET)]);
      const error = await failure(t.vt.run(op.call(t.client)));
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ status: code, outcomeUnknown: false });
      expect(t.requests).toHaveLength(1);
    }
  });

  it('keeps the typed error of a refusal after attempts that surely did not reach Clerk', async () => {
    const steps: [Step, new (...args: never[]) => Error][] = [
      [status(401), UnauthorizedError],
      [status(403), ForbiddenError],
      [status(422), ValidationError],
      [status(429), RateLimitedError],
    ];
    for (const [last, type] of steps) {
      const t = setupClient([status(503, { 'Retry-After': '1' }), status(429, { 'Retry-After': '1' }), last, ok(APP_WITH_SECRET)]);
      const error = await failure(t.vt.run(op.call(t.client)));
      expect(error).toBeInstanceOf(type);
      expect(t.requests).toHaveLength(3);
    }
  });
});

describe.each(UNSAFE_WRITES.map((op) => [op.name, op] as const))('POST %s (a create)', (_name, op) => {
  it.each([500, 502, 504])('is not sent again after a %i that carries Retry-After: only a 503 or 429 says nothing was done', async (code) => {
    const t = setupClient([status(code, { 'Retry-After': '1' }), ok(APP_WITH_SECRET)]);
    const error = await failure(t.vt.run(op.call(t.client)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: code, code: `status_${code}`, retryAfterSeconds: 1, outcomeUnknown: true });
    expect(t.requests).toHaveLength(1);
    expect(t.vt.now).toBe(START);
  });
});

describe.each(REISSUING_WRITES.map((op) => [op.name, op] as const))('POST %s (a rotation)', (_name, op) => {
  const ROTATED = { ...APP_WITH_SECRET, client_secret: 'SecondSecretSecondSecretSecond00' };

  it.each([500, 502, 504])('is sent again after a %i that carries Retry-After, and answers the new secret', async (code) => {
    const t = setupClient([status(code, { 'Retry-After': '1' }), ok(ROTATED)]);
    await expect(t.vt.run(op.call(t.client))).resolves.toEqual(ROTATED);
    expect(t.requests.map((request) => request.method)).toEqual(['POST', 'POST']);
    expect(t.vt.now - START).toBe(1_000);
  });

  it('is sent again after a reset, a timeout or an unreadable 2xx, and answers the secret of the last rotation', async () => {
    const lost: Step[] = [
      { fail: { kind: 'network', surelyNotSent: false, code: 'ECONNRESET' } },
      { hang: { sent: true } },
      { status: 200, rawBody: JSON.stringify(APP_WITH_SECRET).slice(0, 40) },
      status(500),
    ];
    for (const step of lost) {
      const t = setupClient([step, ok(ROTATED)], { attemptTimeoutMs: 1_000 });
      await expect(t.vt.run(op.call(t.client))).resolves.toEqual(ROTATED);
      expect(t.requests).toHaveLength(2);
    }
  });

  it('reports outcomeUnknown only when no attempt within the deadline got an answer', async () => {
    const t = setupClient([status(500)], { maxCallDurationMs: 3_000 });
    const error = await failure(t.vt.run(op.call(t.client)));
    expect(error).toMatchObject({ status: 500, outcomeUnknown: true });
    expect(t.requests.length).toBeGreaterThan(1);
    expect(t.events.at(-1)).toMatchObject({ outcome: 'give_up', giveUpReason: 'deadline' });
  });

  it('is not sent again after a lost answer when the caller turned retries off, or connection retries off', async () => {
    const none = setupClient([status(500), ok(ROTATED)]);
    expect(await failure(none.vt.run(op.call(none.client, { retry: { strategy: 'none' } })))).toMatchObject({ outcomeUnknown: true });
    expect(none.requests).toHaveLength(1);
    const noConnectionRetries = setupClient([{ fail: { kind: 'network', surelyNotSent: false, code: 'ECONNRESET' } }, ok(ROTATED)]);
    const error = await failure(noConnectionRetries.vt.run(op.call(noConnectionRetries.client, { retry: { retryConnectionErrors: false } })));
    expect(error).toMatchObject({ code: 'upstream_connection_failed', outcomeUnknown: true });
    expect(noConnectionRetries.requests).toHaveLength(1);
  });

  it('a 401 on the retry after a lost answer is an unknown outcome: the earlier rotation may have voided the old secret', async () => {
    const t = setupClient([status(500), status(401)]);
    const error = await failure(t.vt.run(op.call(t.client)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 401, outcomeUnknown: true });
  });
});

describe('reads and idempotent writes', () => {
  const reads = OPERATIONS.filter((op) => op.kind === 'read');
  const idempotent = OPERATIONS.filter((op) => op.kind === 'idempotent_write');

  it('do not resend an oversized answer either (the next one would be as large); a read reports no unknown outcome', async () => {
    for (const op of [...reads, ...idempotent]) {
      const t = setupClient([oversized(200), ok(op.success)]);
      const error = await failure(t.vt.run(op.call(t.client)));
      expect(error).toMatchObject({ code: 'upstream_response_too_large', status: 200, outcomeUnknown: op.kind !== 'read' });
      expect(t.requests).toHaveLength(1);
    }
  });

  it('resend a 500 with Retry-After after the Retry-After wait', async () => {
    for (const op of [...reads, ...idempotent]) {
      const t = setupClient([status(500, { 'Retry-After': '2' }), ok(op.success)]);
      await expect(t.vt.run(op.call(t.client))).resolves.toEqual(op.success);
      expect(t.requests.map((request) => request.method)).toEqual([op.method, op.method]);
      expect(t.vt.now - START).toBe(2_000);
    }
  });

  it('keep the typed error of a 401 or 403 on the first attempt', async () => {
    for (const op of [...reads, ...idempotent]) {
      for (const [code, type] of [
        [401, UnauthorizedError],
        [403, ForbiddenError],
      ] as const) {
        const t = setupClient([status(code), ok(op.success)]);
        const error = await failure(t.vt.run(op.call(t.client)));
        expect(error).toBeInstanceOf(type);
        expect(t.requests).toHaveLength(1);
      }
    }
  });

  it('a PATCH whose retry meets a 404 after a 500 is NotFoundError; a GET 404 is NotFoundError too', async () => {
    const patch = setupClient([status(500), status(404)]);
    const error = await failure(patch.vt.run(patch.client.oauthApplications.update(APP.id, { name: 'x' })));
    expect(error).toBeInstanceOf(NotFoundError);
    const get = setupClient([status(404)]);
    expect(await failure(get.vt.run(get.client.oauthApplications.get(APP.id)))).toBeInstanceOf(NotFoundError);
  });
});
