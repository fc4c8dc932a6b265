import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetOAuthApplicationDocument, ListOAuthApplicationsDocument, UpdateOAuthApplicationDocument } from '../../schema/client/graphql.js';
import possibleTypesResult from '../../schema/client/possible-types.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/**
 * Apollo Client against the gateway over loopback, with the generated documents. Its cache must be
 * told which types implement Error (schema/client/possible-types.ts): without that it cannot match
 * `... on Error` to a NotFoundError and drops `code` and `message`.
 */
const UNKNOWN_ID = 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u';

let harness: GatewayHarness;

beforeAll(async () => {
  harness = await startGatewayHarness({ emulator: { seed: true } });
});
afterAll(async () => {
  await harness.close();
});

function apolloClient(possibleTypes?: Record<string, string[]>): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: `${harness.served.origin}/graphql` }),
    cache: new InMemoryCache(possibleTypes ? { possibleTypes } : {}),
  });
}

describe('Apollo Client', () => {
  it('reads code and message through `... on Error` on a NotFoundError with the generated possibleTypes', async () => {
    const client = apolloClient(possibleTypesResult.possibleTypes);
    const { data } = await client.query({ query: GetOAuthApplicationDocument, variables: { id: UNKNOWN_ID } });
    expect(data?.oauthApplication).toMatchObject({ __typename: 'NotFoundError', resourceId: UNKNOWN_ID, code: 'resource_not_found' });
    expect(data?.oauthApplication).toHaveProperty('message', expect.stringMatching(/./));
  });

  it('loses them without possibleTypes: the trap the generated file avoids', async () => {
    const client = apolloClient();
    const { data } = await client.query({ query: GetOAuthApplicationDocument, variables: { id: UNKNOWN_ID }, errorPolicy: 'all' });
    expect(data?.oauthApplication).toMatchObject({ __typename: 'NotFoundError', resourceId: UNKNOWN_ID });
    expect(data?.oauthApplication).not.toHaveProperty('code');
  });

  it('normalises applications by __typename and id: a rename refreshes the cached list without a refetch', async () => {
    const client = apolloClient(possibleTypesResult.possibleTypes);
    const list = await client.query({ query: ListOAuthApplicationsDocument, variables: { limit: 10 } });
    const connection = list.data?.oauthApplications;
    if (connection?.__typename !== 'OAuthApplicationConnection') throw new Error(`expected a connection, got ${connection?.__typename}`);
    const first = connection.nodes[0]!;
    const listCalls = harness.upstreamCalls('ListOAuthApplications');

    const renamed = await client.mutate({ mutation: UpdateOAuthApplicationDocument, variables: { input: { id: first.id, name: 'Renamed through Apollo' } } });
    expect(renamed.data?.updateOAuthApplication.__typename).toBe('UpdateOAuthApplicationPayload');

    const cached = client.readQuery({ query: ListOAuthApplicationsDocument, variables: { limit: 10 } });
    const cachedConnection = cached?.oauthApplications;
    if (cachedConnection?.__typename !== 'OAuthApplicationConnection') throw new Error('the list left the cache');
    expect(cachedConnection.nodes.find((node) => node.id === first.id)?.name).toBe('Renamed through Apollo');
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(listCalls);
  });
});
