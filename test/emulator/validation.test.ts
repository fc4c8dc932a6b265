import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rawRequest, startEmulator, TEST_KEY, type Harness } from './helpers.js';

let h: Harness;
let appId: string;

beforeAll(async () => {
  h = await startEmulator();
});
afterAll(() => h.close());
beforeEach(async () => {
  h.emulator.reset();
  const res = await h.api('POST', '/v1/oauth_applications', { body: { name: 'Target' } });
  appId = res.json.id;
});

const createApp = (body: unknown) => h.api('POST', '/v1/oauth_applications', { body });
const updateApp = (body: unknown) => h.api('PATCH', `/v1/oauth_applications/${appId}`, { body });

function expect422(res: { status: number; json: { errors: unknown[] } }, errors: unknown[]): void {
  expect(res.status).toBe(422);
  expect(res.json.errors).toEqual(errors);
}

const missingName = {
  code: 'form_param_missing',
  message: 'is missing',
  long_message: 'name must be included.',
  meta: { param_name: 'name' },
};
const typeInvalid = (param: string, type: string) => ({
  code: 'form_param_type_invalid',
  message: 'is invalid',
  long_message: `\`${param}\` must be a \`${type}\`.`,
  meta: { param_name: param },
});
const maxLength = (param: string, max: number) => ({
  code: 'form_param_max_length_exceeded',
  message: 'exceeds maximum length',
  long_message: `${param} should not exceed ${max} characters.`,
  meta: { param_name: param },
});
const redirectInvalid = {
  code: 'form_param_format_invalid',
  message: 'is invalid',
  long_message:
    'redirect_uris must contain only valid URLs with a scheme, such as https://example.com/callback or myapp://callback.',
  meta: { param_name: 'redirect_uris' },
};
const valueInvalid = (param: string, value: string) => ({
  code: 'form_param_value_invalid',
  message: 'is invalid',
  long_message: `${value} does not match one of the allowed values for parameter ${param}`,
  meta: { param_name: param },
});

