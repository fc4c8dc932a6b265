import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication, DeleteApplication, GetApplication, ListApplications, RotateSecret, UpdateApplication } from '../support/documents.js';
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

const HOSTILE_IDS = ['../oauth_applications', 'oa_abc/../../x', 'oa_abc?limit=500', 'oa_abc%2F..%2Fx', 'oa_abc\r\nX-Injected: 1', 'oa_', '', 'oa_abc def', 'user_2abc'];

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
    expect(asType(get.data?.oauthApplication, 'ValidationError').fieldErrors[0]?.field).toBe('id');
    const update = await harness.execute(UpdateApplication, { input: { id, name: 'x' } });
    expect(asType(update.data?.updateOAuthApplication, 'ValidationError').fieldErrors[0]?.field).toBe('input.id');
    const remove = await harness.execute(DeleteApplication, { input: { id } });
    expect(asType(remove.data?.deleteOAuthApplication, 'ValidationError').fieldErrors[0]?.field).toBe('input.id');
    const rotate = await harness.execute(RotateSecret, { input: { id } });
    expect(asType(rotate.data?.rotateOAuthApplicationSecret, 'ValidationError').fieldErrors[0]?.field).toBe('input.id');
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
