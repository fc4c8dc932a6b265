/**
 * The client's rate limiting in virtual time: Clerk's default limits per kind of key, overrides,
 * short bursts that wait, refusals as RateLimitedError, the deadline, abort, retries, per-call keys
 * and an injected limiter.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClerkClient, type ClerkClientOptions } from '../../src/clerk/client.js';
import { RateLimitedError, UpstreamError } from '../../src/clerk/errors.js';
import type { RateLimit, RateLimiter } from '../../src/clerk/rate-limiter.js';
import { APP, ok, status, type Step } from './fake-transport.js';
import type { VirtualTime } from './virtual-time.js';
import { failure } from './failure.js';
import { virtualClient } from './virtual-client.js';

const ID = APP.id;
const TEST_KEY = 'sk_test_ratelimited';
const LIVE_KEY = 'sk_live_ratelimited';

/** Bursts here are about the rate limit, so the concurrency bound (tested on its own) is lifted. */
const UNBOUNDED = { maxConcurrentRequests: 100_000 };

const setup = (script: Step[], options: Partial<ClerkClientOptions> = {}) => virtualClient(script, { secretKey: TEST_KEY, ...UNBOUNDED, ...options });

async function burst(t: { vt: VirtualTime; client: ClerkClient }, count: number, secretKey?: string): Promise<void> {
  const calls = Array.from({ length: count }, () => t.client.oauthApplications.get(ID, secretKey === undefined ? {} : { secretKey }));
  await t.vt.run(Promise.all(calls));
}

function maxInAnyWindow(times: number[], windowMs: number): number {
  return Math.max(0, ...times.map((x) => times.filter((time) => time <= x && time > x - windowMs).length));
}

describe("Clerk's default limits ('auto')", () => {
  it.each([
    ['a development key (sk_test_)', TEST_KEY, 100],
    ['a production key (sk_live_)', LIVE_KEY, 1_000],
    ['a key of unknown kind (the lower limit)', 'rk_custom_key', 100],
  ])('allows %s its limit per 10 s, then refuses with the seconds until a slot frees', async (_label, secretKey, limit) => {
    const t = setup([ok()], { secretKey });
    await burst(t, limit);
    expect(t.requests).toHaveLength(limit);
    t.vt.now += 1_500;
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'gateway_rate_limited', status: null, retryAfterSeconds: 9 });
    expect((error as Error).message).toMatch(/rate limit/);
    expect(t.requests).toHaveLength(limit);
    // Refused at once: a 8.5 s wait is beyond the 2 s allowed.
    expect(t.elapsed()).toBe(1_500);
    expect(t.limiterEvents).toEqual([
      { operation: 'GetOAuthApplication', attempt: 1, limiter: 'rate', outcome: 'refused', waitedMs: 0, retryAfterMs: 8_500, keySource: 'client' },
    ]);
    // No attempt event: nothing was sent, and the refusal is not retried.
    expect(t.events).toHaveLength(limit);
  });

  it('makes a short burst wait for a slot instead of failing', async () => {
    const t = setup([ok()]);
    await burst(t, 100);
    t.vt.now += 8_500;
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.elapsed()).toBe(10_000);
    expect(t.requests).toHaveLength(101);
    expect(t.limiterEvents).toEqual([
      { operation: 'GetOAuthApplication', attempt: 1, limiter: 'rate', outcome: 'waited', waitedMs: 1_500, retryAfterMs: null, keySource: 'client' },
    ]);
  });

  it("'off' lets every request through (an upstream without a limit, such as the emulator)", async () => {
    const t = setup([ok()], { rateLimit: 'off' });
    await burst(t, 1_500);
    expect(t.requests).toHaveLength(1_500);
    expect(t.elapsed()).toBe(0);
    expect(t.limiterEvents).toEqual([]);
  });
});

