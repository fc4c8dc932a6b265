import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ClerkClient } from '../../src/clerk/client.js';
import { UpstreamError } from '../../src/clerk/errors.js';
import { createEmulator, type Emulator } from '../../src/emulator/emulator.js';

/**
 * A write whose first attempt was applied but whose answer was lost must not be reported as a
 * plain refusal when the retry meets a 429 (or 401/403/5xx): the caller is told the outcome is unknown.
 */
const KEY = 'sk_test_outcomeafterretry000000000000000';
let emulator: Emulator;
let client: ClerkClient;
let id: string;

beforeAll(async () => {
  emulator = createEmulator({ secretKeys: [KEY] });
  client = new ClerkClient({ apiUrl: await emulator.listen(), secretKey: KEY, rateLimit: 'off' });
});
afterAll(async () => {
  await client.close();
  await emulator.close();
});
beforeEach(async () => {
  emulator.faults.clear();
  id = (await client.oauthApplications.create({ name: 'before' })).id;
});

const quickRetries = { retry: { initialIntervalMs: 10, maxElapsedTimeMs: 2000 } };

describe('a retried write that meets a 429 after a lost answer', () => {
  it('update: UpstreamError with outcomeUnknown, status 429 and Retry-After, while Clerk holds the change', async () => {
    emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['UpdateOAuthApplication'] }, { kind: 'rateLimit', retryAfterSeconds: 5, operations: ['UpdateOAuthApplication'] });
    const failure = await client.oauthApplications.update(id, { name: 'after' }, quickRetries).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UpstreamError);
    expect(failure).toMatchObject({ outcomeUnknown: true, status: 429, retryAfterSeconds: 5, code: 'too_many_requests' });
    expect(emulator.state().applications.find((app) => app.id === id)?.name).toBe('after');
  });

  it('delete: UpstreamError with outcomeUnknown, while the application is already gone', async () => {
    emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['DeleteOAuthApplication'] }, { kind: 'rateLimit', retryAfterSeconds: 5, operations: ['DeleteOAuthApplication'] });
    const failure = await client.oauthApplications.delete(id, quickRetries).catch((error: unknown) => error);
    expect(failure).toMatchObject({ outcomeUnknown: true, status: 429 });
    expect(emulator.state().applications.some((app) => app.id === id)).toBe(false);
  });

  it('a 429 on a first attempt stays a RateLimitedError', async () => {
    emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 5, operations: ['UpdateOAuthApplication'] });
    const failure = await client.oauthApplications.update(id, { name: 'never' }, quickRetries).catch((error: unknown) => error);
    expect((failure as Error).constructor.name).toBe('RateLimitedError');
    expect(failure).toMatchObject({ retryAfterSeconds: 5 });
  });
});
