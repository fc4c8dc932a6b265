/**
 * Wire compatibility with the official client: @clerk/backend drives all six operations against
 * the emulator and sees Clerk's errors the way it would see the real API's.
 */
import { createClerkClient } from '@clerk/backend';
import { isClerkAPIResponseError } from '@clerk/backend/errors';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, TEST_KEY, type Harness } from './helpers.js';

let h: Harness;
let clerk: ReturnType<typeof createClerkClient>;

beforeAll(async () => {
  h = await startEmulator({ frontendApiHost: 'https://clerk.sdk.test' });
  clerk = createClerkClient({ secretKey: TEST_KEY, apiUrl: h.origin, telemetry: { disabled: true } });
});
afterAll(() => h.close());

async function apiError(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isClerkAPIResponseError(error)) return error;
    throw error;
  }
  throw new Error('expected a ClerkAPIResponseError');
}

describe('@clerk/backend against the emulator', () => {
  it('runs create, get, update, rotateSecret, list and delete', async () => {
    const created = await clerk.oauthApplications.create({
      name: 'SDK App',
      redirectUris: ['https://sdk.example.com/callback'],
      scopes: 'profile email public_metadata',
      public: false,
    });
    expect(created.id).toMatch(/^oa_[0-9A-Za-z]{27}$/);
    expect(created.name).toBe('SDK App');
    expect(created.redirectUris).toEqual(['https://sdk.example.com/callback']);
    expect(created.scopes).toBe('profile email public_metadata');
    expect(created.isPublic).toBe(false);
    expect(created.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(created.instanceId).toBe(h.emulator.instanceId);
    expect(created.authorizeUrl).toBe('https://clerk.sdk.test/oauth/authorize');
    expect(created.consentScreenEnabled).toBe(true);
    expect(typeof created.createdAt).toBe('number');

    const fetched = await clerk.oauthApplications.get(created.id);
    expect(fetched.id).toBe(created.id);
    expect(fetched.clientId).toBe(created.clientId);
    expect(fetched.clientSecret).toBeUndefined();

    // The SDK's types lag behind the API (pkce_required); it snake-cases whatever it is given.
    type UpdateParams = Parameters<typeof clerk.oauthApplications.update>[0];
    const updated = await clerk.oauthApplications.update({
      oauthApplicationId: created.id,
      name: 'SDK App 2',
      pkceRequired: true,
    } as UpdateParams);
    expect(updated.name).toBe('SDK App 2');
    expect(updated.pkceRequired).toBe(true);
    expect(updated.clientSecret).toBeUndefined();

    // Every field empty: the SDK sends a PATCH without body.
    const unchanged = await clerk.oauthApplications.update({ oauthApplicationId: created.id } as UpdateParams);
    expect(unchanged.name).toBe('SDK App 2');

    const rotated = await clerk.oauthApplications.rotateSecret(created.id);
    expect(rotated.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(rotated.clientSecret).not.toBe(created.clientSecret);

    await clerk.oauthApplications.create({ name: 'Other SDK App', public: true });
    const page = await clerk.oauthApplications.list({ limit: 1, orderBy: '+created_at' });
    expect(page.totalCount).toBe(2);
    expect(page.data.map((a) => a.name)).toEqual(['SDK App 2']);
    const search = await clerk.oauthApplications.list({ nameQuery: 'other' });
    expect(search.data.map((a) => a.name)).toEqual(['Other SDK App']);
    expect(search.data[0]!.isPublic).toBe(true);
    const newest = await clerk.oauthApplications.list();
    expect(newest.data.map((a) => a.name)).toEqual(['Other SDK App', 'SDK App 2']);

    const deleted = await clerk.oauthApplications.delete(created.id);
    expect(deleted).toMatchObject({ object: 'oauth_application', id: created.id, deleted: true });
  });

  it('surfaces 404 as ClerkAPIResponseError with code and trace id', async () => {
    const error = await apiError(clerk.oauthApplications.get('oa_2O4BCh3zUONvWlZHtBXv6s6tm7u'));
    expect(error.status).toBe(404);
    expect(error.errors[0]?.code).toBe('resource_not_found');
    expect(error.errors[0]?.longMessage).toBe('Resource not found');
    expect(error.clerkTraceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('surfaces 422 with param names', async () => {
    const error = await apiError(clerk.oauthApplications.create({ name: '', redirectUris: ['not a url'] }));
    expect(error.status).toBe(422);
    expect(error.errors.map((e) => [e.code, e.meta?.paramName])).toEqual([
      ['form_param_missing', 'name'],
      ['form_param_format_invalid', 'redirect_uris'],
    ]);
  });

  it('surfaces 401 for an unknown key', async () => {
    const stranger = createClerkClient({ secretKey: 'sk_test_not_accepted', apiUrl: h.origin, telemetry: { disabled: true } });
    const error = await apiError(stranger.oauthApplications.list());
    expect(error.status).toBe(401);
    expect(error.errors[0]?.code).toBe('clerk_key_invalid');
    expect(error.clerkTraceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('surfaces 429 with retryAfter', async () => {
    h.emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 12 });
    const error = await apiError(clerk.oauthApplications.list());
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(12);
    expect(error.errors[0]?.code).toBe('too_many_requests');
  });
});