describe('explicit limits and waits', () => {
  it('applies an explicit limit to every key', async () => {
    const t = setup([ok()], { secretKey: LIVE_KEY, rateLimit: { requests: 5, windowMs: 1_000 }, rateLimitMaxWaitMs: 0 });
    await burst(t, 5);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, { secretKey: 'sk_live_other' }).then(() => t.client.oauthApplications.get(ID))));
    // The other key has its own 5; the client's key has none left until 1 s.
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterSeconds: 1 });
    expect(t.requests).toHaveLength(6);
  });

  it('honours rateLimitMaxWaitMs: waits up to it, refuses beyond', async () => {
    const t = setup([ok()], { rateLimit: { requests: 2, windowMs: 10_000 }, rateLimitMaxWaitMs: 500 });
    await burst(t, 2);
    t.vt.now += 9_000;
    const refused = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(refused).toMatchObject({ code: 'gateway_rate_limited', retryAfterSeconds: 1 });
    expect(t.elapsed()).toBe(9_000);
    t.vt.now += 500;
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.elapsed()).toBe(10_000);
  });

  it('rounds retryAfterSeconds up, and to at least 1', async () => {
    const t = setup([ok()], { rateLimit: { requests: 1, windowMs: 300 }, rateLimitMaxWaitMs: 0 });
    await burst(t, 1);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toMatchObject({ code: 'gateway_rate_limited', retryAfterSeconds: 1 });
  });

  it("never waits past the call's deadline", async () => {
    const t = setup([ok()], { rateLimit: { requests: 1, windowMs: 10_000 }, rateLimitMaxWaitMs: 60_000, maxCallDurationMs: 3_000 });
    await burst(t, 1);
    t.vt.now += 6_000;
    // The slot frees in 4 s, after the 3 s deadline: refused at once.
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toMatchObject({ code: 'gateway_rate_limited', retryAfterSeconds: 4 });
    expect(t.elapsed()).toBe(6_000);
    // A per-call deadline shortens it further.
    t.vt.now += 2_000;
    const short = await failure(t.vt.run(t.client.oauthApplications.get(ID, { retry: { maxElapsedTimeMs: 1_000 } })));
    expect(short).toMatchObject({ code: 'gateway_rate_limited', retryAfterSeconds: 2 });
    // Within the deadline, it waits.
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.elapsed()).toBe(10_000);
  });

  it('stops waiting at once when the caller aborts, without a request or a timer left behind', async () => {
    const t = setup([ok()], { rateLimit: { requests: 1, windowMs: 10_000 } });
    await burst(t, 1);
    t.vt.now += 9_000;
    const controller = new AbortController();
    t.vt.at(200, () => controller.abort(new Error('caller left')));
    const error = await failure(t.vt.run(t.client.oauthApplications.create({ name: 'x' }, { signal: controller.signal })));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    expect((error as Error).cause).toEqual(new Error('caller left'));
    expect(t.elapsed()).toBe(9_200);
    expect(t.requests).toHaveLength(1);
    expect(t.vt.pendingTimers()).toBe(0);
    expect(t.limiterEvents.at(-1)).toMatchObject({ limiter: 'rate', outcome: 'aborted', waitedMs: 200 });
  });

  it('rejects unusable limits at construction', () => {
    const base = { apiUrl: 'https://api.clerk.test', secretKey: TEST_KEY, transport: async () => ({ status: 200, headers: {}, body: '' }) };
    for (const rateLimit of [{ requests: 0, windowMs: 1 }, { requests: 1.5, windowMs: 1 }, { requests: 1, windowMs: 0 }, { requests: 1, windowMs: Number.NaN }, 'sometimes']) {
      expect(() => new ClerkClient({ ...base, rateLimit: rateLimit as RateLimit })).toThrow(RangeError);
    }
    expect(() => new ClerkClient({ ...base, rateLimitMaxWaitMs: -1 })).toThrow(RangeError);
    expect(() => new ClerkClient({ ...base, rateLimitMaxWaitMs: 0 })).not.toThrow();
  });
});

describe('retries', () => {
  it('take a slot each: no 10 s window ever sees more than the limit', async () => {
    const t = setup([status(500), status(502), ok(), status(503), ok()], {
      rateLimit: { requests: 4, windowMs: 10_000 },
      rateLimitMaxWaitMs: 10_000,
    });
    // 3 attempts (500, 502, ok) for the first call, then 2 (503, ok) for the second.
    await expect(t.vt.run(t.client.oauthApplications.get(ID, { retry: { initialIntervalMs: 100 } }))).resolves.toEqual(APP);
    await expect(t.vt.run(t.client.oauthApplications.get(ID, { retry: { initialIntervalMs: 100 } }))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 100, 250, 250, 10_000]);
    expect(maxInAnyWindow(t.sentAt, 10_000)).toBe(4);
    expect(t.limiterEvents).toEqual([expect.objectContaining({ attempt: 2, outcome: 'waited', waitedMs: 9_650 })]);
  });

  it('a retry the limiter refuses ends the call with the last answer from Clerk, not a gateway refusal', async () => {
    const t = setup([status(500), ok()], { rateLimit: { requests: 1, windowMs: 10_000 } });
    const error = await failure(t.vt.run(t.client.oauthApplications.update(ID, { name: 'x' })));
    // The PATCH may have been applied by the 500; that fact must survive the refusal.
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 500, outcomeUnknown: true });
    expect(t.requests).toHaveLength(1);
    expect(t.limiterEvents).toEqual([expect.objectContaining({ attempt: 2, outcome: 'refused', retryAfterMs: 9_500 })]);
  });

  it('are not attempted after a refusal of the first attempt', async () => {
    const t = setup([ok()], { rateLimit: { requests: 1, windowMs: 10_000 } });
    await burst(t, 1);
    await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(t.vt.pendingTimers()).toBe(0);
    expect(t.requests).toHaveLength(1);
    expect(t.elapsed()).toBe(0);
  });

  it('under random failures and load keep every window within the limit', async () => {
    let seed = 11;
    const random = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const script: Step[] = Array.from({ length: 400 }, () =>
      random() < 0.4 ? status(503) : { delayMs: Math.floor(random() * 400), then: ok() },
    );
    const t = setup(script, { rateLimit: { requests: 10, windowMs: 2_000 }, rateLimitMaxWaitMs: 1_000, retryBudget: { minRetriesPerSecond: 100 } });
    const calls = Array.from({ length: 150 }, (_, i) =>
      t.vt.sleep(Math.floor(random() * 30_000)).then(() =>
        t.client.oauthApplications.get(`${ID}${i}`, { retry: { initialIntervalMs: 50, maxIntervalMs: 200 } }).then(
          () => 'ok',
          (error: unknown) => (error as { code: string }).code,
        ),
      ),
    );
    const outcomes = await t.vt.run(Promise.all(calls));
    expect(outcomes).toContain('ok');
    expect(outcomes).toContain('gateway_rate_limited');
    expect(t.events.some((event) => event.outcome === 'retry')).toBe(true);
    expect(maxInAnyWindow(t.sentAt, 2_000)).toBeLessThanOrEqual(10);
  });
});

