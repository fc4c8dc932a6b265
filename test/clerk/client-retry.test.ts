/**
 * The retry policy as the client applies it, in virtual time: scripted transport answers, injected
 * clock, sleep and random; no real timers and no sockets.
 */
import { describe, expect, it } from 'vitest';
import { ClerkClient, type ClerkClientOptions } from '../../src/clerk/client.js';
import {
  NotFoundError,
  RateLimitedError,
  UpstreamError,
  ValidationError,
} from '../../src/clerk/errors.js';
import { APP, APP_WITH_SECRET, ok, refused, resetAfterWrite, status, type Step } from './fake-transport.js';
import { failure } from './failure.js';
import { START, virtualClient } from './virtual-client.js';

const ID = APP.id;

const setup = (script: Step[], options: Partial<ClerkClientOptions> = {}) => virtualClient(script, { secretKey: 'sk_test_very_secret', ...options });

describe('backoff schedule', () => {
  it('waits initial * 1.5^n between attempts with Clerk defaults (random = 0)', async () => {
    const t = setup([status(500), status(502), status(503), status(504), ok()]);
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.requests).toHaveLength(5);
    expect(t.delays()).toEqual([500, 750, 1125, 1687]);
    expect(t.elapsed()).toBe(500 + 750 + 1125 + 1687);
  });

  it('keeps jitter below one second (random → 1)', async () => {
    const t = setup([status(500), status(500), ok()], { random: () => 0.999_999_9 });
    await t.vt.run(t.client.oauthApplications.get(ID));
    expect(t.delays()).toEqual([1499, 1749]);
  });

  it('applies a per-call override (initial, exponent, max interval)', async () => {
    const t = setup([status(500), status(500), status(500), status(500), ok()]);
    await t.vt.run(
      t.client.oauthApplications.get(ID, { retry: { initialIntervalMs: 100, exponent: 2, maxIntervalMs: 300 } }),
    );
    expect(t.delays()).toEqual([100, 200, 300, 300]);
  });

  it('clamps an override to the server ceiling: maxElapsedTimeMs cannot exceed maxCallDurationMs', async () => {
    const t = setup([status(500)], { maxCallDurationMs: 3_000 });
    const error = await failure(
      t.vt.run(t.client.oauthApplications.get(ID, { retry: { maxElapsedTimeMs: 3_600_000, maxIntervalMs: 3_600_000 } })),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(t.delays()).toEqual([500, 750, 1125]);
    expect(t.requests).toHaveLength(4);
    expect(t.events.at(-1)).toMatchObject({ outcome: 'give_up', giveUpReason: 'deadline', attempt: 4 });
  });

  it("strategy 'none' makes a single attempt", async () => {
    const t = setup([status(500), ok()]);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, { retry: { strategy: 'none' } })));
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).status).toBe(500);
    expect(t.requests).toHaveLength(1);
    expect(t.events).toEqual([
      expect.objectContaining({ attempt: 1, status: 500, outcome: 'give_up', giveUpReason: 'strategy_none' }),
    ]);
  });

  it('does not retry 4xx answers other than 429', async () => {
    for (const code of [400, 401, 403, 404, 422]) {
      const t = setup([status(code), ok()]);
      await failure(t.vt.run(t.client.oauthApplications.get(ID)));
      expect(t.requests).toHaveLength(1);
    }
  });

  it('does not retry connection errors when retryConnectionErrors is false', async () => {
    const t = setup([refused, ok()]);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, { retry: { retryConnectionErrors: false } })));
    expect(error).toMatchObject({ code: 'upstream_unreachable', status: null, outcomeUnknown: false });
    expect(t.requests).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  it('replaces the computed delay with Retry-After seconds on a retried 429', async () => {
    const t = setup([status(429, { 'Retry-After': '2' }), ok()]);
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.delays()).toEqual([2_000]);
  });

  it('reads Retry-After as an HTTP date on a retried 503', async () => {
    const date = new Date(START + 3_000).toUTCString();
    const t = setup([status(503, { 'Retry-After': date }), ok()]);
    await t.vt.run(t.client.oauthApplications.get(ID));
    expect(t.delays()).toEqual([3_000]);
  });

  it('gives up at once with RateLimitedError when Retry-After would pass the deadline', async () => {
    const t = setup([status(429, { 'Retry-After': '60' }), ok()]);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterSeconds: 60, status: 429, traceId: 'trace_429', code: 'status_429' });
    expect(t.requests).toHaveLength(1);
    expect(t.elapsed()).toBe(0);
  });

  it('retries a 429 without Retry-After on reads with the computed backoff', async () => {
    const list = { data: [APP], total_count: 1 };
    const t = setup([status(429), ok(list)]);
    await expect(t.vt.run(t.client.oauthApplications.list({}))).resolves.toEqual(list);
    expect(t.delays()).toEqual([500]);
  });
});

