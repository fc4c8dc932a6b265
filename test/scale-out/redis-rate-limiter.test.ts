/**
 * The shared limiter against a real redis-server, in real time with short windows: the cases of the
 * in-process limiter's suite that carry over (grants, refusals with the time a slot frees, waits,
 * counting from the answer, giving back, abort, keys), plus what only a shared store has: two
 * limiter instances ("replicas", one with a skewed clock) staying together under one limit, the
 * lease of a crashed replica's in-flight slots, and failing closed when Redis is unreachable.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClerkClient } from '../../src/clerk/client.js';
import { UpstreamError } from '../../src/clerk/errors.js';
import type { RateLimitDecision, RateLimitPermit } from '../../src/clerk/rate-limiter.js';
import { createRedisRateLimiter, type CreateRedisRateLimiterOptions, type RedisRateLimiterHandle } from '../../src/clerk/redis-rate-limiter.js';
import { createEmulator } from '../../src/emulator/emulator.js';
import { startRedisServer, uniquePrefix, type RedisServer } from './redis-server.js';

let server: RedisServer;
let inspector: Redis;
const prefix = uniquePrefix('redis-rate-limiter');
const handles: RedisRateLimiterHandle[] = [];

beforeAll(async () => {
  server = await startRedisServer();
  inspector = new Redis(server.url);
}, 20_000);

afterAll(async () => {
  for (const handle of handles) await handle.close();
  await inspector?.quit();
  await server?.stop();
});

function replica(options: CreateRedisRateLimiterOptions = {}): RedisRateLimiterHandle {
  const handle = createRedisRateLimiter(server.url, { keyPrefix: prefix, ...options });
  handles.push(handle);
  return handle;
}

/** The client's keys are SHA-256 hex; a fresh one per test keeps the tests apart. */
function freshKey(): string {
  return randomBytes(32).toString('hex');
}

