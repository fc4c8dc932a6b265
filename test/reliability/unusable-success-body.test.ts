/**
 * A 2xx from Clerk whose body the gateway cannot use (not JSON, another shape, a missing or mistyped
 * field, a non-JSON Content-Type) is never a masked "Unexpected error.". A read is the typed
 * UpstreamError without outcomeUnknown. A write Clerk acted on is not sent again and is
 * UpstreamError with outcomeUnknown, except where the gateway can do better: a create is found
 * again and answered with a fresh secret, a rotation is sent again (the secret in the lost answer is
 * void either way); with a single attempt (strategy NONE) those too end as UpstreamError. Over
 * loopback HTTP, through the gateway, against the emulator's successBody fault.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OAuthApplicationJson } from '../../src/clerk/resources/oauth-applications.js';
import type { OperationId } from '../../src/emulator/routes.js';
import { CreateApplication, DeleteApplication, GetApplication, ListApplications, RotateSecret, UpdateApplication } from '../support/documents.js';
import { type GatewayHarness, startGatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

let harness: GatewayHarness;
/** A complete application as Clerk sends it, to break one field at a time. */
let wireApp: OAuthApplicationJson;

beforeAll(async () => {
  harness = await startGatewayHarness();
  const created = await harness.clerk.oauthApplications.create({ name: 'Wire shape' });
  wireApp = await harness.clerk.oauthApplications.get(created.id);
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.emulator.resetStats();
});

function answerWith(operation: OperationId, body: string, options: { contentType?: string; times?: number } = {}): void {
  harness.emulator.faults.enqueue({ kind: 'successBody', body, operations: [operation], ...options });
}

const withField = (field: string, value: unknown): string => JSON.stringify({ ...wireApp, [field]: value });
const withoutField = (field: string): string => JSON.stringify({ ...wireApp, [field]: undefined });
const appsNamed = (name: string) => harness.emulator.state().applications.filter((app) => app.name === name);
const UNUSABLE = { code: 'upstream_response_invalid', status: 200 };

const CREATE_BODIES = [
  ['an incomplete application', '{"object":"oauth_application","id":"oa_x"}', undefined],
  ['an HTML page', '<html><body>OK</body></html>', 'text/html'],
  ['the application with a non-JSON Content-Type', 'SELF', 'text/plain'],
  ['created_at as a string', 'CREATED_AT_STRING', undefined],
] as const;
const createBody = (body: string): string => (body === 'SELF' ? JSON.stringify(wireApp) : body === 'CREATED_AT_STRING' ? withField('created_at', '1700000000000') : body);
const SINGLE_ATTEMPT = { strategy: 'NONE' as const };

describe('a create answered 2xx with an unusable body: found again, never sent twice', () => {
  it.each(CREATE_BODIES)('create answered with %s: answered as created, with the secret Clerk now holds', async (label, body, contentType) => {
    const name = `Create ${label}`;
    answerWith('CreateOAuthApplication', createBody(body), contentType === undefined ? {} : { contentType });
    const response = await harness.execute(CreateApplication, { input: { name } });
    expect(response.errors).toBeUndefined();
    const payload = asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
    expect(appsNamed(name)).toHaveLength(1);
    expect(payload.oauthApplication.id).toBe(appsNamed(name)[0]!.id);
    expect(appsNamed(name)[0]!.client_secret).toBe(payload.clientSecret);
  });

  it.each(CREATE_BODIES)('create answered with %s, with a single attempt: UpstreamError, outcomeUnknown', async (label, body, contentType) => {
    const name = `Single create ${label}`;
    answerWith('CreateOAuthApplication', createBody(body), contentType === undefined ? {} : { contentType });
    const response = await harness.execute(CreateApplication, { input: { name }, retries: SINGLE_ATTEMPT });
    expect(response.errors).toBeUndefined();
    expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: true });
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
    expect(appsNamed(name)).toHaveLength(1);
  });
});

