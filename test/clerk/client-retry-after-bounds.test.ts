/**
 * The bounds on Clerk's Retry-After inside the client, in virtual time: the ceiling (maxRetryAfterMs)
 * on the wait before a retry, the block on the key and operation, and the retryAfterSeconds callers
 * see; the floor (the retry policy's initial interval) on every wait.
 */
import { describe, expect, it } from 'vitest';
import type { ClerkClientOptions } from '../../src/clerk/client.js';
import { RateLimitedError } from '../../src/clerk/errors.js';
import { APP, ok, status, type Step } from './fake-transport.js';
import { failure } from './failure.js';
import { START, virtualClient } from './virtual-client.js';

const ID = APP.id;
const NONE = { retry: { strategy: 'none' as const } };

const setup = (script: Step[], options: Partial<ClerkClientOptions> = {}) => virtualClient(script, { rateLimit: 'off', ...options });

const limited = (retryAfter: string): Step => status(429, { 'Retry-After': retryAfter });

describe('the ceiling on Retry-After (default 60 s)', () => {
  // A deadline long enough for a 60-s wait, so that the wait itself shows.
  const LONG = { maxCallDurationMs: 300_000 };

  it.each([
    ['exactly the ceiling', '60', 60_000],
    ['one second over', '61', 60_000],
    ['far over', '1000000000', 60_000],
    ['a date far away', 'Fri, 31 Dec 9999 23:59:59 GMT', 60_000],
    ['one second under', '59', 59_000],
  ])('waits at most the ceiling before the retry: %s', async (_label, retryAfter, expected) => {
    const t = setup([limited(retryAfter), ok()], LONG);
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.delays()).toEqual([expected]);
    expect(t.sentAt).toEqual([0, expected]);
  });

  it.each([
    ['60', 60],
    ['61', 60],
    ['1000000000', 60],
    ['Fri, 31 Dec 9999 23:59:59 GMT', 60],
    ['59', 59],
    ['0', 0],
  ])('tells callers at most the ceiling: Retry-After %s → retryAfterSeconds %i', async (retryAfter, seconds) => {
    const t = setup([limited(retryAfter)]);
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ status: 429, retryAfterSeconds: seconds });
  });

  it('blocks the key and operation no longer than the ceiling', async () => {
    // No waiting out a block: every call during it is refused, so its end shows to the millisecond.
    const t = setup([limited('1000000000'), ok()], { rateLimitMaxWaitMs: 0 });
    await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));

    t.vt.now = START + 59_999;
    const held = await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));
    expect(held).toMatchObject({ code: 'too_many_requests', status: null, retryAfterSeconds: 1 });
    expect(t.sentAt).toEqual([0]);

    t.vt.now = START + 60_000;
    await expect(t.vt.run(t.client.oauthApplications.get(ID, NONE))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 60_000]);
  });

  it('follows maxRetryAfterMs: the wait, the block and the seconds shown (rounded up)', async () => {
    const t = setup([limited('1000000000'), ok()], { maxRetryAfterMs: 1_500 });
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 1_500]);

    const shown = setup([limited('1000000000')], { maxRetryAfterMs: 1_500 });
    expect(await failure(shown.vt.run(shown.client.oauthApplications.get(ID, NONE)))).toMatchObject({ retryAfterSeconds: 2 });
  });

  it('refuses a maxRetryAfterMs that is not a positive number', () => {
    for (const maxRetryAfterMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => setup([ok()], { maxRetryAfterMs })).toThrow(RangeError);
    }
  });
});

describe('the floor under Retry-After (the initial interval)', () => {
  it.each([
    ['0', '0'],
    ['a date in the past', 'Tue, 14 Nov 2023 22:00:00 GMT'],
    ['now, as a date', new Date(START).toUTCString()],
  ])('a Retry-After of %s waits the initial interval', async (_label, retryAfter) => {
    const t = setup([limited(retryAfter), status(503, { 'Retry-After': retryAfter }), ok()]);
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.delays()).toEqual([500, 500]);
    expect(t.sentAt).toEqual([0, 500, 1_000]);
  });

  it("follows the call's initial interval, and a longer Retry-After is kept", async () => {
    const t = setup([limited('0'), limited('1'), ok()]);
    await t.vt.run(t.client.oauthApplications.get(ID, { retry: { initialIntervalMs: 100 } }));
    expect(t.delays()).toEqual([100, 1_000]);
  });

  it('a Clerk that always answers Retry-After: 0 gets one attempt per initial interval until the deadline', async () => {
    const t = setup([limited('0')], { maxCallDurationMs: 2_000 });
    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(t.sentAt).toEqual([0, 500, 1_000, 1_500]);
  });
});