describe('one deadline for all attempts', () => {
  it('stops when the next wait would reach the deadline and returns the last error', async () => {
    const t = setup([status(500)], { maxCallDurationMs: 3_000 });
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toMatchObject({ status: 500, code: 'status_500', outcomeUnknown: false });
    // 500 + 750 + 1125 = 2375; the next wait (1687) would end past 3000.
    expect(t.elapsed()).toBe(2_375);
    expect(t.requests).toHaveLength(4);
  });

  it('times out each attempt at min(attemptTimeoutMs, time left)', async () => {
    const t = setup([{ hang: { sent: true } }], { attemptTimeoutMs: 1_000, maxCallDurationMs: 2_000 });
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'upstream_timeout', status: null, outcomeUnknown: false });
    // attempt 1: 0..1000, wait 500, attempt 2 gets the 500 ms left: 1500..2000.
    expect(t.requests).toHaveLength(2);
    expect(t.events.map((event) => [event.errorKind, event.durationMs, event.outcome])).toEqual([
      ['timeout', 1_000, 'retry'],
      ['timeout', 500, 'give_up'],
    ]);
    expect(t.elapsed()).toBe(2_000);
    expect(t.requests.every((request) => request.signal.aborted)).toBe(true);
  });

  it('retries a read after an attempt timeout and returns the later answer', async () => {
    const t = setup([{ hang: { sent: true } }, { delayMs: 200, then: ok() }], { attemptTimeoutMs: 1_000 });
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.elapsed()).toBe(1_000 + 500 + 200);
  });
});

describe('retry budget', () => {
  it('keeps retries within ratio × calls + reserve under sustained failure', async () => {
    const t = setup([status(500)], {
      retryBudget: { ratio: 0.2, minRetriesPerSecond: 1, windowMs: 10_000 },
    });
    const calls = 50;
    const retry = { initialIntervalMs: 10, maxIntervalMs: 10, maxElapsedTimeMs: 1_000 };
    for (let i = 0; i < calls; i += 1) {
      await failure(t.vt.run(t.client.oauthApplications.get(ID, { retry })));
    }
    const retries = t.requests.length - calls;
    // reserve 1/s × 10 s = 10, plus 0.2 × 50 calls = 10.
    expect(retries).toBe(20);
    expect(t.events.filter((event) => event.giveUpReason === 'budget').length).toBeGreaterThan(0);
    expect(t.elapsed()).toBeLessThan(10_000);
  });

  it('is shared by every call of one client and refills as calls come in', async () => {
    const t = setup([status(500), ok()], { retryBudget: { ratio: 0.5, minRetriesPerSecond: 0, windowMs: 10_000 } });
    // First call: 0.5 tokens, no retry possible.
    await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(t.events.at(-1)).toMatchObject({ giveUpReason: 'budget' });
    // Second call: 1.0 token, one retry, which the script answers with 200.
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
  });
});

describe('abort', () => {
  it('cancels an in-flight attempt at once and rejects with request_aborted', async () => {
    const t = setup([{ hang: { sent: true } }]);
    const controller = new AbortController();
    t.vt.at(100, () => controller.abort(new Error('client went away')));
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, { signal: controller.signal })));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    expect((error as Error).cause).toEqual(new Error('client went away'));
    expect(t.elapsed()).toBe(100);
    expect(t.requests).toHaveLength(1);
    expect(t.requests[0]?.signal.aborted).toBe(true);
    expect(t.vt.pendingTimers()).toBe(0);
  });

  it('cancels a pending backoff wait at once', async () => {
    const t = setup([status(500), ok()]);
    const controller = new AbortController();
    t.vt.at(200, () => controller.abort());
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, { signal: controller.signal })));
    expect(error).toMatchObject({ code: 'request_aborted' });
    expect(t.elapsed()).toBe(200);
    expect(t.requests).toHaveLength(1);
    expect(t.vt.pendingTimers()).toBe(0);
  });

  it('makes no request when the signal is already aborted', async () => {
    const t = setup([ok()]);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, { signal: AbortSignal.abort() })));
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    expect(t.requests).toHaveLength(0);
  });

  it('reports outcomeUnknown when a create is aborted after it was sent, not before', async () => {
    for (const sent of [true, false]) {
      const t = setup([{ hang: { sent } }]);
      const controller = new AbortController();
      t.vt.at(50, () => controller.abort());
      const error = await failure(t.vt.run(t.client.oauthApplications.create({ name: 'x' }, { signal: controller.signal })));
      expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: sent });
    }
  });
});