function permit(decision: RateLimitDecision): RateLimitPermit {
  if (!decision.ok) throw new Error(`expected a permit, got a refusal (retry after ${decision.retryAfterMs} ms)`);
  return decision;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('RedisRateLimiter', () => {
  it('grants up to the limit at once, then refuses with the time until the oldest slot frees', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 3, windowMs: 1_000 };
    for (let i = 0; i < 3; i += 1) permit(await limiter.acquire(key, limit, 0)).complete(true);
    await pause(300);
    const refused = await limiter.acquire(key, limit, 0);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.retryAfterMs).toBeGreaterThan(400);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(720);
  });

  it('makes a short burst wait for the slot that frees within the allowed wait', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 3, windowMs: 600 };
    for (let i = 0; i < 3; i += 1) permit(await limiter.acquire(key, limit, 0)).complete(true);
    const started = Date.now();
    const granted = permit(await limiter.acquire(key, limit, 1_500));
    expect(granted.waited).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(450);
    expect(Date.now() - started).toBeLessThanOrEqual(1_500 + 300);
  });

  it('refuses at once, without waiting, when the slot frees after the allowed wait', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 3, windowMs: 2_000 };
    for (let i = 0; i < 3; i += 1) permit(await limiter.acquire(key, limit, 0)).complete(true);
    const started = Date.now();
    const refused = await limiter.acquire(key, limit, 500);
    expect(Date.now() - started).toBeLessThan(400);
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.retryAfterMs).toBeGreaterThan(1_500);
  });

  it('counts a slot from the moment its answer arrived, not from when the request left', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 3, windowMs: 1_000 };
    const slow = permit(await limiter.acquire(key, limit, 0));
    permit(await limiter.acquire(key, limit, 0)).complete(true);
    permit(await limiter.acquire(key, limit, 0)).complete(true);
    await pause(500);
    const answered = Date.now();
    slow.complete(true);
    // The quick ones free at ~1000 ms, the slow one at ~1500 ms.
    await pause(600);
    permit(await limiter.acquire(key, limit, 0));
    permit(await limiter.acquire(key, limit, 0));
    const asked = Date.now();
    const refused = await limiter.acquire(key, limit, 0);
    expect(refused.ok).toBe(false);
    // The slow one counts one window from its answer (plus the time its completion took to reach Redis).
    if (!refused.ok) expect(refused.retryAfterMs).toBeLessThanOrEqual(answered + limit.windowMs - asked + 200);
  });

  it('holds a slot while its request is in flight: a waiter behind it cannot be served sooner than a window', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 3, windowMs: 500 };
    await Promise.all([0, 1, 2].map(async () => permit(await limiter.acquire(key, limit, 0))));
    await pause(700);
    const refused = await limiter.acquire(key, limit, 300);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBeGreaterThanOrEqual(500);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(501);
    }
  });

  it('gives the slot back when the request was surely not sent (a second complete is ignored)', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 3, windowMs: 5_000 };
    const first = permit(await limiter.acquire(key, limit, 0));
    permit(await limiter.acquire(key, limit, 0)).complete(true);
    permit(await limiter.acquire(key, limit, 0)).complete(true);
    first.complete(false);
    first.complete(true);
    permit(await limiter.acquire(key, limit, 0));
    await expect(limiter.acquire(key, limit, 0)).resolves.toMatchObject({ ok: false });
    expect(await inspector.zcard(`${prefix}:${key}`)).toBe(3);
  });

  it('leaves the wait at once on abort, rejecting with the reason, and takes no slot', async () => {
    const { limiter } = replica();
    const key = freshKey();
    const limit = { requests: 1, windowMs: 3_000 };
    permit(await limiter.acquire(key, limit, 0)).complete(true);
    const controller = new AbortController();
    const started = Date.now();
    // Its slot frees in ~3 s, within its wait: it sleeps until the abort ends the wait.
    const aborted = limiter.acquire(key, limit, 5_000, controller.signal);
    setTimeout(() => controller.abort(new Error('gone')), 200);
    await expect(aborted).rejects.toThrow('gone');
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(await inspector.zcard(`${prefix}:${key}`)).toBe(1);
    await expect(limiter.acquire(key, limit, 0, AbortSignal.abort(new Error('before')))).rejects.toThrow('before');
  });

  it('limits each key separately, and keeps no secret: only the key hash names the log, which expires', async () => {
    const { limiter } = replica();
    const [a, b] = [freshKey(), freshKey()];
    const limit = { requests: 3, windowMs: 1_000 };
    for (let i = 0; i < 3; i += 1) permit(await limiter.acquire(a, limit, 0)).complete(true);
    await expect(limiter.acquire(a, limit, 0)).resolves.toMatchObject({ ok: false });
    for (let i = 0; i < 3; i += 1) permit(await limiter.acquire(b, limit, 0)).complete(true);
    const ttl = await inspector.pttl(`${prefix}:${a}`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_001);

    // A key that is not already a hash (never the case from ClerkClient) is hashed before Redis sees it.
    const raw = 'sk_test_notAHashAtAll0123456789';
    permit(await limiter.acquire(raw, limit, 0)).complete(true);
    const stored = await inspector.keys(`${prefix}:*`);
    expect(stored.some((name) => name.includes(raw))).toBe(false);
  });

  it("frees a crashed replica's in-flight slots once their lease and one window have passed", async () => {
    const crashing = replica({ inFlightLeaseMs: 600 });
    const survivor = replica().limiter;
    const key = freshKey();
    const limit = { requests: 2, windowMs: 400 };
    permit(await crashing.limiter.acquire(key, limit, 0));
    permit(await crashing.limiter.acquire(key, limit, 0));
    crashing.redis.disconnect(); // never completes them
    const started = Date.now();
    const refused = await survivor.acquire(key, limit, 0);
    // In flight, so each frees no sooner than one window from now.
    expect(refused).toMatchObject({ ok: false });
    if (!refused.ok) expect(refused.retryAfterMs).toBeGreaterThanOrEqual(400);
    await pause(200);
    await expect(survivor.acquire(key, limit, 0)).resolves.toMatchObject({ ok: false });
    // Lease (600) + window (400) after the grants.
    const granted = permit(await survivor.acquire(key, limit, 2_000));
    expect(granted.waited).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(Date.now() - started).toBeLessThanOrEqual(2_000 + 300);
    granted.complete(true);
  });

  it('fails closed: with Redis unreachable, acquire rejects within the command timeout and ClerkClient sends nothing', async () => {
    const deadPort = await closedPort();
    const unreachable = createRedisRateLimiter(`redis://127.0.0.1:${deadPort}`, { commandTimeoutMs: 300 });
    handles.push(unreachable);
    const started = Date.now();
    await expect(unreachable.limiter.acquire(freshKey(), { requests: 3, windowMs: 1_000 }, 2_000)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);

    const emulator = createEmulator({ seed: true });
    const origin = await emulator.listen(0, '127.0.0.1');
    const clerk = new ClerkClient({
      apiUrl: origin,
      secretKey: emulator.secretKeys[0]!,
      rateLimit: { requests: 10, windowMs: 10_000 },
      rateLimiter: unreachable.limiter,
    });
    try {
      const error = await clerk.oauthApplications.list({ limit: 1 }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ code: 'gateway_rate_limiter_failed', outcomeUnknown: false });
      expect(emulator.stats().total).toBe(0);
    } finally {
      await clerk.close();
      await emulator.close();
    }
  });

  it('keeps two replicas (one with a clock 5 s ahead) together under one limit in every window, under concurrency', async () => {
    const replicas = [replica().limiter, replica({ clock: () => Date.now() + 5_000 }).limiter];
    const key = freshKey();
    const limit = { requests: 20, windowMs: 1_000 };
    const random = mulberry32(7);
    // [sent, answered] of every granted request: the upstream counts it at some moment in between.
    const spans: Array<[number, number]> = [];
    let refused = 0;
    const started = Date.now();
    const requests: Promise<void>[] = [];
    for (let i = 0; i < 160; i += 1) {
      const limiter = replicas[i % 2]!;
      const arrival = Math.floor(random() * 2_500);
      const latency = Math.floor(random() * random() * 150);
      const maxWait = Math.floor(random() * 600);
      requests.push(
        pause(arrival).then(async () => {
          const asked = Date.now();
          const decision = await limiter.acquire(key, limit, maxWait);
          // Never held past its wait (plus a Redis round trip and a timer's lateness).
          expect(Date.now() - asked).toBeLessThanOrEqual(maxWait + 400);
          if (!decision.ok) {
            refused += 1;
            expect(decision.retryAfterMs).toBeGreaterThanOrEqual(1);
            return;
          }
          const sent = Date.now();
          await pause(latency);
          spans.push([sent, Date.now()]);
          decision.complete(true);
        }),
      );
    }
    await Promise.all(requests);
    expect(spans.length + refused).toBe(160);
    expect(refused).toBeGreaterThan(0);
    // About 20 per window over ~3 windows: the limit is used, not just respected.
    expect(spans.length).toBeGreaterThan(40);
    // At most `requests` spans meet any window (x - W, x]; the count peaks at some span's start.
    let peak = 0;
    for (const [x] of spans) {
      const meeting = spans.filter(([sent, answered]) => sent <= x && answered > x - limit.windowMs).length;
      peak = Math.max(peak, meeting);
    }
    expect(peak).toBeLessThanOrEqual(limit.requests);
    expect(Date.now() - started).toBeLessThan(6_000);
  });
});

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
