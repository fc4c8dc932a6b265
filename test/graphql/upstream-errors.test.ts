import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication, GetApplication, ListApplications, RotateSecret, UpdateApplication } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

/** Clerk's failures, produced by the emulator's fault injection, become the contract's error members. */
let harness: GatewayHarness;
let appId: string;
const noRetry = { strategy: 'NONE' as const };

beforeAll(async () => {
  harness = await startGatewayHarness();
  appId = (await harness.clerk.oauthApplications.create({ name: 'Fault target' })).id;
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.emulator.resetStats();
});

describe('errors from Clerk', () => {
  it('UnauthorizedError when the key is rejected', async () => {
    const wrongKey = await startGatewayHarness({ clientSecretKey: 'sk_test_notakeytheemulatorknows00000000000' });
    try {
      const response = await wrongKey.execute(ListApplications, {});
      const error = asType(response.data?.oauthApplications, 'UnauthorizedError');
      expect(error.code).toBe('clerk_key_invalid');
      expect(error.message).toBe('The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.');
      expect(response.raw).not.toContain('sk_test_notakeytheemulatorknows');
    } finally {
      await wrongKey.close();
    }
  });

  it('ForbiddenError when Clerk refuses the operation with 403, in every result union', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 403, times: 3 });
    const list = await harness.execute(ListApplications, {});
    expect(asType(list.data?.oauthApplications, 'ForbiddenError')).toMatchObject({ code: 'authorization_invalid', message: 'You are not authorized to perform this request' });
    const create = await harness.execute(CreateApplication, { input: { name: 'Forbidden' } });
    expect(asType(create.data?.createOAuthApplication, 'ForbiddenError').code).toBe('authorization_invalid');
    const rotate = await harness.execute(RotateSecret, { input: { id: appId } });
    expect(asType(rotate.data?.rotateOAuthApplicationSecret, 'ForbiddenError').code).toBe('authorization_invalid');
    // 4xx answers are final: nothing was retried.
    expect(harness.upstreamCalls()).toBe(3);
  });

  it('RateLimitedError with retryAfterSeconds when a 429 is not absorbed, and no request to Clerk while its block lasts', async () => {
    // Its own gateway: the 7-second block it leaves on this key's gets would hold the other tests'.
    const own = await startGatewayHarness();
    try {
      const id = (await own.clerk.oauthApplications.create({ name: 'Blocked' })).id;
      own.emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 7, operations: ['GetOAuthApplication'] });
      const response = await own.execute(GetApplication, { id, retries: noRetry });
      expect(asType(response.data?.oauthApplication, 'RateLimitedError')).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 7 });
      expect(own.upstreamCalls('GetOAuthApplication')).toBe(1);

      const held = await own.execute(GetApplication, { id });
      expect(asType(held.data?.oauthApplication, 'RateLimitedError')).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 7 });
      expect(own.upstreamCalls('GetOAuthApplication')).toBe(1);
    } finally {
      await own.close();
    }
  });

  it('absorbs a short 429 with the default policy, honouring Retry-After', async () => {
    harness.emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 1, operations: ['ListOAuthApplications'] });
    const started = Date.now();
    const response = await harness.execute(ListApplications, { limit: 1 });
    asType(response.data?.oauthApplications, 'OAuthApplicationConnection');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(2);
  });

  it('retries transient 5xx on reads so they never reach the caller', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['ListOAuthApplications'], times: 3 });
    const response = await harness.execute(ListApplications, {
      retries: { strategy: 'BACKOFF', initialIntervalMs: 10, maxIntervalMs: 20, maxElapsedTimeMs: 5000 },
    });
    asType(response.data?.oauthApplications, 'OAuthApplicationConnection');
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(4);
  });

  it('UpstreamError with the status once the retry deadline passes', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['GetOAuthApplication'], times: 1000 });
    const response = await harness.execute(GetApplication, {
      id: appId,
      retries: { strategy: 'BACKOFF', initialIntervalMs: 10, maxIntervalMs: 20, maxElapsedTimeMs: 2000 },
    });
    expect(asType(response.data?.oauthApplication, 'UpstreamError')).toMatchObject({ status: 500, outcomeUnknown: false, code: 'internal_clerk_error' });
    expect(harness.upstreamCalls('GetOAuthApplication')).toBeGreaterThan(1);
  });

  it('UpstreamError for a 5xx with retries off, and for an HTML proxy page', async () => {
    // A write that met a 5xx may or may not have been applied: the caller is told so.
    harness.emulator.faults.enqueue({ kind: 'status', status: 502, operations: ['UpdateOAuthApplication'] });
    const failed = await harness.execute(UpdateApplication, { input: { id: appId, name: 'never' }, retries: noRetry });
    expect(asType(failed.data?.updateOAuthApplication, 'UpstreamError')).toMatchObject({ status: 502, outcomeUnknown: true });

    harness.emulator.faults.enqueue({ kind: 'malformedBody', variant: 'html', operations: ['GetOAuthApplication'] });
    const html = await harness.execute(GetApplication, { id: appId, retries: noRetry });
    expect(asType(html.data?.oauthApplication, 'UpstreamError')).toMatchObject({ status: 502, outcomeUnknown: false });
  });

  it('create whose connection drops after Clerk applied it, with retries off: outcomeUnknown, no retry, no duplicate', async () => {
    // With retries on, the gateway finds the application instead (create-recovery.test.ts).
    const before = harness.emulator.state().applications.length;
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Maybe created' }, retries: noRetry });
    expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ status: null, outcomeUnknown: true });
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
    expect(harness.emulator.state().applications.filter((app) => app.name === 'Maybe created')).toHaveLength(1);
    expect(harness.emulator.state().applications.length).toBe(before + 1);
    expect(response.raw).not.toMatch(/[0-9A-Za-z]{32}/);
  });

  it('rotate answered 500: rotated again, and the secret answered is the one Clerk holds', async () => {
    // Its own gateway: the retry budget of this one is spent by the deadline test above.
    const own = await startGatewayHarness();
    try {
      const id = (await own.clerk.oauthApplications.create({ name: 'Rotated twice' })).id;
      own.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['RotateOAuthApplicationSecret'] });
      const response = await own.execute(RotateSecret, { input: { id } });
      const payload = asType(response.data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
      expect(own.upstreamCalls('RotateOAuthApplicationSecret')).toBe(2);
      expect(own.emulator.state().applications.find((app) => app.id === id)?.client_secret).toBe(payload.clientSecret);
    } finally {
      await own.close();
    }
  });

  it('rotate answered 500 with retries off: outcomeUnknown and a single attempt', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['RotateOAuthApplicationSecret'] });
    const response = await harness.execute(RotateSecret, { input: { id: appId }, retries: noRetry });
    expect(asType(response.data?.rotateOAuthApplicationSecret, 'UpstreamError')).toMatchObject({ status: 500, outcomeUnknown: true });
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(1);
  });

  it('create refused with 503 and Retry-After is retried, creating exactly one application', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 503, retryAfter: '1', operations: ['CreateOAuthApplication'] });
    const response = await harness.execute(CreateApplication, { input: { name: 'Created after 503' } });
    asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(2);
    expect(harness.emulator.state().applications.filter((app) => app.name === 'Created after 503')).toHaveLength(1);
  });
});
