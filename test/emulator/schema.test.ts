/**
 * Every answer of every operation, on its success path and on each error path, validates against
 * the schema the OpenAPI spec gives for that status (ClerkErrors for statuses it does not list).
 * helpers.ts validates each response as it arrives; this file drives all the paths and checks
 * that each (operation, status) pair was seen, plus that the validator itself rejects bad shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, validatedResponses, type Harness } from './helpers.js';
import { openApiValidator } from './openapi-validator.js';

let h: Harness;
beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());

const UNKNOWN_ID = 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u';
type Call = [method: string, path: (id: string) => string, body?: unknown];

const calls: Record<string, Call> = {
  ListOAuthApplications: ['GET', () => '/v1/oauth_applications'],
  CreateOAuthApplication: ['POST', () => '/v1/oauth_applications', { name: 'Schema' }],
  GetOAuthApplication: ['GET', (id) => `/v1/oauth_applications/${id}`],
  UpdateOAuthApplication: ['PATCH', (id) => `/v1/oauth_applications/${id}`, { name: 'Schema 2' }],
  DeleteOAuthApplication: ['DELETE', (id) => `/v1/oauth_applications/${id}`],
  RotateOAuthApplicationSecret: ['POST', (id) => `/v1/oauth_applications/${id}/rotate_secret`],
};

async function freshId(): Promise<string> {
  const res = await h.api('POST', '/v1/oauth_applications', { body: { name: 'Fixture', public: true } });
  return res.json.id;
}

async function call(operationId: string, id: string, extra: { body?: unknown; rawBody?: string; query?: string; auth?: string | null } = {}) {
  const [method, path, defaultBody] = calls[operationId]!;
  const body = extra.body ?? defaultBody;
  return h.api(method, `${path(id)}${extra.query ?? ''}`, {
    ...(extra.rawBody !== undefined ? { rawBody: extra.rawBody } : body !== undefined ? { body } : {}),
    ...(extra.auth !== undefined ? { auth: extra.auth } : {}),
  });
}

describe('responses match the OpenAPI spec', () => {
  it('for every operation: success, 401, 403, 429, 500 and 503', async () => {
    for (const operationId of Object.keys(calls)) {
      const id = await freshId();
      expect((await call(operationId, id)).status, operationId).toBe(200);
      expect((await call(operationId, id, { auth: null })).status).toBe(401);
      expect((await call(operationId, id, { auth: 'Bearer sk_test_nope' })).status).toBe(401);
      for (const fault of [
        { kind: 'status', status: 403 },
        { kind: 'rateLimit', retryAfterSeconds: 1 },
        { kind: 'status', status: 500 },
        { kind: 'status', status: 503 },
      ] as const) {
        const target = await freshId();
        h.emulator.faults.enqueue(fault);
        const res = await call(operationId, target);
        expect(res.status, `${operationId} ${JSON.stringify(fault)}`).toBe('status' in fault ? fault.status : 429);
      }
    }
  });

  it('for every error path the spec lists', async () => {
    // 404 on each id operation.
    for (const operationId of ['GetOAuthApplication', 'UpdateOAuthApplication', 'DeleteOAuthApplication', 'RotateOAuthApplicationSecret']) {
      expect((await call(operationId, UNKNOWN_ID)).status).toBe(404);
    }
    // 400 and 422 on list, create and update.
    expect((await h.api('GET', '/v1/oauth_applications', { headers: { 'Clerk-API-Version': '1999-01-01' } })).status).toBe(400);
    expect((await call('ListOAuthApplications', '', { query: '?limit=0' })).status).toBe(422);
    expect((await call('CreateOAuthApplication', '', { rawBody: '{' })).status).toBe(400);
    expect((await call('CreateOAuthApplication', '', { body: { name: '' } })).status).toBe(422);
    const id = await freshId();
    expect((await call('UpdateOAuthApplication', id, { rawBody: 'nope' })).status).toBe(400);
    expect((await call('UpdateOAuthApplication', id, { body: { bogus: 1 } })).status).toBe(422);
    // Statuses outside the spec still carry ClerkErrors.
    expect((await h.api('POST', '/v1/oauth_applications', { rawBody: 'a=b', contentType: 'text/plain' })).status).toBe(415);
    expect((await h.api('PUT', '/v1/oauth_applications')).status).toBe(405);
    expect((await h.api('GET', '/v1/unknown')).status).toBe(404);
  });

  it('covered every (operation, status) pair with the schema the spec names', () => {
    const expected = [
      'ListOAuthApplications 200 OAuthApplications',
      'ListOAuthApplications 400 ClerkErrors',
      'ListOAuthApplications 403 ClerkErrors',
      'ListOAuthApplications 422 ClerkErrors',
      'CreateOAuthApplication 200 OAuthApplicationWithSecret',
      'CreateOAuthApplication 400 ClerkErrors',
      'CreateOAuthApplication 403 ClerkErrors',
      'CreateOAuthApplication 415 ClerkErrors',
      'CreateOAuthApplication 422 ClerkErrors',
      'GetOAuthApplication 200 OAuthApplication',
      'GetOAuthApplication 403 ClerkErrors',
      'GetOAuthApplication 404 ClerkErrors',
      'UpdateOAuthApplication 200 OAuthApplication',
      'UpdateOAuthApplication 400 ClerkErrors',
      'UpdateOAuthApplication 403 ClerkErrors',
      'UpdateOAuthApplication 404 ClerkErrors',
      'UpdateOAuthApplication 422 ClerkErrors',
      'DeleteOAuthApplication 200 DeletedObject',
      'DeleteOAuthApplication 403 ClerkErrors',
      'DeleteOAuthApplication 404 ClerkErrors',
      'RotateOAuthApplicationSecret 200 OAuthApplicationWithSecret',
      'RotateOAuthApplicationSecret 403 ClerkErrors',
      'RotateOAuthApplicationSecret 404 ClerkErrors',
      '(none) 404 ClerkErrors',
      '(none) 405 ClerkErrors',
    ];
    for (const op of Object.keys(calls)) {
      for (const status of [401, 429, 500, 503]) expected.push(`${op} ${status} ClerkErrors`);
    }
    for (const pair of expected) expect(validatedResponses, pair).toContain(pair);
  });
});

describe('the validator can fail', () => {
  const validator = openApiValidator();
  const app = {
    object: 'oauth_application',
    id: 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u',
    instance_id: 'ins_2O4Ak02T4fDmKKv6tK5h0WJ8ou8',
    name: 'x',
    client_id: 'd9g4CT4WYiCBm7EU',
    client_uri: null,
    client_image_url: null,
    dynamically_registered: false,
    consent_screen_enabled: true,
    pkce_required: false,
    public: false,
    scopes: 'profile email',
    redirect_uris: [],
    callback_url: '',
    authorize_url: 'a',
    token_fetch_url: 'b',
    user_info_url: 'c',
    discovery_url: 'd',
    token_introspection_url: 'e',
    created_at: 1,
    updated_at: 2,
  };

  it('accepts a correct resource, with nullable fields null or strings', () => {
    expect(validator.validate('GET', `/v1/oauth_applications/${app.id}`, 200, app).errors).toEqual([]);
    expect(validator.validate('GET', `/v1/oauth_applications/${app.id}`, 200, { ...app, client_uri: 'https://x' }).valid).toBe(true);
  });

  it.each([
    ['a missing required field', (() => { const { scopes: _s, ...rest } = app; return rest; })()],
    ['a wrong object discriminator', { ...app, object: 'user' }],
    ['a string timestamp', { ...app, created_at: '1' }],
    ['a non-integer timestamp', { ...app, updated_at: 1.5 }],
    ['a number where a nullable string is expected', { ...app, client_uri: 5 }],
  ])('rejects %s', (_label, body) => {
    expect(validator.validate('GET', `/v1/oauth_applications/${app.id}`, 200, body).valid).toBe(false);
  });

  it('rejects extra keys where the spec forbids them and malformed errors', () => {
    expect(validator.validate('GET', '/v1/oauth_applications', 200, { data: [app], total_count: 1, next: null }).valid).toBe(false);
    expect(validator.validate('DELETE', `/v1/oauth_applications/${app.id}`, 200, { object: 'x', deleted: true, why: 1 }).valid).toBe(false);
    expect(validator.validate('GET', '/v1/oauth_applications', 422, { errors: [{ code: 'x', message: 'y' }] }).valid).toBe(false);
    expect(validator.validate('POST', '/v1/oauth_applications', 429, { error: 'slow down' }).valid).toBe(false);
  });

  it('maps each operation and status to the schema the spec names', () => {
    expect(validator.validate('POST', '/v1/oauth_applications', 200, {}).schema).toBe('OAuthApplicationWithSecret');
    expect(validator.validate('POST', `/v1/oauth_applications/${app.id}/rotate_secret`, 200, {}).schema).toBe('OAuthApplicationWithSecret');
    expect(validator.validate('PATCH', `/v1/oauth_applications/${app.id}`, 200, {}).schema).toBe('OAuthApplication');
    expect(validator.validate('GET', '/v1/oauth_applications?limit=1', 200, {}).schema).toBe('OAuthApplications');
    expect(validator.validate('DELETE', `/v1/oauth_applications/${app.id}`, 404, {}).schema).toBe('ClerkErrors');
  });
});
