/**
 * Creates whose answer was lost, found out over loopback HTTP against the emulator: a create that
 * landed is answered as a success with a freshly rotated secret (the one Clerk holds), one that did
 * not is sent once more, and anything ambiguous stays an unknown outcome. Upstream calls are counted
 * by the emulator.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.emulator.resetStats();
});

const appsNamed = (name: string) => harness.emulator.state().applications.filter((app) => app.name === name);

describe('a create whose answer was lost after it landed', () => {
  it('is answered as created, with a new secret that is the one Clerk holds; nothing is created twice', async () => {
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, {
      input: { name: 'Recovered app', redirectUris: ['https://recovered.example/cb'], scopes: ['openid', 'email'], pkceRequired: true },
    });
    const payload = asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const [stored, ...others] = appsNamed('Recovered app');
    expect(others).toEqual([]);
    expect(payload.oauthApplication).toMatchObject({ id: stored?.id, scopes: ['openid', 'email'], pkceRequired: true });
    // The secret that went out with the lost answer was replaced: the one answered works.
    expect(payload.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(stored?.client_secret).toBe(payload.clientSecret);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(1);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(1);
  });

  it('a public application is answered without a rotation (it has no secret)', async () => {
    harness.emulator.faults.enqueue({ kind: 'malformedBody', variant: 'truncated', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Recovered public app', isPublic: true } });
    const payload = asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(payload.clientSecret).toBeNull();
    expect(payload.oauthApplication.id).toBe(appsNamed('Recovered public app')[0]?.id);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(0);
  });
});

describe('a create whose answer was lost before it landed', () => {
  it('is sent once more after the connection was dropped before processing, creating exactly one application', async () => {
    harness.emulator.faults.enqueue({ kind: 'dropBeforeProcessing', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Resent app' } });
    const payload = asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(appsNamed('Resent app').map((app) => app.id)).toEqual([payload.oauthApplication.id]);
    expect(appsNamed('Resent app')[0]?.client_secret).toBe(payload.clientSecret);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(2);
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(1);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(0);
  });

  it('is sent once more after a 500', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Resent after 500' } });
    asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(appsNamed('Resent after 500')).toHaveLength(1);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(2);
  });

  it('only once: a second loss before Clerk acted is a known failure, outcomeUnknown false, and nothing was created', async () => {
    harness.emulator.faults.enqueue({ kind: 'dropBeforeProcessing', operations: ['CreateOAuthApplication'], times: 2 });
    const response = await harness.execute(CreateApplication, { input: { name: 'Never created' } });
    expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ code: 'upstream_connection_failed', outcomeUnknown: false });
    expect(appsNamed('Never created')).toEqual([]);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(2);
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(2);
  });
});

describe('a create whose outcome stays unknown', () => {
  it('two applications of that name in the window: outcomeUnknown, no rotation, nothing else created', async () => {
    await harness.clerk.oauthApplications.create({ name: 'Twin' });
    harness.emulator.resetStats();
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Twin' } });
    expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ status: null, outcomeUnknown: true });
    expect(appsNamed('Twin')).toHaveLength(2);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(0);
  });

  it('with retries off (strategy NONE): one request, as asked, and outcomeUnknown', async () => {
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Single attempt' }, retries: { strategy: 'NONE' } });
    expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ outcomeUnknown: true });
    expect(harness.upstreamCalls()).toBe(1);
  });

  it('after a timeout, Clerk may still be working on it: not sent again when the listing shows nothing yet', async () => {
    const slow = await startGatewayHarness({ client: { attemptTimeoutMs: 300 } });
    try {
      // The create is applied 5 s after it arrives; the gateway gives up on it after 300 ms.
      slow.emulator.faults.enqueue({ kind: 'latency', ms: 5_000, operations: ['CreateOAuthApplication'] });
      const response = await slow.execute(CreateApplication, { input: { name: 'Slow create' } });
      expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ code: 'upstream_timeout', outcomeUnknown: true });
      expect(slow.upstreamCalls('CreateOAuthApplication')).toBe(1);
      expect(slow.upstreamCalls('ListOAuthApplications')).toBe(1);
    } finally {
      await slow.close();
    }
  });
});
