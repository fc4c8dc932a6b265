/**
 * Attempt timeouts on the real clock are plain timers: one per attempt, gone when the attempt ends.
 * (Virtual-time tests drive the timer built on an injected sleep; client-http.test.ts shows a real
 * timeout firing over loopback.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealTimer } from '../../src/clerk/sleep.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness({ client: { attemptTimeoutMs: 60_000 } });
});
afterAll(() => harness.close());

const pendingTimeouts = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('attempt timer', () => {
  it('fires after its time, and not at all once cancelled', async () => {
    const fired: string[] = [];
    startRealTimer(10, () => fired.push('kept'));
    const cancel = startRealTimer(10, () => fired.push('cancelled'));
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(fired).toEqual(['kept']);
  });

  it('leaves no timer behind once a call over HTTP has its answer', async () => {
    await harness.clerk.oauthApplications.list({ limit: 1 });
    const before = pendingTimeouts();
    for (let call = 0; call < 50; call += 1) await harness.clerk.oauthApplications.list({ limit: 1 });
    // A timeout left running would keep one 60 s timer per call: 50 more. The pool's own timers
    // (keep-alive, undici's timer tick) may come and go meanwhile, hence the margin.
    expect(pendingTimeouts()).toBeLessThan(before + 10);
  });
});
