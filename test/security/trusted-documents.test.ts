import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from '../../src/http/trusted-documents.js';
import { ListApplications } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { postJson } from './attack-support.js';

/** Trusted-documents mode: only the operations codegen persisted are executed. */
const documents = loadTrustedDocuments(new URL('../generated/persisted-documents.json', import.meta.url).pathname);
let harness: GatewayHarness;

beforeAll(async () => {
  harness = await startGatewayHarness({ gateway: { trustedDocuments: documents } });
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

const listHash = (ListApplications as unknown as { __meta__: { hash: string } }).__meta__.hash;

describe('trusted documents', () => {
  it('executes a persisted document by its hash (documentId or persistedQuery extension)', async () => {
    expect(documents.has(listHash)).toBe(true);
    const byDocumentId = await postJson(harness, { documentId: listHash, variables: { limit: 1 } });
    expect(byDocumentId.json?.data).toMatchObject({ oauthApplications: { __typename: 'OAuthApplicationConnection' } });
    const byExtension = await postJson(harness, { extensions: { persistedQuery: { version: 1, sha256Hash: listHash } }, variables: { limit: 1 } });
    expect(byExtension.json?.data).toMatchObject({ oauthApplications: { __typename: 'OAuthApplicationConnection' } });
    expect(harness.upstreamCalls()).toBe(2);
  });

  it('refuses an arbitrary document and an unknown hash, without calling Clerk', async () => {
    const arbitrary = await postJson(harness, { query: '{ oauthApplications { __typename } }' });
    expect(arbitrary.json?.errors?.[0]?.message).toMatch(/PersistedQueryOnly|persisted/i);
    const unknown = await postJson(harness, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown.json?.errors?.[0]?.message).toMatch(/PersistedQueryNotFound|not found/i);
    expect(arbitrary.json?.data ?? null).toBeNull();
    expect(unknown.json?.data ?? null).toBeNull();
    expect(harness.upstreamCalls()).toBe(0);
  });
});
