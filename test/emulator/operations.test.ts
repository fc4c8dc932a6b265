import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_ID, manualClock, startEmulator, type Harness } from './helpers.js';

const HOST = 'https://clerk.example-frontend.test';
const clock = manualClock(1_750_000_000_000);
let h: Harness;

beforeAll(async () => {
  h = await startEmulator({ frontendApiHost: HOST, instanceId: 'ins_2O4Ak02T4fDmKKv6tK5h0WJ8ou8', now: clock.now });
});
afterAll(() => h.close());
beforeEach(() => h.emulator.reset());

async function create(body: Record<string, unknown>) {
  const res = await h.api('POST', '/v1/oauth_applications', { body });
  expect(res.status).toBe(200);
  return res.json;
}

describe('create', () => {
  it('returns 200 with the full resource, defaults and a secret', async () => {
    clock.set(1_750_000_000_123);
    const res = await h.api('POST', '/v1/oauth_applications', {
      body: { name: 'My App', redirect_uris: ['https://app.example.com/cb', 'myapp://cb'] },
    });
    expect(res.status).toBe(200);
    const app = res.json;
    expect(app.id).toMatch(APP_ID);
    expect(app.client_id).toMatch(/^[0-9A-Za-z]{16}$/);
    expect(app.client_secret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(app).toEqual({
      object: 'oauth_application',
      id: app.id,
      instance_id: 'ins_2O4Ak02T4fDmKKv6tK5h0WJ8ou8',
      name: 'My App',
      client_id: app.client_id,
      client_uri: null,
      client_image_url: null,
      dynamically_registered: false,
      consent_screen_enabled: true,
      pkce_required: false,
      public: false,
      scopes: 'profile email',
      redirect_uris: ['https://app.example.com/cb', 'myapp://cb'],
      callback_url: 'https://app.example.com/cb',
      authorize_url: `${HOST}/oauth/authorize`,
      token_fetch_url: `${HOST}/oauth/token`,
      user_info_url: `${HOST}/oauth/userinfo`,
      discovery_url: `${HOST}/.well-known/openid-configuration`,
      token_introspection_url: `${HOST}/oauth/token_info`,
      created_at: 1_750_000_000_123,
      updated_at: 1_750_000_000_123,
      client_secret: app.client_secret,
    });
  });

  it('honours every optional field', async () => {
    const app = await create({
      name: 'Custom',
      scopes: 'openid profile email offline_access',
      consent_screen_enabled: false,
      pkce_required: true,
      public: false,
    });
    expect(app).toMatchObject({
      scopes: 'openid profile email offline_access',
      consent_screen_enabled: false,
      pkce_required: true,
      public: false,
      redirect_uris: [],
      callback_url: '',
    });
  });

  it('treats explicit nulls as absent and applies defaults', async () => {
    const app = await create({
      name: 'Nulls',
      redirect_uris: null,
      callback_url: null,
      scopes: null,
      consent_screen_enabled: null,
      pkce_required: null,
      public: null,
    });
    expect(app).toMatchObject({
      scopes: 'profile email',
      consent_screen_enabled: true,
      pkce_required: false,
      public: false,
      redirect_uris: [],
      callback_url: '',
    });
  });

  it('maps a lone callback_url to redirect_uris', async () => {
    const app = await create({ name: 'Legacy', callback_url: 'https://legacy.example.com/callback' });
    expect(app.redirect_uris).toEqual(['https://legacy.example.com/callback']);
    expect(app.callback_url).toBe('https://legacy.example.com/callback');
  });

  it('prefers redirect_uris over callback_url when both are sent', async () => {
    const app = await create({ name: 'Both', redirect_uris: ['https://a.example/cb'], callback_url: 'https://b.example/cb' });
    expect(app.redirect_uris).toEqual(['https://a.example/cb']);
    expect(app.callback_url).toBe('https://a.example/cb');
  });

  it('gives public clients an empty secret', async () => {
    const app = await create({ name: 'SPA', public: true, pkce_required: true });
    expect(app.public).toBe(true);
    expect(app.client_secret).toBe('');
  });

  it('accepts the extra SDK field device_authorization_grant_enabled and ignores unknown create fields', async () => {
    const app = await create({ name: 'Extras', device_authorization_grant_enabled: true, something_else: 1 });
    expect(app.name).toBe('Extras');
    expect(app).not.toHaveProperty('device_authorization_grant_enabled');
    expect(app).not.toHaveProperty('something_else');
  });

  it('accepts any URL scheme and a 256-character name', async () => {
    const name = 'n'.repeat(256);
    const app = await create({ name, redirect_uris: ['com.example.app:/oauth2redirect', 'http://localhost:8080/cb'] });
    expect(app.name).toBe(name);
    expect(app.redirect_uris).toEqual(['com.example.app:/oauth2redirect', 'http://localhost:8080/cb']);
  });

  it('issues distinct ids, client ids and secrets that sort by creation', async () => {
    const apps = [];
    for (let i = 0; i < 5; i++) apps.push(await create({ name: `App ${i}` }));
    const ids = apps.map((a) => a.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(apps.map((a) => a.client_id)).size).toBe(5);
    expect(new Set(apps.map((a) => a.client_secret)).size).toBe(5);
  });
});

describe('get', () => {
  it('returns the application without its secret', async () => {
    const created = await create({ name: 'Readable', redirect_uris: ['https://r.example/cb'] });
    const res = await h.api('GET', `/v1/oauth_applications/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.json).not.toHaveProperty('client_secret');
    const { client_secret: _secret, ...withoutSecret } = created;
    expect(res.json).toEqual(withoutSecret);
  });

  it.each([
    ['unknown id', 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u'],
    ['malformed id', 'not-an-id'],
    ['undecodable id', '%E0%A4%A'],
    ['over-long id', `oa_${'a'.repeat(500)}`],
  ])('answers 404 resource_not_found for an %s', async (_label, id) => {
    const res = await h.api('GET', `/v1/oauth_applications/${id}`);
    expect(res.status).toBe(404);
    expect(res.json.errors).toEqual([{ code: 'resource_not_found', message: 'not found', long_message: 'Resource not found' }]);
  });
});

describe('update', () => {
  it('changes only the given fields and bumps updated_at', async () => {
    clock.set(1_750_000_100_000);
    const created = await create({ name: 'Before', redirect_uris: ['https://a.example/cb'], scopes: 'profile' });
    clock.advance(5_000);
    const res = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, {
      body: { name: 'After', pkce_required: true, public: null, scopes: null },
    });
    expect(res.status).toBe(200);
    expect(res.json).not.toHaveProperty('client_secret');
    expect(res.json).toMatchObject({
      id: created.id,
      name: 'After',
      pkce_required: true,
      public: false,
      scopes: 'profile',
      redirect_uris: ['https://a.example/cb'],
      created_at: 1_750_000_100_000,
      updated_at: 1_750_000_105_000,
    });
    const get = await h.api('GET', `/v1/oauth_applications/${created.id}`);
    expect(get.json).toEqual(res.json);
  });

  it('replaces redirect_uris, or sets them from a lone callback_url', async () => {
    const created = await create({ name: 'Uris', redirect_uris: ['https://a.example/cb'] });
    const replaced = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, {
      body: { redirect_uris: ['https://b.example/cb', 'https://c.example/cb'] },
    });
    expect(replaced.json.redirect_uris).toEqual(['https://b.example/cb', 'https://c.example/cb']);
    expect(replaced.json.callback_url).toBe('https://b.example/cb');
    const viaCallback = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, {
      body: { callback_url: 'https://d.example/cb' },
    });
    expect(viaCallback.json.redirect_uris).toEqual(['https://d.example/cb']);
    const cleared = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, { body: { redirect_uris: [] } });
    expect(cleared.json.redirect_uris).toEqual([]);
    expect(cleared.json.callback_url).toBe('');
  });

  it('treats a PATCH without body (as @clerk/backend sends) and an empty object as no change', async () => {
    clock.set(1_750_000_200_000);
    const created = await create({ name: 'Same' });
    clock.advance(1);
    const noBody = await h.api('PATCH', `/v1/oauth_applications/${created.id}`);
    expect(noBody.status).toBe(200);
    expect(noBody.json.name).toBe('Same');
    expect(noBody.json.updated_at).toBe(1_750_000_200_001);
    const empty = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, { body: {} });
    expect(empty.status).toBe(200);
    expect(empty.json.name).toBe('Same');
  });

  it('accepts the Go SDK field access_token_ttl', async () => {
    const created = await create({ name: 'Ttl' });
    const res = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, { body: { access_token_ttl: 3600 } });
    expect(res.status).toBe(200);
    const reset = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, { body: { access_token_ttl: null } });
    expect(reset.status).toBe(200);
  });

  it('switches public on and off; the secret comes back only through rotate', async () => {
    const created = await create({ name: 'Flip' });
    expect(created.client_secret).not.toBe('');
    const toPublic = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, { body: { public: true } });
    expect(toPublic.json.public).toBe(true);
    const secretWhilePublic = h.emulator.state().applications.find((a) => a.id === created.id)?.client_secret;
    expect(secretWhilePublic).toBe('');
    const back = await h.api('PATCH', `/v1/oauth_applications/${created.id}`, { body: { public: false } });
    expect(back.json.public).toBe(false);
    expect(back.json).not.toHaveProperty('client_secret');
    const rotated = await h.api('POST', `/v1/oauth_applications/${created.id}/rotate_secret`);
    expect(rotated.json.client_secret).toMatch(/^[0-9A-Za-z]{32}$/);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await h.api('PATCH', '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u', { body: { name: 'x' } });
    expect(res.status).toBe(404);
    expect(res.json.errors[0].code).toBe('resource_not_found');
  });
});

describe('rotate_secret', () => {
  it('returns a new secret, stores it and bumps updated_at', async () => {
    clock.set(1_750_000_300_000);
    const created = await create({ name: 'Rotating' });
    clock.advance(42);
    const res = await h.api('POST', `/v1/oauth_applications/${created.id}/rotate_secret`);
    expect(res.status).toBe(200);
    expect(res.json.client_secret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(res.json.client_secret).not.toBe(created.client_secret);
    expect(res.json.updated_at).toBe(1_750_000_300_042);
    expect(res.json.created_at).toBe(1_750_000_300_000);
    expect(res.json.client_id).toBe(created.client_id);
    const stored = h.emulator.state().applications.find((a) => a.id === created.id);
    expect(stored?.client_secret).toBe(res.json.client_secret);
  });

  it('keeps a public client secret empty', async () => {
    const created = await create({ name: 'Public', public: true });
    const res = await h.api('POST', `/v1/oauth_applications/${created.id}/rotate_secret`);
    expect(res.status).toBe(200);
    expect(res.json.client_secret).toBe('');
  });

  it('ignores a request body and answers 404 for an unknown id', async () => {
    const res = await h.api('POST', '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u/rotate_secret', { body: {} });
    expect(res.status).toBe(404);
    expect(res.json.errors[0].code).toBe('resource_not_found');
  });
});

describe('delete', () => {
  it('returns the DeletedObject, then 404 everywhere for that id', async () => {
    const created = await create({ name: 'Doomed' });
    const res = await h.api('DELETE', `/v1/oauth_applications/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ object: 'oauth_application', id: created.id, deleted: true });

    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['PATCH', '', { name: 'x' }],
      ['DELETE', '', undefined],
      ['POST', '/rotate_secret', undefined],
    ] as const) {
      const again = await h.api(method, `/v1/oauth_applications/${created.id}${suffix}`, body ? { body } : {});
      expect(again.status, `${method}${suffix}`).toBe(404);
      expect(again.json.errors[0].code).toBe('resource_not_found');
    }
    const list = await h.api('GET', '/v1/oauth_applications');
    expect(list.json.data.map((a: { id: string }) => a.id)).not.toContain(created.id);
    expect(h.emulator.state().deletedIds).toEqual([created.id]);
  });
});