describe.each([
  ['createOAuthApplication', (client: ClerkClient) => client.oauthApplications.create({ name: 'App' })],
  ['rotateOAuthApplicationSecret', (client: ClerkClient) => client.oauthApplications.rotateSecret(ID)],
] as const)('POST %s is sent again only when Clerk surely did not act, or (a rotation) when its answer was lost', (name, call) => {
  it('retries when the connection was refused (request never sent)', async () => {
    const t = setup([refused, refused, ok(APP_WITH_SECRET)]);
    await expect(t.vt.run(call(t.client))).resolves.toEqual(APP_WITH_SECRET);
    expect(t.requests).toHaveLength(3);
  });

  it('retries when the attempt timed out before the request was written', async () => {
    const t = setup([{ hang: { sent: false } }, ok(APP_WITH_SECRET)], { attemptTimeoutMs: 1_000 });
    await expect(t.vt.run(call(t.client))).resolves.toEqual(APP_WITH_SECRET);
    expect(t.requests).toHaveLength(2);
  });

  const lostAnswers = [
    ['a reset after the request was written', resetAfterWrite, null, 'upstream_connection_failed'],
    ['a timeout after the request was written', { hang: { sent: true } } as Step, null, 'upstream_timeout'],
    ['a 500', status(500), 500, 'status_500'],
    ['a 502 from a proxy', { status: 502, rawBody: '<html>Bad Gateway</html>' } as Step, 502, 'upstream_error'],
    ['a 503 without Retry-After', status(503), 503, 'status_503'],
    ['a 200 with a truncated body', { status: 200, rawBody: JSON.stringify(APP_WITH_SECRET).slice(0, 40) } as Step, 200, 'upstream_response_invalid'],
    ['a 200 with JSON of another shape', { status: 200, body: { data: [] } } as Step, 200, 'upstream_response_invalid'],
  ] as const;

  it.each(lostAnswers)('after %s: a create reports outcomeUnknown with exactly one attempt; a rotation rotates again', async (_label, step, expectedStatus, code) => {
    const rotated = { ...APP_WITH_SECRET, client_secret: 'TheSecondRotationsSecret00000000' };
    const t = setup([step, ok(rotated)], { attemptTimeoutMs: 1_000 });
    if (name === 'createOAuthApplication') {
      const error = await failure(t.vt.run(call(t.client)));
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ outcomeUnknown: true, status: expectedStatus, code });
      expect(t.requests).toHaveLength(1);
    } else {
      // The secret the first attempt may have issued was seen by nobody: the second one is answered.
      await expect(t.vt.run(call(t.client))).resolves.toEqual(rotated);
      expect(t.requests.map((request) => request.method)).toEqual(['POST', 'POST']);
    }
  });

  it.each(lostAnswers)('after %s on every attempt until the deadline, both report outcomeUnknown', async (_label, step, expectedStatus, code) => {
    const t = setup([step], { attemptTimeoutMs: 1_000, maxCallDurationMs: 4_000 });
    const error = await failure(t.vt.run(call(t.client)));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ outcomeUnknown: true, status: expectedStatus, code });
    if (name === 'createOAuthApplication') expect(t.requests).toHaveLength(1);
    else expect(t.requests.length).toBeGreaterThan(1);
  });

  it.each([
    ['429', 429],
    ['503', 503],
  ])('retries a %s that carries Retry-After', async (_label, code) => {
    const t = setup([status(code, { 'Retry-After': '1' }), ok(APP_WITH_SECRET)]);
    await expect(t.vt.run(call(t.client))).resolves.toEqual(APP_WITH_SECRET);
    expect(t.requests).toHaveLength(2);
    expect(t.delays()).toEqual([1_000]);
  });

  it('does not retry a 429 without Retry-After, and it is a RateLimitedError', async () => {
    const t = setup([status(429), ok(APP_WITH_SECRET)]);
    const error = await failure(t.vt.run(call(t.client)));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(t.requests).toHaveLength(1);
  });

  it('reports a validation error as such, not as an unknown outcome', async () => {
    const t = setup([status(422), ok(APP_WITH_SECRET)]);
    const error = await failure(t.vt.run(call(t.client)));
    expect(error).toBeInstanceOf(ValidationError);
    expect(t.requests).toHaveLength(1);
  });

  it('reports outcomeUnknown: false when every attempt surely did not reach Clerk', async () => {
    const t = setup([refused], { maxCallDurationMs: 2_000 });
    const error = await failure(t.vt.run(call(t.client)));
    expect(error).toMatchObject({ code: 'upstream_unreachable', outcomeUnknown: false, status: null });
    expect(t.requests.length).toBeGreaterThan(1);
  });
});