describe('an update, rotation or deletion answered 2xx with an unusable body', () => {
  it('update answered with scopes of the wrong type', async () => {
    answerWith('UpdateOAuthApplication', withField('scopes', 7));
    const response = await harness.execute(UpdateApplication, { input: { id: wireApp.id, name: 'Renamed once' } });
    expect(response.errors).toBeUndefined();
    expect(asType(response.data?.updateOAuthApplication, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: true });
    expect(harness.upstreamCalls('UpdateOAuthApplication')).toBe(1);
    expect(appsNamed('Renamed once')).toHaveLength(1);
  });

  it('update answered with a non-JSON body', async () => {
    answerWith('UpdateOAuthApplication', 'OK', { contentType: 'text/plain' });
    const response = await harness.execute(UpdateApplication, { input: { id: wireApp.id, name: 'Renamed twice' } });
    expect(asType(response.data?.updateOAuthApplication, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: true });
    expect(harness.upstreamCalls('UpdateOAuthApplication')).toBe(1);
  });

  it('rotate answered with an incomplete application: rotated again, and the secret answered is the one Clerk holds', async () => {
    const lost = 'SecretThatMustNotBeEchoed0123456';
    answerWith('RotateOAuthApplicationSecret', JSON.stringify({ object: 'oauth_application', id: wireApp.id, client_secret: lost }));
    const response = await harness.execute(RotateSecret, { input: { id: wireApp.id } });
    expect(response.errors).toBeUndefined();
    const payload = asType(response.data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(2);
    expect(harness.emulator.state().applications.find((app) => app.id === wireApp.id)?.client_secret).toBe(payload.clientSecret);
    expect(response.raw).not.toContain(lost);
  });

  it('rotate answered with an incomplete application, with a single attempt: UpstreamError, and the secret is not shown', async () => {
    const secret = 'SecretThatMustNotBeEchoed0123456';
    answerWith('RotateOAuthApplicationSecret', JSON.stringify({ object: 'oauth_application', id: wireApp.id, client_secret: secret }));
    const response = await harness.execute(RotateSecret, { input: { id: wireApp.id }, retries: SINGLE_ATTEMPT });
    expect(response.errors).toBeUndefined();
    expect(asType(response.data?.rotateOAuthApplicationSecret, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: true });
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(1);
    expect(response.raw).not.toContain(secret);
  });

  it.each([
    ['an empty object', '{}'],
    ['deleted as a string', '{"object":"oauth_application","deleted":"yes"}'],
    ['deleted: false', '{"object":"oauth_application","id":"oa_x","deleted":false}'],
    ['an empty body', ''],
  ])('delete answered with %s', async (_label, body) => {
    const doomed = await harness.clerk.oauthApplications.create({ name: `Delete ${_label}` });
    harness.emulator.resetStats();
    answerWith('DeleteOAuthApplication', body);
    const response = await harness.execute(DeleteApplication, { input: { id: doomed.id } });
    expect(response.errors).toBeUndefined();
    expect(asType(response.data?.deleteOAuthApplication, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: true });
    expect(harness.upstreamCalls('DeleteOAuthApplication')).toBe(1);
    expect(appsNamed(`Delete ${_label}`)).toHaveLength(0);
  });
});

describe('a read answered 2xx with an unusable body: UpstreamError without outcomeUnknown', () => {
  const noRetry = { strategy: 'NONE' as const };

  it.each([
    ['one bad item in data', () => JSON.stringify({ data: [wireApp, { ...wireApp, id: 'oa_other', redirect_uris: 'https://x' }], total_count: 2 })],
    ['total_count as a string', () => JSON.stringify({ data: [wireApp], total_count: '1' })],
    ['total_count beyond a GraphQL Int', () => JSON.stringify({ data: [wireApp], total_count: 2 ** 31 })],
    ['data missing', () => JSON.stringify({ total_count: 1 })],
    ['an application instead of a list', () => JSON.stringify(wireApp)],
  ])('list answered with %s', async (_label, body) => {
    answerWith('ListOAuthApplications', body());
    const response = await harness.execute(ListApplications, { retries: noRetry });
    expect(response.errors).toBeUndefined();
    expect(asType(response.data?.oauthApplications, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: false });
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(1);
  });

  it.each([
    ['created_at missing', () => withoutField('created_at'), undefined],
    ['updated_at beyond any date', () => withField('updated_at', 9e15), undefined],
    ['public as a string', () => withField('public', 'false'), undefined],
    ['an empty id', () => withField('id', ''), undefined],
    ['the application as text/html', () => JSON.stringify(wireApp), 'text/html'],
    ['null', () => 'null', undefined],
  ])('get answered with %s', async (_label, body, contentType) => {
    answerWith('GetOAuthApplication', body(), contentType === undefined ? {} : { contentType });
    const response = await harness.execute(GetApplication, { id: wireApp.id, retries: noRetry });
    expect(response.errors).toBeUndefined();
    expect(asType(response.data?.oauthApplication, 'UpstreamError')).toMatchObject({ ...UNUSABLE, outcomeUnknown: false });
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(1);
  });

  it('is retried like a 5xx: a bad body met once is followed by the good one', async () => {
    answerWith('GetOAuthApplication', withoutField('scopes'));
    const response = await harness.execute(GetApplication, {
      id: wireApp.id,
      retries: { strategy: 'BACKOFF', initialIntervalMs: 10, maxIntervalMs: 20, maxElapsedTimeMs: 5_000 },
    });
    expect(asType(response.data?.oauthApplication, 'OAuthApplication').id).toBe(wireApp.id);
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(2);
  });

  it('a complete body with extra fields and a JSON Content-Type with parameters is accepted', async () => {
    answerWith('GetOAuthApplication', JSON.stringify({ ...wireApp, some_new_field: { nested: true } }), { contentType: 'application/json; charset=utf-8' });
    const response = await harness.execute(GetApplication, { id: wireApp.id, retries: noRetry });
    expect(asType(response.data?.oauthApplication, 'OAuthApplication').name).toBe(wireApp.name);
  });
});
