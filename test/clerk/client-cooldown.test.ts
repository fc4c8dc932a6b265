/**
 * Clerk's block after a 429 with Retry-After covers the key and endpoint, not just the call that met
 * it (BEHAVIOR.md §8). Other calls for the same key and operation wait for its end, or are refused
 * at once when it outlasts what they may wait; nothing is sent to Clerk in between. Virtual time.
 */
import { describe, expect, it } from 'vitest';
import type { ClerkClientOptions } from '../../src/clerk/client.js';
import { RateLimitedError } from '../../src/clerk/errors.js';
import { APP, ok, status, type Step } from './fake-transport.js';
import { failure } from './failure.js';
import { virtualClient } from './virtual-client.js';

const ID = APP.id;
const NONE = { retry: { strategy: 'none' as const } };
const LIST = { data: [APP], total_count: 1 };

const setup = (script: Step[], options: Partial<ClerkClientOptions> = {}) => virtualClient(script, { rateLimit: 'off', ...options });

describe("Clerk's block after a 429 with Retry-After", () => {
  it('holds the next call for the same key and endpoint until the block ends, then sends it', async () => {
    const t = setup([status(429, { 'Retry-After': '2' }), ok()]);
    await expect(failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)))).resolves.toBeInstanceOf(RateLimitedError);

    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 2_000]);
    expect(t.limiterEvents).toEqual([
      expect.objectContaining({ operation: 'GetOAuthApplication', limiter: 'cooldown', outcome: 'waited', waitedMs: 2_000 }),
    ]);
  });

  it('refuses at once, without sending, a call that may not wait that long', async () => {
    const t = setup([status(429, { 'Retry-After': '60' }), ok()]);
    await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));
    t.vt.now += 10_000;

    const error = await failure(t.vt.run(t.client.oauthApplications.get(ID)));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 50, status: null });
    expect(t.sentAt).toEqual([0]);
    expect(t.limiterEvents).toEqual([expect.objectContaining({ limiter: 'cooldown', outcome: 'refused', retryAfterMs: 50_000 })]);
  });

  it('sends at once after the block has ended', async () => {
    const t = setup([status(429, { 'Retry-After': '2' }), ok()]);
    await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));
    t.vt.now += 2_000;
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 2_000]);
    expect(t.limiterEvents).toEqual([]);
  });

  it('does not hold other endpoints or other secret keys', async () => {
    const t = setup([status(429, { 'Retry-After': '30' }), ok(LIST), ok()]);
    await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));

    await expect(t.vt.run(t.client.oauthApplications.list({}))).resolves.toEqual(LIST);
    await expect(t.vt.run(t.client.oauthApplications.get(ID, { secretKey: 'sk_test_another_instance_key' }))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 0, 0]);
    expect(t.limiterEvents).toEqual([]);
  });

  it('blocks nothing on a 429 without Retry-After', async () => {
    const t = setup([status(429), ok()]);
    await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 0]);
  });

  it('lets the call that met the 429 retry after its own wait without waiting twice', async () => {
    const t = setup([status(429, { 'Retry-After': '2' }), ok()]);
    await expect(t.vt.run(t.client.oauthApplications.get(ID))).resolves.toEqual(APP);
    expect(t.sentAt).toEqual([0, 2_000]);
    expect(t.limiterEvents).toEqual([]);
  });

  it('stops waiting when the caller aborts', async () => {
    const t = setup([status(429, { 'Retry-After': '2' }), ok()]);
    await failure(t.vt.run(t.client.oauthApplications.get(ID, NONE)));
    const controller = new AbortController();
    t.vt.at(500, () => controller.abort());
    await failure(t.vt.run(t.client.oauthApplications.get(ID, { signal: controller.signal })));
    expect(t.sentAt).toEqual([0]);
    expect(t.limiterEvents).toEqual([expect.objectContaining({ limiter: 'cooldown', outcome: 'aborted', waitedMs: 500 })]);
  });
});
