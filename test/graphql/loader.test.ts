import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { OAuthApplicationLoader } from '../../src/graphql/oauth-applications/oauth-application-loader.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/** Clerk calls are counted where they land: at the emulator. */
let harness: GatewayHarness;
const ids: string[] = [];

beforeAll(async () => {
  harness = await startGatewayHarness();
  for (let index = 0; index < 20; index++) ids.push((await harness.clerk.oauthApplications.create({ name: `Loader app ${index}` })).id);
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

const TwentyAliases = graphql(`
  query TestTwentyAliases($a: ID!, $b: ID!, $c: ID!, $d: ID!, $e: ID!) {
    a1: oauthApplication(id: $a) { ... on OAuthApplication { id } }
    b1: oauthApplication(id: $b) { ... on OAuthApplication { id } }
    c1: oauthApplication(id: $c) { ... on OAuthApplication { id } }
    d1: oauthApplication(id: $d) { ... on OAuthApplication { id } }
    e1: oauthApplication(id: $e) { ... on OAuthApplication { id } }
    a2: oauthApplication(id: $a) { ... on OAuthApplication { id } }
    b2: oauthApplication(id: $b) { ... on OAuthApplication { id } }
    c2: oauthApplication(id: $c) { ... on OAuthApplication { id } }
    d2: oauthApplication(id: $d) { ... on OAuthApplication { id } }
    e2: oauthApplication(id: $e) { ... on OAuthApplication { id } }
    a3: node(id: $a) { id }
    b3: node(id: $b) { id }
    c3: node(id: $c) { id }
    d3: node(id: $d) { id }
    e3: node(id: $e) { id }
    a4: oauthApplication(id: $a) { ... on OAuthApplication { name } }
    b4: oauthApplication(id: $b) { ... on OAuthApplication { name } }
    c4: oauthApplication(id: $c) { ... on OAuthApplication { name } }
    d4: oauthApplication(id: $d) { ... on OAuthApplication { name } }
    e4: nodes(ids: [$e, $a]) { id }
  }
`);

const ListThenNodes = graphql(`
  query TestListThenNodes($ids: [ID!]!) {
    oauthApplications(limit: 20) {
      ... on OAuthApplicationConnection {
        totalCount
      }
    }
    nodes(ids: $ids) {
      id
      ... on OAuthApplication {
        name
      }
    }
  }
`);

describe('per-request loader', () => {
  it('20 aliased lookups over 5 ids cost 5 Clerk calls', async () => {
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    const response = await harness.execute(TwentyAliases, { a, b, c, d, e });
    expect(response.errors).toBeUndefined();
    expect(response.data?.a1).toEqual({ id: a });
    expect(response.data?.e3).toEqual({ id: e });
    expect(response.data?.e4).toEqual([{ id: e }, { id: a }]);
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(5);
    expect(harness.upstreamCalls()).toBe(5);
  });

  it('a list of 20 primes the loader: node lookups of its items cost no call', async () => {
    const response = await harness.execute(ListThenNodes, { ids });
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toHaveLength(20);
    expect(response.data?.nodes.map((node) => node?.id)).toEqual(ids);
    expect(harness.upstreamCalls()).toBe(1);
  });

  it('does not share its cache between requests', async () => {
    const [a, b, c, d, e] = ids as [string, string, string, string, string];
    await harness.execute(TwentyAliases, { a, b, c, d, e });
    await harness.execute(TwentyAliases, { a, b, c, d, e });
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(10);
  });

  it('mutations prime and clear it; the client secret never enters it', async () => {
    // Mutation root fields cannot be followed by reads in one operation, so this drives the loader directly.
    const loader = new OAuthApplicationLoader(harness.clerk, {});
    const rotated = await harness.clerk.oauthApplications.rotateSecret(ids[7]!);
    loader.prime(rotated);
    harness.emulator.resetStats();

    const cached = await loader.load(ids[7]!);
    expect(cached.id).toBe(ids[7]);
    expect(cached).not.toHaveProperty('client_secret');
    expect(JSON.stringify(cached)).not.toContain(rotated.client_secret);
    expect(harness.upstreamCalls()).toBe(0);

    loader.forget(ids[7]!);
    await loader.load(ids[7]!);
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(1);
  });
});
