/**
 * Which 2xx bodies the client hands on as the operation's result: Clerk's wire schema for every
 * field the gateway reads, and a JSON Content-Type. Anything else is UpstreamError
 * `upstream_response_invalid`. Scripted transport, virtual time, no retries.
 */
import { describe, expect, it } from 'vitest';
import { ClerkClient } from '../../src/clerk/client.js';
import { UpstreamError } from '../../src/clerk/errors.js';
import { APP, APP_WITH_SECRET, fakeTransport, type Step } from './fake-transport.js';
import { failure } from './failure.js';
import { VirtualTime } from './virtual-time.js';

const ID = APP.id;
const NONE = { retry: { strategy: 'none' as const } };
const MAX_TIMESTAMP = 8_640_000_000_000_000;
const MAX_INT = 2_147_483_647;

function clientAnswering(step: Step): ClerkClient {
  const vt = new VirtualTime(1_700_000_000_000);
  return new ClerkClient({
    apiUrl: 'https://api.clerk.test',
    secretKey: 'sk_test_success_body',
    transport: fakeTransport(vt, [step]).transport,
    clock: vt.clock,
    sleep: vt.sleep,
    rateLimit: 'off',
  });
}

const answer = (body: unknown, headers?: Record<string, string>): Step => ({ status: 200, body, ...(headers ? { headers } : {}) });

async function expectUnusable(call: Promise<unknown>): Promise<void> {
  const error = await failure(call);
  expect(error).toBeInstanceOf(UpstreamError);
  expect(error).toMatchObject({ code: 'upstream_response_invalid', status: 200 });
}

const get = (step: Step) => clientAnswering(step).oauthApplications.get(ID, NONE);
const list = (step: Step) => clientAnswering(step).oauthApplications.list({}, NONE);
const create = (step: Step) => clientAnswering(step).oauthApplications.create({ name: 'App' }, NONE);
const remove = (step: Step) => clientAnswering(step).oauthApplications.delete(ID, NONE);

const REQUIRED = [
  'id', 'instance_id', 'name', 'client_id', 'dynamically_registered', 'consent_screen_enabled', 'pkce_required', 'public', 'scopes',
  'redirect_uris', 'authorize_url', 'token_fetch_url', 'user_info_url', 'discovery_url', 'token_introspection_url', 'created_at', 'updated_at',
] as const;
const READ_WITH_A_FALLBACK = ['client_uri', 'client_image_url', 'callback_url'] as const;

describe('an application body', () => {
  it('is accepted complete, with extra fields, and without the fields nothing reads', async () => {
    await expect(get(answer(APP))).resolves.toEqual(APP);
    const extended = { ...APP, access_token_ttl: 3600, some_future_field: { nested: [1] } };
    await expect(get(answer(extended))).resolves.toEqual(extended);
    const { object: _object, ...withoutObject } = APP;
    await expect(get(answer(withoutObject))).resolves.toEqual(withoutObject);
  });

  it.each(REQUIRED)('is refused without %s, or with it null', async (field) => {
    await expectUnusable(get(answer({ ...APP, [field]: undefined })));
    await expectUnusable(get(answer({ ...APP, [field]: null })));
  });

  it.each(READ_WITH_A_FALLBACK)('is accepted without %s, or with it null, and refused with it of another type', async (field) => {
    await expect(get(answer({ ...APP, [field]: undefined }))).resolves.toMatchObject({ id: ID });
    await expect(get(answer({ ...APP, [field]: null }))).resolves.toMatchObject({ id: ID });
    await expectUnusable(get(answer({ ...APP, [field]: 42 })));
  });

  it.each([
    ['id', ''],
    ['id', 7],
    ['name', false],
    ['public', 'false'],
    ['pkce_required', 0],
    ['scopes', ['profile', 'email']],
    ['redirect_uris', 'https://example.com/cb'],
    ['redirect_uris', ['https://example.com/cb', 3]],
    ['authorize_url', {}],
    ['created_at', '1680809847940'],
    ['created_at', 1.5],
    ['created_at', -1],
    ['updated_at', MAX_TIMESTAMP + 1],
    ['updated_at', Number.MAX_SAFE_INTEGER + 2],
  ])('is refused with %s = %j', async (field, value) => {
    await expectUnusable(get(answer({ ...APP, [field]: value })));
  });

  it('takes timestamps from 0 up to the last one a date can hold', async () => {
    await expect(get(answer({ ...APP, created_at: 0 }))).resolves.toMatchObject({ created_at: 0 });
    await expect(get(answer({ ...APP, updated_at: MAX_TIMESTAMP }))).resolves.toMatchObject({ updated_at: MAX_TIMESTAMP });
  });

  it('is refused when it is no object', async () => {
    for (const body of [null, [], [APP], 'oa_x', 0, true]) await expectUnusable(get(answer(body)));
    await expectUnusable(get({ status: 200, rawBody: '' }));
    await expectUnusable(get({ status: 200, rawBody: JSON.stringify(APP).slice(0, -1) }));
  });
});