describe('list', () => {
  it('never includes secrets', async () => {
    await create({ name: 'One' });
    await create({ name: 'Two', public: true });
    const res = await h.api('GET', '/v1/oauth_applications');
    expect(res.json.total_count).toBe(2);
    for (const app of res.json.data) expect(app).not.toHaveProperty('client_secret');
  });

  it('answers an empty store with an empty page', async () => {
    const res = await h.api('GET', '/v1/oauth_applications');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ data: [], total_count: 0 });
  });
});

describe('routing', () => {
  it('answers unknown routes with 404 resource_not_found', async () => {
    for (const path of ['/v1/users', '/v1/oauth_applications/x/y/z', '/', '/v2/oauth_applications', '/v1/oauth_applications/oa_x/revoke']) {
      const res = await h.api('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.json.errors[0].code).toBe('resource_not_found');
    }
  });

  it('answers a wrong method on a known path with 405, an Allow header and a Clerk body', async () => {
    const cases: [string, string, string][] = [
      ['PUT', '/v1/oauth_applications', 'GET, POST'],
      ['DELETE', '/v1/oauth_applications', 'GET, POST'],
      ['POST', '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u', 'GET, PATCH, DELETE'],
      ['GET', '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u/rotate_secret', 'POST'],
    ];
    for (const [method, path, allow] of cases) {
      const res = await h.api(method, path);
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get('allow')).toBe(allow);
      expect(res.json.errors[0].code).toBe('method_not_allowed');
    }
  });

  it('ignores unknown query parameters on get', async () => {
    const app = await create({ name: 'Abs' });
    const res = await h.api('GET', `/v1/oauth_applications/${app.id}?ignored=1`);
    expect(res.status).toBe(200);
  });
});
