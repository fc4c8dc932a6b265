import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/emulator.js';
import { startEmulator, TEST_KEY, type Harness } from './helpers.js';

const SECOND_KEY = 'sk_live_secondKeyForRotationTests000000000000000';
let h: Harness;

beforeAll(async () => {
  h = await startEmulator({ secretKeys: [TEST_KEY, SECOND_KEY] });
});
afterAll(() => h.close());

const formatInvalid = [
  {
    code: 'authorization_header_format_invalid',
    message: 'Invalid Authorization header format',
    long_message: "Invalid Authorization header format. Must be 'Bearer <YOUR_API_KEY>'",
  },
];
const keyInvalid = [
  {
    code: 'clerk_key_invalid',
    message: 'The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.',
    long_message: 'The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.',
  },
];

describe('authentication', () => {
  it.each([
    ['no header', null],
    ['an empty header', ''],
    ['a Basic scheme', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['a bare key', TEST_KEY],
    ['Bearer without key', 'Bearer '],
    ['Bearer with two tokens', `Bearer ${TEST_KEY} extra`],
  ])('answers 401 authorization_header_format_invalid for %s', async (_label, auth) => {
    const res = await h.api('GET', '/v1/oauth_applications', { auth });
    expect(res.status).toBe(401);
    expect(res.json.errors).toEqual(formatInvalid);
  });

  it.each([
    ['an unknown key', 'Bearer sk_test_unknown'],
    ['a near miss', `Bearer ${TEST_KEY.slice(0, -1)}X`],
  ])('answers 401 clerk_key_invalid for %s', async (_label, auth) => {
    const res = await h.api('GET', '/v1/oauth_applications', { auth });
    expect(res.status).toBe(401);
    expect(res.json.errors).toEqual(keyInvalid);
  });

  it('checks auth before routing and validation', async () => {
    for (const [method, path] of [
      ['GET', '/v1/does-not-exist'],
      ['POST', '/v1/oauth_applications'],
      ['PUT', '/v1/oauth_applications'],
      ['GET', '/v1/oauth_applications?limit=0'],
      ['DELETE', '/v1/oauth_applications/nope'],
    ] as const) {
      const body = method === 'GET' ? {} : { body: { bogus: true } };
      const res = await h.api(method, path, { auth: 'Bearer wrong', ...body });
      expect(res.status, `${method} ${path}`).toBe(401);
      expect(res.json.errors[0].code).toBe('clerk_key_invalid');
    }
  });

  it('accepts every configured key and a lower-case scheme', async () => {
    expect((await h.api('GET', '/v1/oauth_applications', { auth: `Bearer ${SECOND_KEY}` })).status).toBe(200);
    expect((await h.api('GET', '/v1/oauth_applications', { auth: `bearer ${TEST_KEY}` })).status).toBe(200);
  });

  it('generates a random sk_test_ key when none is configured', async () => {
    const emulator = createEmulator();
    expect(emulator.secretKeys).toHaveLength(1);
    expect(emulator.secretKeys[0]).toMatch(/^sk_test_[0-9A-Za-z]{40}$/);
    expect(emulator.instanceId).toMatch(/^ins_[0-9A-Za-z]{27}$/);
    expect(createEmulator().secretKeys[0]).not.toBe(emulator.secretKeys[0]);
  });

  it('refuses an empty key list or a key with whitespace', () => {
    expect(() => createEmulator({ secretKeys: [] })).toThrow(TypeError);
    expect(() => createEmulator({ secretKeys: ['sk_test_a b'] })).toThrow(TypeError);
  });
});

describe('API version', () => {
  it.each(['2021-02-05', '2024-10-01', '2025-04-10', '2025-11-10', '2026-05-12'])(
    'accepts Clerk-API-Version %s',
    async (version) => {
      const res = await h.api('GET', '/v1/oauth_applications', { headers: { 'Clerk-API-Version': version } });
      expect(res.status).toBe(200);
    },
  );

  it('accepts the version as query parameter', async () => {
    const res = await h.api('GET', '/v1/oauth_applications?__clerk_api_version=2025-11-10');
    expect(res.status).toBe(200);
  });

  it.each([
    ['an unknown version header', '/v1/oauth_applications', { 'Clerk-API-Version': '2020-01-01' }],
    ['garbage', '/v1/oauth_applications', { 'Clerk-API-Version': 'latest' }],
    ['an unknown query version', '/v1/oauth_applications?__clerk_api_version=1999-01-01', {}],
    ['header and query together', '/v1/oauth_applications?__clerk_api_version=2026-05-12', { 'Clerk-API-Version': '2026-05-12' }],
  ])('answers 400 api_version_invalid for %s', async (_label, path, headers) => {
    const res = await h.api('GET', path, { headers });
    expect(res.status).toBe(400);
    expect(res.json.errors[0].code).toBe('api_version_invalid');
  });
});