describe('DELETE', () => {
  it.each([
    ['a 500', status(500)],
    ['a reset after the request was written', resetAfterWrite],
    ['a timeout after the request was written', { hang: { sent: true } } as Step],
  ])('reports success when a retry after %s meets 404 (the earlier attempt deleted it)', async (_label, step) => {
    const t = setup([step, status(404)], { attemptTimeoutMs: 1_000 });
    await expect(t.vt.run(t.client.oauthApplications.delete(ID))).resolves.toEqual({
      object: 'oauth_application',
      id: ID,
      deleted: true,
    });
    expect(t.requests.map((request) => request.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('reports NotFoundError for a 404 on the first attempt', async () => {
    const t = setup([status(404)]);
    const error = await failure(t.vt.run(t.client.oauthApplications.delete(ID)));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ resourceId: ID, status: 404, traceId: 'trace_404' });
  });

  it('reports NotFoundError for a 404 after attempts Clerk surely did not act on', async () => {
    for (const first of [refused, status(429, { 'Retry-After': '1' }), status(503, { 'Retry-After': '1' })]) {
      const t = setup([first, status(404)]);
      const error = await failure(t.vt.run(t.client.oauthApplications.delete(ID)));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(t.requests).toHaveLength(2);
    }
  });

  it('is not sent again after a 200 with an unusable body: Clerk acted, the outcome is unknown', async () => {
    for (const body of ['{"object":"oauth_app', '{}', '{"object":"oauth_application","deleted":"true"}']) {
      const t = setup([{ status: 200, rawBody: body }, status(404)]);
      const error = await failure(t.vt.run(t.client.oauthApplications.delete(ID)));
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ code: 'upstream_response_invalid', status: 200, outcomeUnknown: true });
      expect(t.requests).toHaveLength(1);
    }
  });

  it('returns the DeletedObject from Clerk when the retry succeeds', async () => {
    const deleted = { object: 'oauth_application', id: ID, deleted: true };
    const t = setup([status(502), ok(deleted)]);
    await expect(t.vt.run(t.client.oauthApplications.delete(ID))).resolves.toEqual(deleted);
  });
});

describe('PATCH', () => {
  it('is retried on 5xx with the same body', async () => {
    const t = setup([status(502), status(500), ok()]);
    await expect(t.vt.run(t.client.oauthApplications.update(ID, { name: 'Renamed', scopes: null }))).resolves.toEqual(APP);
    expect(t.requests).toHaveLength(3);
    expect(new Set(t.requests.map((request) => request.body))).toEqual(new Set(['{"name":"Renamed","scopes":null}']));
  });

  it('is retried after a timeout, and a final failure says the update may have been applied', async () => {
    const t = setup([{ hang: { sent: true } }, status(500)], { attemptTimeoutMs: 1_000, maxCallDurationMs: 2_000 });
    const error = await failure(t.vt.run(t.client.oauthApplications.update(ID, { name: 'x' })));
    expect(error).toMatchObject({ status: 500, outcomeUnknown: true });
    expect(t.requests).toHaveLength(2);
  });
});

describe('PATCH after a 200 with an unusable body', () => {
  it('is not sent again, and says the update may have been applied', async () => {
    const t = setup([{ status: 200, body: { ...APP, redirect_uris: 'https://example.com/cb' } }, ok()]);
    const error = await failure(t.vt.run(t.client.oauthApplications.update(ID, { name: 'x' })));
    expect(error).toMatchObject({ code: 'upstream_response_invalid', status: 200, outcomeUnknown: true });
    expect(t.requests).toHaveLength(1);
  });
});

