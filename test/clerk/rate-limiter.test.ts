/**
 * The in-process sliding-log limiter on its own, in virtual time: grants, waits, refusals with the
 * time a slot frees, first come first served, abort, and the window property under random load.
 */
import { describe, expect, it } from 'vitest';
import { InProcessRateLimiter, type RateLimitDecision, type RateLimitPermit } from '../../src/clerk/rate-limiter.js';
import { VirtualTime } from './virtual-time.js';

const START = 1_700_000_000_000;
const LIMIT = { requests: 3, windowMs: 10_000 };

function setup() {
  const vt = new VirtualTime(START);
  const limiter = new InProcessRateLimiter({ clock: vt.clock, sleep: vt.sleep });
  return { vt, limiter, elapsed: () => vt.now - START };
}

function permit(decision: RateLimitDecision): RateLimitPermit {
  if (!decision.ok) throw new Error(`expected a permit, got a refusal (retry after ${decision.retryAfterMs} ms)`);
  return decision;
}

describe('InProcessRateLimiter', () => {
  it('grants up to the limit at once, then refuses with the time until the oldest slot frees', async () => {
    const t = setup();
    for (let i = 0; i < 3; i += 1) permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    t.vt.now += 4_000;
    await expect(t.limiter.acquire('k', LIMIT, 0)).resolves.toEqual({ ok: false, retryAfterMs: 6_000 });
    expect(t.vt.pendingTimers()).toBe(0);
  });

  it('makes a short burst wait for the slot that frees within the allowed wait', async () => {
    const t = setup();
    for (let i = 0; i < 3; i += 1) permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    t.vt.now += 9_000;
    const granted = permit(await t.vt.run(t.limiter.acquire('k', LIMIT, 2_000)));
    expect(granted.waited).toBe(true);
    expect(t.elapsed()).toBe(10_000);
  });

  it('refuses at once, without waiting, when the slot frees after the allowed wait', async () => {
    const t = setup();
    for (let i = 0; i < 3; i += 1) permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    await expect(t.vt.run(t.limiter.acquire('k', LIMIT, 9_999))).resolves.toEqual({ ok: false, retryAfterMs: 10_000 });
    expect(t.elapsed()).toBe(0);
  });

  it('counts a slot from the moment its answer arrived, not from when the request left', async () => {
    const t = setup();
    const slow = permit(await t.limiter.acquire('k', LIMIT, 0));
    permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    t.vt.now += 3_000;
    slow.complete(true);
    // The two quick ones free at 10 s, the slow one at 13 s.
    t.vt.now += 7_000;
    permit(await t.limiter.acquire('k', LIMIT, 0));
    permit(await t.limiter.acquire('k', LIMIT, 0));
    await expect(t.limiter.acquire('k', LIMIT, 0)).resolves.toEqual({ ok: false, retryAfterMs: 3_000 });
  });

  it('holds a slot while its request is in flight: a waiter behind it cannot be served sooner than a window', async () => {
    const t = setup();
    const held = [0, 1, 2].map(async () => permit(await t.limiter.acquire('k', LIMIT, 0)));
    await Promise.all(held);
    t.vt.now += 60_000;
    await expect(t.limiter.acquire('k', LIMIT, 5_000)).resolves.toEqual({ ok: false, retryAfterMs: 10_000 });
  });

  it('gives the slot back when the request was surely not sent', async () => {
    const t = setup();
    const first = permit(await t.limiter.acquire('k', LIMIT, 0));
    permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    permit(await t.limiter.acquire('k', LIMIT, 0)).complete(true);
    first.complete(false);
    first.complete(true); // a second call is ignored
    permit(await t.limiter.acquire('k', LIMIT, 0));
    await expect(t.limiter.acquire('k', LIMIT, 0)).resolves.toMatchObject({ ok: false });
  });

  it('serves waiters first come, first served, and refuses those whose turn comes after their wait', async () => {
    const t = setup();
    const limit = { requests: 2, windowMs: 1_000 };
    permit(await t.limiter.acquire('k', limit, 0)).complete(true);
    t.vt.now += 100;
    permit(await t.limiter.acquire('k', limit, 0)).complete(true);
    const order: string[] = [];
    const track = (name: string, promise: Promise<RateLimitDecision>) =>
      promise.then((decision) => {
        order.push(`${name}@${t.vt.now - START}:${decision.ok ? 'ok' : `refused ${decision.retryAfterMs}`}`);
        if (decision.ok) decision.complete(true);
      });
    // Turns: a at 1000, b at 1100, c at 2000 (a's slot again), d at 2100.
    const all = Promise.all([
      track('a', t.limiter.acquire('k', limit, 5_000)),
      track('b', t.limiter.acquire('k', limit, 5_000)),
      track('c', t.limiter.acquire('k', limit, 1_000)),
      track('d', t.limiter.acquire('k', limit, 5_000)),
    ]);
    await t.vt.run(all);
    expect(order).toEqual(['c@100:refused 1900', 'a@1000:ok', 'b@1100:ok', 'd@2000:ok']);
    // A newcomer does not overtake a waiter: d (waiting) took the slot that freed at 2000.
    expect(t.vt.pendingTimers()).toBe(0);
  });

  it('leaves the queue at once on abort, rejecting with the reason, and lets the next waiter move up', async () => {
    const t = setup();
    const limit = { requests: 1, windowMs: 1_000 };
    permit(await t.limiter.acquire('k', limit, 0)).complete(true);
    const controller = new AbortController();
    const aborted = t.limiter.acquire('k', limit, 5_000, controller.signal);
    // Behind the first waiter its turn is at 2000, within its wait; once that waiter leaves, 1000.
    const next = t.limiter.acquire('k', limit, 2_500);
    t.vt.at(300, () => controller.abort(new Error('gone')));
    await expect(t.vt.run(aborted)).rejects.toThrow('gone');
    expect(t.elapsed()).toBe(300);
    permit(await t.vt.run(next));
    expect(t.elapsed()).toBe(1_000);
    expect(t.vt.pendingTimers()).toBe(0);
    await expect(t.limiter.acquire('k', limit, 0, AbortSignal.abort(new Error('before')))).rejects.toThrow('before');
  });

  it('limits each key separately', async () => {
    const t = setup();
    for (let i = 0; i < 3; i += 1) permit(await t.limiter.acquire('a', LIMIT, 0)).complete(true);
    await expect(t.limiter.acquire('a', LIMIT, 0)).resolves.toMatchObject({ ok: false });
    for (let i = 0; i < 3; i += 1) permit(await t.limiter.acquire('b', LIMIT, 0)).complete(true);
  });

  it('forgets idle keys', async () => {
    const t = setup();
    for (let i = 0; i < 500; i += 1) permit(await t.limiter.acquire(`key-${i}`, LIMIT, 0)).complete(true);
    t.vt.now += 10_000;
    for (let i = 0; i < 500; i += 1) permit(await t.limiter.acquire(`other-${i}`, LIMIT, 0)).complete(true);
    expect((t.limiter as unknown as { logs: Map<string, unknown> }).logs.size).toBeLessThanOrEqual(500 + 64);
  });

  it.each([1, 2, 3, 4, 5])(
    'never lets more than the limit reach the upstream in any window, whatever the latency (seed %i)',
    async (seed) => {
      const t = setup();
      const random = mulberry32(seed);
      const limit = { requests: 5, windowMs: 1_000 };
      // [sent, answered] of every granted request: Clerk counts it at some moment in between.
      const spans: Array<[number, number]> = [];
      let refused = 0;
      const requests: Promise<void>[] = [];
      for (let i = 0; i < 200; i += 1) {
        const arrival = Math.floor(random() * 20_000);
        const latency = Math.floor(random() * random() * 800);
        const maxWait = Math.floor(random() * 1_500);
        requests.push(
          t.vt.sleep(arrival).then(async () => {
            const asked = t.vt.now;
            const decision = await t.limiter.acquire('k', limit, maxWait);
            if (!decision.ok) {
              refused += 1;
              // Refused no later than its wait allows, and only when no slot can come in that wait.
              expect(t.vt.now - asked).toBeLessThanOrEqual(maxWait);
              expect(t.vt.now + decision.retryAfterMs).toBeGreaterThan(asked + maxWait);
              return;
            }
            expect(t.vt.now - asked).toBeLessThanOrEqual(maxWait);
            const sent = t.vt.now;
            await t.vt.sleep(latency);
            spans.push([sent, t.vt.now]);
            decision.complete(true);
          }),
        );
      }
      await t.vt.run(Promise.all(requests));
      expect(spans.length + refused).toBe(200);
      expect(spans.length).toBeGreaterThan(50);
      expect(refused).toBeGreaterThan(0);
      // At most `requests` spans meet any window (x - W, x]; the count peaks at some span's start.
      for (const [x] of spans) {
        const meeting = spans.filter(([sent, answered]) => sent <= x && answered > x - limit.windowMs);
        expect(meeting.length).toBeLessThanOrEqual(limit.requests);
      }
      expect(t.vt.pendingTimers()).toBe(0);
    },
  );
});

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
