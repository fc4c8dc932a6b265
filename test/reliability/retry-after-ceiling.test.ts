/**
 * A Retry-After from Clerk counts for at most the gateway's ceiling (CLERK_MAX_RETRY_AFTER_MS, 60 s
 * by default), in seconds or as an HTTP date: in the wait before a retry, in the block it leaves on
 * the key and operation, and in the retryAfterSeconds callers are shown. Over loopback HTTP, through
 * the gateway, against the emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { GetApplication } from '../support/documents.js';
import { type GatewayHarness, type HarnessOptions, startGatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

const FAR_FUTURE = [
  ['delay-seconds', '1000000000'],
  ['an HTTP date', 'Fri, 31 Dec 9999 23:59:59 GMT'],
] as const;

let harness: GatewayHarness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(options: HarnessOptions = {}): Promise<{ h: GatewayHarness; id: string }> {
  harness = await startGatewayHarness(options);
  const id = (await harness.clerk.oauthApplications.create({ name: 'Rate limited' })).id;
  harness.emulator.resetStats();
  return { h: harness, id };
}

function rateLimitOnce(h: GatewayHarness, retryAfter: string): void {
  h.emulator.faults.enqueue({ kind: 'status', status: 429, retryAfter, operations: ['GetOAuthApplication'] });
}

describe('a Retry-After beyond the ceiling', () => {
  it.each(FAR_FUTURE)('as %s: callers are told 60 s at most, the block lasts no longer, and nothing is sent meanwhile', async (_label, retryAfter) => {
    const { h, id } = await start();
    rateLimitOnce(h, retryAfter);

    // 60 s does not fit the 30-s call deadline: answered at once, not retried.
    const first = await h.execute(GetApplication, { id });
    expect(asType(first.data?.oauthApplication, 'RateLimitedError')).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 60 });
    expect(h.upstreamCalls('GetOAuthApplication')).toBe(1);

    // The block it left is answered from the gateway, and is no longer than the ceiling.
    const held = await h.execute(GetApplication, { id });
    const blocked = asType(held.data?.oauthApplication, 'RateLimitedError');
    expect(blocked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(h.upstreamCalls('GetOAuthApplication')).toBe(1);
  });

  it.each(FAR_FUTURE)('as %s, under a 1-s ceiling: the call waits 1 s, is retried and succeeds, and the block is over', async (_label, retryAfter) => {
    const { h, id } = await start({ client: { maxRetryAfterMs: 1_000 } });
    rateLimitOnce(h, retryAfter);

    const retried = await h.execute(GetApplication, { id });
    expect(asType(retried.data?.oauthApplication, 'OAuthApplication').id).toBe(id);
    expect(h.upstreamCalls('GetOAuthApplication')).toBe(2);

    const next = await h.execute(GetApplication, { id });
    expect(asType(next.data?.oauthApplication, 'OAuthApplication').id).toBe(id);
    expect(h.upstreamCalls('GetOAuthApplication')).toBe(3);
  });

  it('a Retry-After below the ceiling is honoured as sent', async () => {
    const { h, id } = await start();
    rateLimitOnce(h, '45');
    const first = await h.execute(GetApplication, { id, retries: { strategy: 'NONE' } });
    expect(asType(first.data?.oauthApplication, 'RateLimitedError').retryAfterSeconds).toBe(45);
  });
});