describe('reads', () => {
  it('never report outcomeUnknown', async () => {
    const t = setup([resetAfterWrite, status(500)], { maxCallDurationMs: 1_000 });
    const error = await failure(t.vt.run(t.client.oauthApplications.list({ limit: 10 })));
    expect(error).toMatchObject({ status: 500, outcomeUnknown: false });
  });

  it('are retried after an unreadable 200', async () => {
    const list = { data: [APP], total_count: 1 };
    const t = setup([{ status: 200, rawBody: '<html>oops</html>' }, ok(list)]);
    await expect(t.vt.run(t.client.oauthApplications.list({}))).resolves.toEqual(list);
  });
});

describe('attempt events', () => {
  it('describe every attempt without secrets, URLs or bodies', async () => {
    const t = setup([refused, status(503, { 'Retry-After': '1' }), ok(APP_WITH_SECRET)]);
    await t.vt.run(t.client.oauthApplications.create({ name: 'private-name' }));
    expect(t.events).toEqual([
      { operation: 'CreateOAuthApplication', attempt: 1, status: null, errorKind: 'network', durationMs: 0, outcome: 'retry', delayMs: 500, giveUpReason: null },
      { operation: 'CreateOAuthApplication', attempt: 2, status: 503, errorKind: null, durationMs: 0, outcome: 'retry', delayMs: 1_000, giveUpReason: null },
      { operation: 'CreateOAuthApplication', attempt: 3, status: 200, errorKind: null, durationMs: 0, outcome: 'success', delayMs: null, giveUpReason: null },
    ]);
    const text = JSON.stringify(t.events);
    expect(text).not.toContain('sk_test');
    expect(text).not.toContain('private-name');
  });

  it('a throwing hook does not change the outcome', async () => {
    const t = setup([status(500), ok()], {
      onAttempt: () => {
        throw new Error('metrics down');
      },
    });
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
  });
});

describe('client guards', () => {
  it('answers ids that cannot be a path segment with NotFoundError and no request', async () => {
    for (const id of ['', '.', '..', '\uD800']) {
      const t = setup([ok()]);
      for (const call of [
        () => t.client.oauthApplications.get(id),
        () => t.client.oauthApplications.update(id, {}),
        () => t.client.oauthApplications.delete(id),
        () => t.client.oauthApplications.rotateSecret(id),
      ]) {
        const error = await failure(call());
        expect(error).toBeInstanceOf(NotFoundError);
        expect((error as NotFoundError).resourceId).toBe(id);
      }
      expect(t.requests).toHaveLength(0);
    }
  });

  it('fails calls after close() without a request, and stops retrying calls in flight', async () => {
    const t = setup([status(500), ok()]);
    const pending = t.client.oauthApplications.get(ID);
    t.vt.at(100, () => void t.client.close());
    const error = await failure(t.vt.run(pending));
    expect(error).toMatchObject({ status: 500 });
    expect(t.requests).toHaveLength(1);
    const after = await failure(t.client.oauthApplications.get(ID));
    expect(after).toMatchObject({ code: 'client_closed' });
    expect(t.requests).toHaveLength(1);
  });

  it('rejects unusable configuration at construction without echoing the key', () => {
    const base = { apiUrl: 'https://api.clerk.test', secretKey: 'sk_test_x', transport: async () => ({ status: 200, headers: {}, body: '' }) };
    expect(() => new ClerkClient({ ...base, secretKey: 'sk_test_x\r\nX-Evil: 1' })).toThrow(/secretKey/);
    try {
      new ClerkClient({ ...base, secretKey: 'sk_live_hidden value' });
    } catch (error) {
      expect(String(error)).not.toContain('hidden');
    }
    expect(() => new ClerkClient({ ...base, secretKey: '' })).toThrow(TypeError);
    expect(() => new ClerkClient({ ...base, apiUrl: 'ftp://x' })).toThrow(/http/);
    expect(() => new ClerkClient({ ...base, apiUrl: 'https://x/?a=1' })).toThrow(TypeError);
    expect(() => new ClerkClient({ ...base, maxCallDurationMs: 0 })).toThrow(RangeError);
    expect(() => new ClerkClient({ ...base, attemptTimeoutMs: Number.NaN })).toThrow(RangeError);
  });
});