describe('create validation', () => {
  it.each([
    ['an empty object', {}],
    ['a null name', { name: null }],
    ['a blank name', { name: '   ' }],
  ])('answers 422 form_param_missing for %s', async (_label, body) => {
    expect422(await createApp(body), [missingName]);
  });

  it('answers 422 form_param_missing for a POST without body', async () => {
    expect422(await h.api('POST', '/v1/oauth_applications'), [missingName]);
  });

  it('enforces the maximum lengths (256 for name, 1024 for callback_url and scopes)', async () => {
    expect422(await createApp({ name: 'x'.repeat(257) }), [maxLength('name', 256)]);
    expect422(await createApp({ name: 'ok', scopes: 's'.repeat(1025) }), [maxLength('scopes', 1024)]);
    expect422(await createApp({ name: 'ok', callback_url: `https://a.example/${'p'.repeat(1010)}` }), [
      maxLength('callback_url', 1024),
    ]);
    // Length counts characters, not UTF-16 units: 256 emoji are fine.
    expect((await createApp({ name: '😀'.repeat(256) })).status).toBe(200);
  });

  it.each([
    ['no scheme', 'example.com/callback'],
    ['empty string', ''],
    ['only whitespace', '   '],
    ['inner whitespace', 'https://exa mple.com/cb'],
    ['a control character', 'https://example.com/\u0001cb'],
    ['a newline', 'https://example.com/cb\n'],
    ['a bare scheme with empty host', 'http://'],
    ['a relative path', '/callback'],
  ])('rejects a redirect URI with %s', async (_label, uri) => {
    expect422(await createApp({ name: 'ok', redirect_uris: ['https://fine.example/cb', uri] }), [redirectInvalid]);
  });

  it('rejects an invalid callback_url', async () => {
    expect422(await createApp({ name: 'ok', callback_url: 'not a url' }), [
      {
        code: 'form_param_format_invalid',
        message: 'is invalid',
        long_message: 'callback_url must be a valid URL.',
        meta: { param_name: 'callback_url' },
      },
    ]);
  });

  it('answers 422 form_param_type_invalid for wrong JSON types', async () => {
    expect422(await createApp({ name: 5 }), [typeInvalid('name', 'string')]);
    expect422(await createApp({ name: 'ok', redirect_uris: 'https://a.example/cb' }), [
      typeInvalid('redirect_uris', 'array of strings'),
    ]);
    expect422(await createApp({ name: 'ok', redirect_uris: [1] }), [typeInvalid('redirect_uris', 'array of strings')]);
    expect422(await createApp({ name: 'ok', scopes: ['profile'] }), [typeInvalid('scopes', 'string')]);
    expect422(await createApp({ name: 'ok', public: 'true' }), [typeInvalid('public', 'boolean')]);
    expect422(await createApp({ name: 'ok', pkce_required: 1 }), [typeInvalid('pkce_required', 'boolean')]);
    expect422(await createApp({ name: 'ok', consent_screen_enabled: {} }), [
      typeInvalid('consent_screen_enabled', 'boolean'),
    ]);
    expect422(await createApp({ name: 'ok', callback_url: 7 }), [typeInvalid('callback_url', 'string')]);
  });

  it('returns several errors together, in field order', async () => {
    expect422(await createApp({ redirect_uris: ['nope'], scopes: 1, public: 'x' }), [
      missingName,
      redirectInvalid,
      typeInvalid('scopes', 'string'),
      typeInvalid('public', 'boolean'),
    ]);
  });

  it('answers 400 duplicate_record for a redirect URI listed twice', async () => {
    const res = await createApp({ name: 'dup', redirect_uris: ['https://a.example/cb', 'https://a.example/cb'] });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      {
        code: 'duplicate_record',
        message: 'duplicate redirect URI',
        long_message: 'the redirect URI already exists',
        meta: { param_name: 'redirect_uris' },
      },
    ]);
  });

  it.each([
    ['invalid JSON', '{"name":'],
    ['a JSON array', '["name"]'],
    ['a JSON string', '"name"'],
    ['JSON null', 'null'],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
  ])('answers 400 request_body_invalid for %s', async (_label, rawBody) => {
    const res = await h.api('POST', '/v1/oauth_applications', { rawBody });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      {
        code: 'request_body_invalid',
        message: 'Request body invalid',
        long_message: 'The request body is invalid. Please consult the API documentation for more information.',
      },
    ]);
  });

  it('answers 415 unsupported_content_type for a body of another type', async () => {
    const res = await h.api('POST', '/v1/oauth_applications', {
      rawBody: 'name=x',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
    expect(res.json.errors).toEqual([
      {
        code: 'unsupported_content_type',
        message: 'Content-Type is unsupported',
        long_message: 'Content-Type application/x-www-form-urlencoded is unsupported. You should use application/json instead.',
      },
    ]);
  });

  it('accepts application/json with a charset, and a JSON body without Content-Type', async () => {
    const withCharset = await h.api('POST', '/v1/oauth_applications', {
      body: { name: 'charset' },
      contentType: 'Application/JSON; charset=utf-8',
    });
    expect(withCharset.status).toBe(200);
    const raw = await rawRequest(h.origin, {
      method: 'POST',
      path: '/v1/oauth_applications',
      headers: { Authorization: `Bearer ${TEST_KEY}` },
      body: '{"name":"no type"}',
    });
    expect(raw.status).toBe(200);
    expect(JSON.parse(raw.body).name).toBe('no type');
  });

  it('accepts Content-Type: application/json on bodyless requests', async () => {
    for (const [method, path] of [
      ['GET', '/v1/oauth_applications'],
      ['GET', `/v1/oauth_applications/${appId}`],
      ['POST', `/v1/oauth_applications/${appId}/rotate_secret`],
      ['DELETE', `/v1/oauth_applications/${appId}`],
    ] as const) {
      const res = await h.api(method, path, { contentType: 'application/json' });
      expect(res.status, `${method} ${path}`).toBe(200);
    }
  });

  it('answers 413 for a body over 1 MB and closes the connection', async () => {
    const res = await h.api('POST', '/v1/oauth_applications', {
      rawBody: JSON.stringify({ name: 'big', scopes: 'x'.repeat(1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.json.errors[0].code).toBe('request_body_too_large');
    expect(res.headers.get('connection')).toBe('close');
  });
});

describe('update validation', () => {
  it('answers 422 form_param_unknown for each unknown field', async () => {
    expect422(await updateApp({ name: 'x', client_secret: 'abc', color: 'red' }), [
      {
        code: 'form_param_unknown',
        message: 'is unknown',
        long_message: 'client_secret is not a valid parameter for this request.',
        meta: { param_name: 'client_secret' },
      },
      {
        code: 'form_param_unknown',
        message: 'is unknown',
        long_message: 'color is not a valid parameter for this request.',
        meta: { param_name: 'color' },
      },
    ]);
    const unchanged = await h.api('GET', `/v1/oauth_applications/${appId}`);
    expect(unchanged.json.name).toBe('Target');
  });

  it('validates types, lengths and URIs like create', async () => {
    expect422(await updateApp({ name: 'x'.repeat(257), redirect_uris: ['bad'], public: 1, access_token_ttl: 'long' }), [
      maxLength('name', 256),
      redirectInvalid,
      typeInvalid('public', 'boolean'),
      typeInvalid('access_token_ttl', 'integer'),
    ]);
    expect422(await updateApp({ name: '' }), [missingName]);
  });

  it('checks the body before the id, and the id before the fields', async () => {
    const unknownId = '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u';
    const badJson = await h.api('PATCH', unknownId, { rawBody: '{' });
    expect(badJson.status).toBe(400);
    const badField = await h.api('PATCH', unknownId, { body: { nope: 1 } });
    expect(badField.status).toBe(404);
  });

  it('answers 400 for a non-object body', async () => {
    const res = await h.api('PATCH', `/v1/oauth_applications/${appId}`, { rawBody: '[1,2]' });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].code).toBe('request_body_invalid');
  });
});

describe('list query validation', () => {
  it.each([
    ['limit', '0'],
    ['limit', '501'],
    ['limit', '-1'],
    ['limit', '1.5'],
    ['limit', 'ten'],
    ['limit', ''],
    ['offset', '-1'],
    ['offset', '2.5'],
    ['offset', 'x'],
    ['order_by', 'updated_at'],
    ['order_by', '*name'],
    ['order_by', '--name'],
  ])('answers 422 form_param_value_invalid for %s=%s', async (param, value) => {
    const res = await h.api('GET', `/v1/oauth_applications?${param}=${encodeURIComponent(value)}`);
    expect422(res, [valueInvalid(param, value)]);
  });

  it('returns all query errors together', async () => {
    const res = await h.api('GET', '/v1/oauth_applications?limit=0&offset=-2&order_by=age');
    expect422(res, [valueInvalid('limit', '0'), valueInvalid('offset', '-2'), valueInvalid('order_by', 'age')]);
  });

  it('accepts the boundaries and the Go SDK filter', async () => {
    for (const query of ['limit=1', 'limit=500', 'offset=0', 'offset=100000', 'order_by=', 'dynamically_registered=false']) {
      const res = await h.api('GET', `/v1/oauth_applications?${query}`);
      expect(res.status, query).toBe(200);
    }
    const dynamic = await h.api('GET', '/v1/oauth_applications?dynamically_registered=true');
    expect(dynamic.json).toEqual({ data: [], total_count: 0 });
  });
});