describe('per-call secret keys', () => {
  it('are limited under their own key, each by its own kind', async () => {
    const t = setup([ok()]);
    await burst(t, 100);
    // The client's key is spent; a caller's development key has its own 100, a production key its 1000.
    await burst(t, 100, 'sk_test_caller_one');
    await burst(t, 1_000, 'sk_live_caller_two');
    expect(t.requests).toHaveLength(1_200);
    for (const secretKey of [undefined, 'sk_test_caller_one', 'sk_live_caller_two']) {
      const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, secretKey === undefined ? {} : { secretKey })));
      expect(error).toMatchObject({ code: 'gateway_rate_limited' });
    }
    expect(t.limiterEvents.map((event) => event.keySource)).toEqual(['client', 'call', 'call']);
    expect(t.requests.filter((request) => request.headers.Authorization === 'Bearer sk_test_caller_one')).toHaveLength(100);
    expect(t.requests.filter((request) => request.headers.Authorization === 'Bearer sk_live_caller_two')).toHaveLength(1_000);
    expect(t.requests.filter((request) => request.headers.Authorization === `Bearer ${TEST_KEY}`)).toHaveLength(100);
  });
});

describe('an injected RateLimiter', () => {
  it('receives a hash of the key (never the key), the limit and the allowed wait', async () => {
    const seen: Array<{ key: string; limit: RateLimit; maxWaitMs: number }> = [];
    const rateLimiter: RateLimiter = {
      acquire: async (key, limit, maxWaitMs) => {
        seen.push({ key, limit, maxWaitMs });
        return { ok: true, waited: false, complete: () => undefined };
      },
    };
    const t = setup([ok()], { rateLimiter, secretKey: LIVE_KEY, rateLimitMaxWaitMs: 1_234 });
    await t.vt.run(t.client.oauthApplications.get(ID));
    await t.vt.run(t.client.oauthApplications.get(ID, { secretKey: 'sk_test_caller' }));
    const hash = (key: string) => createHash('sha256').update(key).digest('hex');
    expect(seen).toEqual([
      { key: hash(LIVE_KEY), limit: { requests: 1_000, windowMs: 10_000 }, maxWaitMs: 1_234 },
      { key: hash('sk_test_caller'), limit: { requests: 100, windowMs: 10_000 }, maxWaitMs: 1_234 },
    ]);
    expect(JSON.stringify(seen)).not.toContain('ratelimited');
  });

  it("refusals become RateLimitedError, and a limiter failure an UpstreamError that says nothing was sent", async () => {
    const refusing = setup([ok()], { rateLimiter: { acquire: async () => ({ ok: false, retryAfterMs: 2_001 }) } });
    await expect(failure(refusing.vt.run(refusing.client.oauthApplications.get(ID)))).resolves.toMatchObject({
      code: 'gateway_rate_limited',
      retryAfterSeconds: 3,
    });
    const broken = setup([ok()], {
      rateLimiter: {
        acquire: async () => {
          throw new Error('redis down');
        },
      },
    });
    const error = await failure(broken.vt.run(broken.client.oauthApplications.create({ name: 'x' })));
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'gateway_rate_limiter_failed', outcomeUnknown: false, status: null });
    expect(broken.requests).toHaveLength(0);
    expect(broken.limiterEvents).toEqual([expect.objectContaining({ limiter: 'rate', outcome: 'error' })]);
  });

  it("is not consulted with rateLimit 'off', and hears whether each request was sent", async () => {
    const completions: boolean[] = [];
    let calls = 0;
    const rateLimiter: RateLimiter = {
      acquire: async () => {
        calls += 1;
        return { ok: true, waited: false, complete: (sent) => completions.push(sent) };
      },
    };
    const off = setup([ok()], { rateLimiter, rateLimit: 'off' });
    await off.vt.run(off.client.oauthApplications.get(ID));
    expect(calls).toBe(0);
    const on = setup([{ fail: { kind: 'network', surelyNotSent: true } }, status(500), ok()], { rateLimiter });
    await on.vt.run(on.client.oauthApplications.get(ID));
    expect(completions).toEqual([false, true, true]);
  });
});
