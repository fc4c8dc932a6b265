import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetApplication, ListApplications, NodeLookup, NodesLookup } from '../support/documents.js';
import { asType } from '../support/narrow.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

let harness: GatewayHarness;
const created: { id: string; name: string; clientId: string }[] = [];

beforeAll(async () => {
  harness = await startGatewayHarness();
  // Created one after another, so creation order is the "oldest first" order.
  for (const name of ['Delta', 'alpha', 'Charlie', 'bravo', 'Echo portal']) {
    const app = await harness.clerk.oauthApplications.create({ name, redirect_uris: [`https://${name.replace(' ', '-').toLowerCase()}.example/cb`] });
    created.push({ id: app.id, name: app.name, clientId: app.client_id });
  }
});
afterAll(() => harness.close());

describe('oauthApplications', () => {
  it('lists newest first by default with every field mapped', async () => {
    const response = await harness.execute(ListApplications, {});
    expect(response.errors).toBeUndefined();
    const page = asType(response.data?.oauthApplications, 'OAuthApplicationConnection');
    expect(page.totalCount).toBe(5);
    expect(page.nodes.map((node) => node.name)).toEqual(['Echo portal', 'bravo', 'Charlie', 'alpha', 'Delta']);
    const first = page.nodes[0];
    expect(first).toMatchObject({
      id: created[4]!.id,
      clientId: created[4]!.clientId,
      isPublic: false,
      consentScreenEnabled: true,
      pkceRequired: false,
      dynamicallyRegistered: false,
      scopes: ['profile', 'email'],
      redirectUris: ['https://echo-portal.example/cb'],
      callbackUrl: 'https://echo-portal.example/cb',
    });
    expect(first?.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(first?.authorizeUrl).toMatch(/^https:\/\/.+\/oauth\/authorize$/);
    expect(first?.instanceId).toMatch(/^ins_[0-9A-Za-z]{27}$/);
  });

  it('pages with limit, offset and after, and reports pageInfo', async () => {
    const firstPage = asType((await harness.execute(ListApplications, { limit: 2 })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(firstPage.nodes.map((node) => node.name)).toEqual(['Echo portal', 'bravo']);
    expect(firstPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(firstPage.edges.map((edge) => edge.cursor)).toEqual([firstPage.pageInfo.startCursor, firstPage.pageInfo.endCursor]);

    const secondPage = asType((await harness.execute(ListApplications, { limit: 2, after: firstPage.pageInfo.endCursor })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(secondPage.nodes.map((node) => node.name)).toEqual(['Charlie', 'alpha']);
    expect(secondPage.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const lastPage = asType((await harness.execute(ListApplications, { limit: 2, offset: 4 })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(lastPage.nodes.map((node) => node.name)).toEqual(['Delta']);
    expect(lastPage.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(lastPage.totalCount).toBe(5);

    const beyond = asType((await harness.execute(ListApplications, { limit: 2, offset: 50 })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(beyond.nodes).toEqual([]);
    expect(beyond.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('orders by name and by creation time in both directions', async () => {
    const names = async (field: 'NAME' | 'CREATED_AT', direction: 'ASC' | 'DESC') =>
      asType((await harness.execute(ListApplications, { orderBy: { field, direction } })).data?.oauthApplications, 'OAuthApplicationConnection').nodes.map((node) => node.name);
    expect(await names('CREATED_AT', 'ASC')).toEqual(['Delta', 'alpha', 'Charlie', 'bravo', 'Echo portal']);
    expect(await names('CREATED_AT', 'DESC')).toEqual(['Echo portal', 'bravo', 'Charlie', 'alpha', 'Delta']);
    const byName = await names('NAME', 'ASC');
    expect(byName).toHaveLength(5);
    expect(await names('NAME', 'DESC')).toEqual([...byName].reverse());
  });

  it('filters with nameQuery by case-insensitive name substring or exact client id', async () => {
    const portal = asType((await harness.execute(ListApplications, { nameQuery: 'PORTAL' })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(portal.nodes.map((node) => node.name)).toEqual(['Echo portal']);
    expect(portal.totalCount).toBe(1);

    const byClientId = asType((await harness.execute(ListApplications, { nameQuery: created[1]!.clientId })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(byClientId.nodes.map((node) => node.id)).toEqual([created[1]!.id]);

    const none = asType((await harness.execute(ListApplications, { nameQuery: 'no such app' })).data?.oauthApplications, 'OAuthApplicationConnection');
    expect(none).toMatchObject({ totalCount: 0, nodes: [] });
  });
});

describe('oauthApplication, node and nodes', () => {
  it('gets one application by id', async () => {
    const response = await harness.execute(GetApplication, { id: created[0]!.id });
    expect(response.data?.oauthApplication).toMatchObject({ __typename: 'OAuthApplication', id: created[0]!.id, name: 'Delta' });
  });

  it('answers NotFoundError with the id for an unknown id', async () => {
    const missing = 'oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ';
    const response = await harness.execute(GetApplication, { id: missing });
    expect(response.data?.oauthApplication).toMatchObject({ __typename: 'NotFoundError', resourceId: missing, code: 'resource_not_found' });
    const result = response.data?.oauthApplication;
    expect(result && 'traceId' in result ? result.traceId : null).toMatch(/^[0-9a-f]+$/);
  });

  it('resolves node and nodes, null for ids that name nothing', async () => {
    const node = await harness.execute(NodeLookup, { id: created[2]!.id });
    expect(node.data?.node).toEqual({ __typename: 'OAuthApplication', id: created[2]!.id, name: 'Charlie' });

    harness.emulator.resetStats();
    const nodes = await harness.execute(NodesLookup, { ids: [created[3]!.id, 'oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ', '../etc/passwd', created[3]!.id] });
    expect(nodes.errors).toBeUndefined();
    expect(nodes.data?.nodes).toEqual([
      { __typename: 'OAuthApplication', id: created[3]!.id },
      null,
      null,
      { __typename: 'OAuthApplication', id: created[3]!.id },
    ]);
    // The malformed id never reached Clerk; the repeated one cost one call.
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(2);
  });
});
