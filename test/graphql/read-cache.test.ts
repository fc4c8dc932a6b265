import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import { useReadCache } from '../../src/http/read-cache.js';
import { CreateApplication, DeleteApplication, GetApplication, ListApplications, RotateSecret } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

/** The opt-in read cache: per caller, never for failures or secrets, dropped by every mutation. */
const ALICE = { authorization: 'Bearer alice-token-0123456789abcdef' };
const BOB = { authorization: 'Bearer bob-token-0123456789abcdefgh' };
let harness: GatewayHarness;
let appId: string;

beforeAll(async () => {
  harness = await startGatewayHarness({
    callerAuth: { mode: 'tokens', tokens: ['alice-token-0123456789abcdef', 'bob-token-0123456789abcdefgh'] },
    gateway: { plugins: useReadCache({ cache: createInMemoryCache(), ttlMs: 60_000 }) },
  });
  appId = (await harness.clerk.oauthApplications.create({ name: 'Cached app' })).id;
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

describe('read cache', () => {
  it('answers a repeated read from the cache, per caller', async () => {
    const first = await harness.execute(ListApplications, { limit: 5 }, ALICE);
    const second = await harness.execute(ListApplications, { limit: 5 }, ALICE);
    expect(second.data).toEqual(first.data);
    expect(harness.upstreamCalls()).toBe(1);
    await harness.execute(ListApplications, { limit: 5 }, BOB);
    expect(harness.upstreamCalls()).toBe(2);
  });

  it('drops cached reads after a mutation, so a create shows in the next list', async () => {
    const before = asType((await harness.execute(ListApplications, { limit: 50 }, ALICE)).data?.oauthApplications, 'OAuthApplicationConnection');
    await harness.execute(CreateApplication, { input: { name: 'Appears at once' } }, BOB);
    const after = asType((await harness.execute(ListApplications, { limit: 50 }, ALICE)).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.nodes.map((node) => node.name)).toContain('Appears at once');
  });

  it('drops a cached application after a delete', async () => {
    const doomed = (await harness.clerk.oauthApplications.create({ name: 'Doomed' })).id;
    asType((await harness.execute(GetApplication, { id: doomed }, ALICE)).data?.oauthApplication, 'OAuthApplication');
    await harness.execute(DeleteApplication, { input: { id: doomed } }, ALICE);
    asType((await harness.execute(GetApplication, { id: doomed }, ALICE)).data?.oauthApplication, 'NotFoundError');
  });

  it('never keeps a failure', async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 500, operations: ['GetOAuthApplication'] });
    const failed = await harness.execute(GetApplication, { id: appId, retries: { strategy: 'NONE' } }, ALICE);
    asType(failed.data?.oauthApplication, 'UpstreamError');
    const retried = await harness.execute(GetApplication, { id: appId, retries: { strategy: 'NONE' } }, ALICE);
    asType(retried.data?.oauthApplication, 'OAuthApplication');
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(2);
  });

  it('never caches a secret: rotations always reach Clerk and return fresh secrets', async () => {
    const first = asType((await harness.execute(RotateSecret, { input: { id: appId } }, ALICE)).data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    const second = asType((await harness.execute(RotateSecret, { input: { id: appId } }, ALICE)).data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    expect(second.clientSecret).not.toBe(first.clientSecret);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(2);
  });

  it('caches nothing for JWT callers without a subject: nobody in particular owns an entry', async () => {
    const anonymousJwts = await startGatewayHarness({
      gateway: { authenticate: () => ({ kind: 'jwt', subject: null }), plugins: useReadCache({ cache: createInMemoryCache(), ttlMs: 60_000 }) },
    });
    try {
      await anonymousJwts.execute(ListApplications, { limit: 5 }, { authorization: 'Bearer first-caller' });
      await anonymousJwts.execute(ListApplications, { limit: 5 }, { authorization: 'Bearer second-caller' });
      expect(anonymousJwts.upstreamCalls('ListOAuthApplications')).toBe(2);
    } finally {
      await anonymousJwts.close();
    }
  });
});
