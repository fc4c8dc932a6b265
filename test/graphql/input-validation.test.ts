import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication, DeleteApplication, GetApplication, ListApplications, NodeLookup, NodesLookup, RotateSecret, UpdateApplication } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';
import { encodeOffsetCursor } from '../../src/graphql/pagination.js';

/** Input the gateway can judge itself never reaches Clerk: each case asserts zero upstream calls. */
let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

const HOSTILE_IDS = [
  '../oauth_applications',
  // A well-formed id with a path before it (the pattern's ^ anchor) or after it (its $ anchor).
  '../oa_abc',
  'x/oa_abc',
  'oa_abc/..',
  'oa_abc/../../x',
  'oa_abc?limit=500',
  'oa_abc%2F..%2Fx',
  'oa_abc\r\nX-Injected: 1',
  'oa_',
  '',
  'oa_abc def',
  'user_2abc',
];
const ID_PROBLEM = (field: string) => ({
  field,
  code: 'form_param_format_invalid',
  message: `${field} must be a Clerk OAuth application id (oa_ followed by letters and digits).`,
});

/** URIs with a valid scheme and white space or a control character after it. */
const HOSTILE_URIS = [
  'https://a.example/ cb',
  'https://a.example/\r\nX: 1',
  'https://a.example/\ncb',
  'https://a.example/\tcb',
  'https://a.example/\u0000cb',
  'https://a.example/\u007fcb',
  'https://a.example/\u00a0cb',
  'https://a.example/cb ',
];

/** Control characters refused in names and name queries (every C0 control but tab, LF and CR, and DEL). */
const REFUSED_NAME_CHARACTERS = ['\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u000e', '\u001b', '\u001f', '\u007f'];

const uriOfLength = (length: number): string => `https://a.example/${'p'.repeat(length - 'https://a.example/'.length)}`;
const distinctUris = (count: number): string[] => Array.from({ length: count }, (_, index) => `https://a.example/cb/${index}`);

/** The request reached Clerk exactly once, as the given operation. */
function expectOneClerkCall(operationId: string): void {
  expect(harness.upstreamCalls(operationId)).toBe(1);
  expect(harness.upstreamCalls()).toBe(1);
}

/** An application made directly in the emulator, with the counters reset afterwards. */
async function existingApplicationId(): Promise<string> {
  const id = (await harness.clerk.oauthApplications.create({ name: 'Existing' })).id;
  harness.emulator.resetStats();
  return id;
}

