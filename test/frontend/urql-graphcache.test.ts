import { readFileSync } from 'node:fs';
import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, fetchExchange } from '@urql/core';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListOAuthApplicationsDocument, UpdateOAuthApplicationDocument } from '../../schema/client/graphql.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/**
 * urql's normalised cache (graphcache), given the printed schema, keys applications by
 * __typename and id: a mutation's answer updates the list another query cached.
 */
const schema = introspectionFromSchema(buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8')));

let harness: GatewayHarness;

beforeAll(async () => {
  harness = await startGatewayHarness({ emulator: { seed: true } });
});
afterAll(async () => {
  await harness.close();
});

describe('urql with graphcache', () => {
  it('refreshes the cached list from a rename, without a refetch', async () => {
    // urql sends queries as GET by default; the gateway wants POST (a GET needs a CSRF header).
    const client = new Client({ url: `${harness.served.origin}/graphql`, preferGetMethod: false, exchanges: [cacheExchange({ schema }), fetchExchange] });
    const list = await client.query(ListOAuthApplicationsDocument, { limit: 10 }).toPromise();
    if (list.error) throw list.error;
    const connection = list.data?.oauthApplications;
    if (connection?.__typename !== 'OAuthApplicationConnection') throw new Error(`expected a connection, got ${connection?.__typename}`);
    const first = connection.nodes[0]!;
    const listCalls = harness.upstreamCalls('ListOAuthApplications');

    const renamed = await client.mutation(UpdateOAuthApplicationDocument, { input: { id: first.id, name: 'Renamed through urql' } }).toPromise();
    expect(renamed.data?.updateOAuthApplication.__typename).toBe('UpdateOAuthApplicationPayload');

    const cached = client.readQuery(ListOAuthApplicationsDocument, { limit: 10 });
    const cachedConnection = cached?.data?.oauthApplications;
    if (cachedConnection?.__typename !== 'OAuthApplicationConnection') throw new Error('the list left the cache');
    expect(cachedConnection.nodes.find((node) => node.id === first.id)?.name).toBe('Renamed through urql');
    expect(harness.upstreamCalls('ListOAuthApplications')).toBe(listCalls);
  });
});
