import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication, DeleteApplication, GetApplication, RotateSecret, UpdateApplication } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

async function createApp(name: string, extra: Record<string, unknown> = {}) {
  const response = await harness.execute(CreateApplication, { input: { name, ...extra } });
  return asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
}

describe('createOAuthApplication', () => {
  it('creates with Clerk defaults and returns the secret once', async () => {
    const payload = await createApp('Created app', { redirectUris: ['https://created.example/cb', 'myapp://callback'] });
    expect(payload.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(payload.oauthApplication).toMatchObject({
      name: 'Created app',
      scopes: ['profile', 'email'],
      redirectUris: ['https://created.example/cb', 'myapp://callback'],
      consentScreenEnabled: true,
      pkceRequired: false,
      isPublic: false,
    });
    expect(harness.emulator.state().applications.find((app) => app.id === payload.oauthApplication.id)?.client_secret).toBe(payload.clientSecret);
    // The secret is not readable afterwards.
    const read = await harness.execute(GetApplication, { id: payload.oauthApplication.id });
    expect(read.raw).not.toContain(payload.clientSecret!);
  });

  it('sends every given field and joins scopes with spaces', async () => {
    const payload = await createApp('Public app', {
      scopes: ['openid', 'profile', 'email', 'public_metadata'],
      isPublic: true,
      pkceRequired: true,
      consentScreenEnabled: false,
    });
    expect(payload.clientSecret).toBeNull();
    expect(payload.oauthApplication).toMatchObject({ isPublic: true, pkceRequired: true, consentScreenEnabled: false });
    expect(payload.oauthApplication.scopes).toEqual(['openid', 'profile', 'email', 'public_metadata']);
    expect(harness.emulator.state().applications.find((app) => app.id === payload.oauthApplication.id)?.scopes).toBe('openid profile email public_metadata');
  });

  it('passes Clerk validation errors through with GraphQL field paths', async () => {
    // An empty name passes the gateway's own checks (Clerk decides what a name may be).
    const response = await harness.execute(CreateApplication, { input: { name: '' } });
    const error = asType(response.data?.createOAuthApplication, 'ValidationError');
    expect(error.code).toBe('form_param_missing');
    expect(error.fieldErrors).toEqual([{ field: 'input.name', code: 'form_param_missing', message: 'name must be included.' }]);
    expect(error.traceId).toMatch(/^[0-9a-f]+$/);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
  });
});

describe('updateOAuthApplication', () => {
  it('changes only the fields given: a rename keeps scopes, redirect URIs and flags', async () => {
    const created = await createApp('Before rename', {
      scopes: ['profile', 'email', 'private_metadata'],
      redirectUris: ['https://keep.example/cb'],
      pkceRequired: true,
      consentScreenEnabled: false,
    });
    const response = await harness.execute(UpdateApplication, { input: { id: created.oauthApplication.id, name: 'After rename' } });
    const updated = asType(response.data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload').oauthApplication;
    expect(updated).toMatchObject({
      name: 'After rename',
      scopes: ['profile', 'email', 'private_metadata'],
      redirectUris: ['https://keep.example/cb'],
      pkceRequired: true,
      consentScreenEnabled: false,
      isPublic: false,
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.oauthApplication.updatedAt));
  });

  it('replaces lists when given and answers NotFoundError for an unknown id', async () => {
    const created = await createApp('List change');
    const response = await harness.execute(UpdateApplication, {
      input: { id: created.oauthApplication.id, redirectUris: ['https://a.example/cb', 'https://b.example/cb'], scopes: ['email'] },
    });
    expect(asType(response.data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload').oauthApplication).toMatchObject({
      redirectUris: ['https://a.example/cb', 'https://b.example/cb'],
      scopes: ['email'],
      name: 'List change',
    });
    const missing = await harness.execute(UpdateApplication, { input: { id: 'oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ', name: 'x' } });
    expect(asType(missing.data?.updateOAuthApplication, 'NotFoundError').resourceId).toBe('oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ');
  });
});

describe('rotateOAuthApplicationSecret', () => {
  it('returns a new secret, which is the one Clerk now holds', async () => {
    const created = await createApp('Rotate me');
    const response = await harness.execute(RotateSecret, { input: { id: created.oauthApplication.id } });
    const rotated = asType(response.data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    expect(rotated.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(rotated.clientSecret).not.toBe(created.clientSecret);
    expect(harness.emulator.state().applications.find((app) => app.id === created.oauthApplication.id)?.client_secret).toBe(rotated.clientSecret);
  });

  it('answers NotFoundError for an unknown id', async () => {
    const response = await harness.execute(RotateSecret, { input: { id: 'oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ' } });
    expect(asType(response.data?.rotateOAuthApplicationSecret, 'NotFoundError').code).toBe('resource_not_found');
  });
});

describe('deleteOAuthApplication', () => {
  it('deletes, after which reads and a second delete answer NotFoundError', async () => {
    const created = await createApp('Delete me');
    const id = created.oauthApplication.id;
    const deleted = await harness.execute(DeleteApplication, { input: { id } });
    expect(asType(deleted.data?.deleteOAuthApplication, 'DeleteOAuthApplicationPayload').deletedOAuthApplicationId).toBe(id);

    const read = await harness.execute(GetApplication, { id });
    expect(asType(read.data?.oauthApplication, 'NotFoundError').resourceId).toBe(id);
    const again = await harness.execute(DeleteApplication, { input: { id } });
    expect(asType(again.data?.deleteOAuthApplication, 'NotFoundError').resourceId).toBe(id);
  });
});