describe('rejected before Clerk', () => {
  it.each([
    [{ limit: 0 }, 'limit', 'form_param_value_invalid'],
    [{ limit: 501 }, 'limit', 'form_param_value_invalid'],
    [{ limit: 100000 }, 'limit', 'form_param_value_invalid'],
    [{ offset: -1 }, 'offset', 'form_param_value_invalid'],
    [{ offset: 1, after: encodeOffsetCursor(3) }, 'after', 'form_param_value_invalid'],
    [{ after: 'not-a-cursor' }, 'after', 'form_param_format_invalid'],
    [{ after: Buffer.from('offset:-5').toString('base64url') }, 'after', 'form_param_format_invalid'],
    [{ nameQuery: 'x'.repeat(257) }, 'nameQuery', 'form_param_max_length_exceeded'],
    [{ retries: { strategy: 'BACKOFF' as const, initialIntervalMs: -1 } }, 'retries.initialIntervalMs', 'form_param_value_invalid'],
    [{ retries: { strategy: 'BACKOFF' as const, exponent: 0.5 } }, 'retries.exponent', 'form_param_value_invalid'],
  ])('list %j → ValidationError on %s', async (variables, field, code) => {
    const response = await harness.execute(ListApplications, variables);
    const error = asType(response.data?.oauthApplications, 'ValidationError');
    expect(error.code).toBe('invalid_input');
    expect(error.fieldErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('lists every problem at once', async () => {
    const response = await harness.execute(ListApplications, { limit: 0, offset: -3 });
    expect(asType(response.data?.oauthApplications, 'ValidationError').fieldErrors.map((error) => error.field)).toEqual(['limit', 'offset']);
  });

  it.each(HOSTILE_IDS)('id %j is refused by every operation taking an id', async (id) => {
    const get = await harness.execute(GetApplication, { id });
    expect(asType(get.data?.oauthApplication, 'ValidationError').fieldErrors).toEqual([ID_PROBLEM('id')]);
    const update = await harness.execute(UpdateApplication, { input: { id, name: 'x' } });
    expect(asType(update.data?.updateOAuthApplication, 'ValidationError').fieldErrors).toEqual([ID_PROBLEM('input.id')]);
    const remove = await harness.execute(DeleteApplication, { input: { id } });
    expect(asType(remove.data?.deleteOAuthApplication, 'ValidationError').fieldErrors).toEqual([ID_PROBLEM('input.id')]);
    const rotate = await harness.execute(RotateSecret, { input: { id } });
    expect(asType(rotate.data?.rotateOAuthApplicationSecret, 'ValidationError').fieldErrors).toEqual([ID_PROBLEM('input.id')]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it.each(HOSTILE_IDS)('node id %j names no object and is never looked up', async (id) => {
    const node = await harness.execute(NodeLookup, { id });
    expect(node.errors).toBeUndefined();
    expect(node.data?.node).toBeNull();
    const nodes = await harness.execute(NodesLookup, { ids: [id] });
    expect(nodes.data?.nodes).toEqual([null]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('lets a well-formed id through to Clerk, which answers for it', async () => {
    const id = await existingApplicationId();
    const get = await harness.execute(GetApplication, { id });
    expect(asType(get.data?.oauthApplication, 'OAuthApplication').id).toBe(id);
    expectOneClerkCall('GetOAuthApplication');
    harness.emulator.resetStats();
    const unknown = await harness.execute(GetApplication, { id: `oa_${'Z9'.repeat(32)}` });
    asType(unknown.data?.oauthApplication, 'NotFoundError');
    expectOneClerkCall('GetOAuthApplication');
  });

  it.each(HOSTILE_URIS)('redirect URI %j (white space or a control character after the scheme) is refused on create and update', async (uri) => {
    const create = await harness.execute(CreateApplication, { input: { name: 'Hostile URI', redirectUris: ['https://ok.example/cb', uri], callbackUrl: uri } });
    expect(asType(create.data?.createOAuthApplication, 'ValidationError').fieldErrors.map((fieldError) => [fieldError.field, fieldError.code])).toEqual([
      ['input.redirectUris.1', 'form_param_format_invalid'],
      ['input.callbackUrl', 'form_param_format_invalid'],
    ]);
    const id = await existingApplicationId();
    const update = await harness.execute(UpdateApplication, { input: { id, redirectUris: [uri], callbackUrl: uri } });
    expect(asType(update.data?.updateOAuthApplication, 'ValidationError').fieldErrors.map((fieldError) => [fieldError.field, fieldError.code])).toEqual([
      ['input.redirectUris.0', 'form_param_format_invalid'],
      ['input.callbackUrl', 'form_param_format_invalid'],
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it.each(REFUSED_NAME_CHARACTERS)('a name or name query holding control character %j is refused', async (control) => {
    const name = `Name${control}X`;
    const create = await harness.execute(CreateApplication, { input: { name } });
    expect(asType(create.data?.createOAuthApplication, 'ValidationError').fieldErrors).toEqual([
      { field: 'input.name', code: 'form_param_format_invalid', message: 'input.name must not contain control characters.' },
    ]);
    const id = await existingApplicationId();
    const update = await harness.execute(UpdateApplication, { input: { id, name } });
    expect(asType(update.data?.updateOAuthApplication, 'ValidationError').fieldErrors).toEqual([
      { field: 'input.name', code: 'form_param_format_invalid', message: 'input.name must not contain control characters.' },
    ]);
    const list = await harness.execute(ListApplications, { nameQuery: name });
    expect(asType(list.data?.oauthApplications, 'ValidationError').fieldErrors).toEqual([
      { field: 'nameQuery', code: 'form_param_format_invalid', message: 'nameQuery must not contain control characters.' },
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('refuses more than 100 redirect URIs as one problem, before judging each', async () => {
    const create = await harness.execute(CreateApplication, { input: { name: 'Too many URIs', redirectUris: distinctUris(101) } });
    expect(asType(create.data?.createOAuthApplication, 'ValidationError').fieldErrors).toEqual([
      { field: 'input.redirectUris', code: 'form_param_array_size_exceeded', message: 'input.redirectUris should not exceed 100 items.' },
    ]);
    const id = await existingApplicationId();
    const update = await harness.execute(UpdateApplication, { input: { id, redirectUris: [...distinctUris(100), 'not a uri'] } });
    expect(asType(update.data?.updateOAuthApplication, 'ValidationError').fieldErrors.map((fieldError) => [fieldError.field, fieldError.code])).toEqual([
      ['input.redirectUris', 'form_param_array_size_exceeded'],
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('refuses an empty scope', async () => {
    const response = await harness.execute(CreateApplication, { input: { name: 'Empty scope', scopes: ['profile', ''] } });
    expect(asType(response.data?.createOAuthApplication, 'ValidationError').fieldErrors).toEqual([
      { field: 'input.scopes.1', code: 'form_param_format_invalid', message: 'input.scopes.1 must be a non-empty scope without spaces.' },
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it.each([
    ['a 257-character name', { input: { name: 'n'.repeat(257) } }, 'input.name', 'form_param_max_length_exceeded'],
    ['a 1025-character redirect URI', { input: { name: 'Long URI', redirectUris: [uriOfLength(1025)] } }, 'input.redirectUris.0', 'form_param_max_length_exceeded'],
    ['a 1025-character callback URL', { input: { name: 'Long URL', callbackUrl: uriOfLength(1025) } }, 'input.callbackUrl', 'form_param_max_length_exceeded'],
    // 512 + 1 + 512: 1025 characters once joined with the space Clerk's scope string uses.
    ['scopes of 1025 characters once joined', { input: { name: 'Long scopes', scopes: ['a'.repeat(512), 'b'.repeat(512)] } }, 'input.scopes', 'form_param_max_length_exceeded'],
  ])('refuses %s on create', async (_what, variables, field, code) => {
    const response = await harness.execute(CreateApplication, variables);
    expect(asType(response.data?.createOAuthApplication, 'ValidationError').fieldErrors).toEqual([expect.objectContaining({ field, code })]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('refuses a 257-character name on update', async () => {
    const id = await existingApplicationId();
    const response = await harness.execute(UpdateApplication, { input: { id, name: 'n'.repeat(257) } });
    expect(asType(response.data?.updateOAuthApplication, 'ValidationError').fieldErrors).toEqual([
      { field: 'input.name', code: 'form_param_max_length_exceeded', message: 'input.name should not exceed 256 characters.' },
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('refuses over-long strings, invalid redirect URIs and scopes with spaces on create', async () => {
    const response = await harness.execute(CreateApplication, {
      input: {
        name: 'n'.repeat(257),
        redirectUris: ['https://ok.example/cb', 'not a uri', 'no-scheme.example/cb', 'javascript\n:alert(1)', `https://${'a'.repeat(1100)}.example`],
        callbackUrl: '://missing-scheme',
        scopes: ['profile', 'two words'],
      },
    });
    const error = asType(response.data?.createOAuthApplication, 'ValidationError');
    expect(error.fieldErrors.map((fieldError) => [fieldError.field, fieldError.code])).toEqual([
      ['input.name', 'form_param_max_length_exceeded'],
      ['input.redirectUris.1', 'form_param_format_invalid'],
      ['input.redirectUris.2', 'form_param_format_invalid'],
      ['input.redirectUris.3', 'form_param_format_invalid'],
      ['input.redirectUris.4', 'form_param_max_length_exceeded'],
      ['input.callbackUrl', 'form_param_format_invalid'],
      ['input.scopes.1', 'form_param_format_invalid'],
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('accepts any URI scheme, as Clerk does', async () => {
    const response = await harness.execute(CreateApplication, { input: { name: 'Schemes', redirectUris: ['myapp://callback', 'http://localhost:3000/cb', 'com.example.app:/oauth'] } });
    expect(asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication.redirectUris).toHaveLength(3);
  });

  it('refuses invalid fields on update with their input paths', async () => {
    const id = (await harness.clerk.oauthApplications.create({ name: 'Valid' })).id;
    harness.emulator.resetStats();
    const response = await harness.execute(UpdateApplication, { input: { id, name: 'x'.repeat(300), redirectUris: ['bad uri'] } });
    expect(asType(response.data?.updateOAuthApplication, 'ValidationError').fieldErrors.map((fieldError) => fieldError.field)).toEqual([
      'input.name',
      'input.redirectUris.0',
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });
});

describe('accepted up to the limits and sent to Clerk', () => {
  it.each([
    ['limit 1', { limit: 1 }],
    ['limit 500', { limit: 500 }],
    ['offset 0', { offset: 0 }],
    ['a 256-character nameQuery', { nameQuery: 'q'.repeat(256) }],
    ['all of them at once', { limit: 500, offset: 0, nameQuery: 'q'.repeat(256) }],
  ])('list with %s reaches Clerk and returns a page', async (_what, variables) => {
    const response = await harness.execute(ListApplications, variables);
    asType(response.data?.oauthApplications, 'OAuthApplicationConnection');
    expectOneClerkCall('ListOAuthApplications');
  });

  it('a limit of 500 returns up to 500 applications', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, index) => harness.clerk.oauthApplications.create({ name: `Page filler ${index}` })));
    harness.emulator.resetStats();
    const response = await harness.execute(ListApplications, { limit: 500, orderBy: { field: 'NAME', direction: 'ASC' } });
    const connection = asType(response.data?.oauthApplications, 'OAuthApplicationConnection');
    expect(connection.nodes.length).toBe(Math.min(connection.totalCount, 500));
    expect(connection.nodes.length).toBeGreaterThan(10);
    expectOneClerkCall('ListOAuthApplications');
  });

  it('a name of exactly 256 characters is created and renamed to', async () => {
    const name = 'n'.repeat(256);
    const create = await harness.execute(CreateApplication, { input: { name } });
    const created = asType(create.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication;
    expect(created.name).toBe(name);
    expectOneClerkCall('CreateOAuthApplication');
    const id = await existingApplicationId();
    const update = await harness.execute(UpdateApplication, { input: { id, name: `${'m'.repeat(255)}!` } });
    expect(asType(update.data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload').oauthApplication.name).toBe(`${'m'.repeat(255)}!`);
    expectOneClerkCall('UpdateOAuthApplication');
  });

  it('a name may hold tab, LF and CR, on create and update, and a name query too', async () => {
    const name = 'Tab\there\nLF\r\nCRLF';
    const create = await harness.execute(CreateApplication, { input: { name } });
    const created = asType(create.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication;
    expect(created.name).toBe(name);
    expectOneClerkCall('CreateOAuthApplication');
    const id = await existingApplicationId();
    const update = await harness.execute(UpdateApplication, { input: { id, name: `${name}!` } });
    expect(asType(update.data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload').oauthApplication.name).toBe(`${name}!`);
    expectOneClerkCall('UpdateOAuthApplication');
    harness.emulator.resetStats();
    const list = await harness.execute(ListApplications, { nameQuery: 'tab\there\nlf\r\n', limit: 500 });
    const found = asType(list.data?.oauthApplications, 'OAuthApplicationConnection').nodes.map((node) => node.id);
    expect(found).toEqual(expect.arrayContaining([created.id, id]));
    expectOneClerkCall('ListOAuthApplications');
  });

  it('exactly 100 redirect URIs are created and set on update', async () => {
    const create = await harness.execute(CreateApplication, { input: { name: 'Hundred URIs', redirectUris: distinctUris(100) } });
    expect(asType(create.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication.redirectUris).toEqual(distinctUris(100));
    expectOneClerkCall('CreateOAuthApplication');
    const id = await existingApplicationId();
    const update = await harness.execute(UpdateApplication, { input: { id, redirectUris: distinctUris(100).reverse() } });
    expect(asType(update.data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload').oauthApplication.redirectUris).toEqual(distinctUris(100).reverse());
    expectOneClerkCall('UpdateOAuthApplication');
  });

  it('a redirect URI and a callback URL of exactly 1024 characters are accepted', async () => {
    const uri = uriOfLength(1024);
    expect(uri).toHaveLength(1024);
    const withList = await harness.execute(CreateApplication, { input: { name: 'Long URI', redirectUris: [uri] } });
    expect(asType(withList.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication.redirectUris).toEqual([uri]);
    expectOneClerkCall('CreateOAuthApplication');
    harness.emulator.resetStats();
    const withCallback = await harness.execute(CreateApplication, { input: { name: 'Long callback', callbackUrl: uri } });
    expect(asType(withCallback.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication.callbackUrl).toBe(uri);
    expectOneClerkCall('CreateOAuthApplication');
  });

  it('scopes of exactly 1024 characters once joined are accepted', async () => {
    // 511 + 1 + 512 = 1024.
    const scopes = ['a'.repeat(511), 'b'.repeat(512)];
    const response = await harness.execute(CreateApplication, { input: { name: 'Long scopes', scopes } });
    const created = asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication;
    expect(created.scopes).toEqual(scopes);
    expect(harness.emulator.state().applications.find((app) => app.id === created.id)?.scopes).toHaveLength(1024);
    expectOneClerkCall('CreateOAuthApplication');
  });
});
