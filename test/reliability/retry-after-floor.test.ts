/**
 * A Retry-After never makes a retry come sooner than the retry policy's initial interval: `0`, a
 * negative number, a date in the past or garbage all wait at least that long, so a misbehaving
 * upstream cannot turn the retry loop into a hot loop. Over loopback HTTP, through the gateway,
 * against the emulator; attempts are counted, waits read from the client's attempt events.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../../src/clerk/client.js';
import { GetApplication } from '../support/documents.js';
import { type GatewayHarness, startGatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

const FLOOR_MS = 200;
/** Timers may fire a millisecond or two early on a loaded machine; waits are never much shorter. */
const TIMER_SLACK_MS = 20;

let harness: GatewayHarness;
let id: string;
const events: AttemptEvent[] = [];

beforeAll(async () => {
  harness = await startGatewayHarness({ client: { onAttempt: (event) => events.push(event) } });
  id = (await harness.clerk.oauthApplications.create({ name: 'Floor' })).id;
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.emulator.resetStats();
  events.length = 0;
});

const SHORT_RETRY_AFTERS = [
  ['0', '0'],
  ['a negative number', '-5'],
  ['a date in the past', 'Thu, 01 Jan 1970 00:00:00 GMT'],
  ['garbage', 'soon'],
] as const;

describe('the retry floor under Retry-After', () => {
  for (const status of [429, 503]) {
    it.each(SHORT_RETRY_AFTERS)(`${status} with Retry-After %s: every retry waits at least the initial interval`, async (_label, retryAfter) => {
      harness.emulator.faults.enqueue({ kind: 'status', status, retryAfter, operations: ['GetOAuthApplication'], times: 2 });
      const started = performance.now();
      const response = await harness.execute(GetApplication, {
        id,
        retries: { strategy: 'BACKOFF', initialIntervalMs: FLOOR_MS, maxIntervalMs: FLOOR_MS, maxElapsedTimeMs: 10_000 },
      });
      const elapsed = performance.now() - started;

      expect(asType(response.data?.oauthApplication, 'OAuthApplication').id).toBe(id);
      expect(harness.upstreamCalls('GetOAuthApplication')).toBe(3);
      const waits = events.filter((event) => event.outcome === 'retry').map((event) => event.delayMs);
      expect(waits).toHaveLength(2);
      for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(FLOOR_MS);
      expect(elapsed).toBeGreaterThanOrEqual(2 * FLOOR_MS - TIMER_SLACK_MS);
    });
  }

  it('a Clerk that answers Retry-After: 0 every time gets at most one attempt per initial interval', async () => {
    // Its own gateway: a fresh retry budget, so that only the floor can hold the attempts back.
    const own = await startGatewayHarness();
    try {
      const ownId = (await own.clerk.oauthApplications.create({ name: 'Spin' })).id;
      own.emulator.faults.enqueue({ kind: 'status', status: 429, retryAfter: '0', operations: ['GetOAuthApplication'], times: 1_000 });
      const response = await own.execute(GetApplication, {
        id: ownId,
        retries: { strategy: 'BACKOFF', initialIntervalMs: 500, maxElapsedTimeMs: 5_000 },
      });
      expect(asType(response.data?.oauthApplication, 'RateLimitedError')).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 0 });
      // Each retry waits 500 ms and starts before the 5-s deadline: ten attempts at most, however fast Clerk answers.
      expect(own.upstreamCalls('GetOAuthApplication')).toBeGreaterThanOrEqual(2);
      expect(own.upstreamCalls('GetOAuthApplication')).toBeLessThanOrEqual(10);
    } finally {
      await own.close();
    }
  });
});