describe('an application with its secret (create, rotate)', () => {
  it('takes a string secret, an empty one (public clients) or none', async () => {
    await expect(create(answer(APP_WITH_SECRET))).resolves.toEqual(APP_WITH_SECRET);
    await expect(create(answer({ ...APP, client_secret: '' }))).resolves.toMatchObject({ client_secret: '' });
    await expect(create(answer(APP))).resolves.toEqual(APP);
  });

  it('is refused with a secret that is no string, or with the application incomplete', async () => {
    await expectUnusable(create(answer({ ...APP, client_secret: 12345 })));
    await expectUnusable(create(answer({ ...APP, client_secret: null })));
    await expectUnusable(create(answer({ object: 'oauth_application', id: 'oa_x', client_secret: 'VVgbT7i6sPo7sTljq2zj12fjmg0jPL5k' })));
  });
});

describe('a list body', () => {
  it('takes total_count from 0 to the largest GraphQL Int, and an empty page', async () => {
    await expect(list(answer({ data: [], total_count: 0 }))).resolves.toEqual({ data: [], total_count: 0 });
    await expect(list(answer({ data: [APP], total_count: MAX_INT }))).resolves.toMatchObject({ total_count: MAX_INT });
  });

  it.each([
    ['a total_count as a string', { data: [APP], total_count: '1' }],
    ['a negative total_count', { data: [APP], total_count: -1 }],
    ['a fractional total_count', { data: [APP], total_count: 1.5 }],
    ['a total_count beyond a GraphQL Int', { data: [APP], total_count: MAX_INT + 1 }],
    ['no total_count', { data: [APP] }],
    ['no data', { total_count: 1 }],
    ['data that is no list', { data: APP, total_count: 1 }],
    ['one bad item among good ones', { data: [APP, { ...APP, id: 'oa_2', scopes: null }, APP], total_count: 3 }],
  ])('is refused with %s', async (_label, body) => {
    await expectUnusable(list(answer(body)));
  });
});

describe('a DeletedObject body', () => {
  it('needs `object` and a boolean `deleted`', async () => {
    await expect(remove(answer({ object: 'oauth_application', id: ID, deleted: true }))).resolves.toEqual({ object: 'oauth_application', id: ID, deleted: true });
    await expect(remove(answer({ object: 'oauth_application', deleted: true }))).resolves.toMatchObject({ deleted: true });
    for (const body of [{}, { object: 'oauth_application' }, { deleted: true }, { object: 'oauth_application', deleted: 'true' }, { object: 1, deleted: true }, null]) {
      await expectUnusable(remove(answer(body)));
    }
  });
});

describe('the Content-Type of a 2xx', () => {
  it.each([['application/json'], ['application/json; charset=utf-8'], ['Application/JSON'], [' application/json ;charset=UTF-8']])('%s is JSON', async (contentType) => {
    await expect(get(answer(APP, { 'Content-Type': contentType }))).resolves.toEqual(APP);
  });

  it('may be absent: the body is checked as it is', async () => {
    await expect(get(answer(APP))).resolves.toEqual(APP);
  });

  it.each([['text/html'], ['text/plain; charset=utf-8'], ['application/xml'], ['application/json-seq'], ['application/problem+json'], ['']])(
    '%j is not, even around a valid body',
    async (contentType) => {
      await expectUnusable(get(answer(APP, { 'Content-Type': contentType })));
    },
  );
});
