import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { postJson, sendRaw, startProductionHarness, type RawResponse } from './attack-support.js';

/**
 * Hostile requests against a production-configured gateway. Every case asserts a clear refusal
 * (an HTTP status, or a typed error) and that Clerk was never called.
 */
let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startProductionHarness();
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

function expectRefused(response: RawResponse, status: number, message: RegExp) {
  expect(response.status, response.body.slice(0, 300)).toBe(status);
  expect(response.json?.data ?? null).toBeNull();
  expect(response.json?.errors?.map((error) => error.message).join('\n')).toMatch(message);
  expect(harness.upstreamCalls(), 'Clerk calls').toBe(0);
}

const nested = (depth: number, leaf: string) => `${'oauthApplications { ... on OAuthApplicationConnection { nodes { '.repeat(1)}${'a { '.repeat(depth)}${leaf}${' }'.repeat(depth)} } } }`;

describe('document limits', () => {
  it('refuses depth beyond the limit, written directly', async () => {
    expectRefused(await postJson(harness, { query: `{ ${nested(12, 'id')} }` }), 400, /depth limit of 8 exceeded/i);
  });

  it('refuses depth hidden in named and inline fragments, including a fragment named __schema', async () => {
    const query = `
      query { ...__schema }
      fragment __schema on Query { oauthApplications { ...Deep } }
      fragment Deep on OAuthApplicationsResult { ... on OAuthApplicationConnection { edges { node { ... on OAuthApplication { a { b { c { d { e { id } } } } } } } } } }`;
    expectRefused(await postJson(harness, { query }), 400, /depth limit of 8 exceeded/i);
  });

  it('refuses 16 aliased rotateOAuthApplicationSecret in one operation', async () => {
    const fields = Array.from({ length: 16 }, (_, index) => `r${index}: rotateOAuthApplicationSecret(input: { id: "oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA" }) { __typename }`);
    expectRefused(await postJson(harness, { query: `mutation { ${fields.join('\n')} }` }), 400, /at most 5 mutation fields/);
  });

  it.each([100, 1000])('refuses %i aliases', async (count) => {
    const fields = Array.from({ length: count }, (_, index) => `a${index}: oauthApplication(id: "oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA") { __typename }`);
    expectRefused(await postJson(harness, { query: `{ ${fields.join(' ')} }` }), 400, /aliases limit of 20 exceeded|token limit/i);
  });

  it('refuses over-many directives', async () => {
    expectRefused(await postJson(harness, { query: `{ __typename ${'@include(if: true) '.repeat(50)} }` }), 400, /directives limit of 10 exceeded/i);
  });

  it('refuses a field repeated 10,000 times', async () => {
    expectRefused(await postJson(harness, { query: `{ ${'__typename '.repeat(10_000)} }` }), 413, /Request body too large/);
    expectRefused(await postJson(harness, { query: `{ node(id: "oa_x") { ${'id '.repeat(10_000)} } }` }), 400, /token limit of 2000 exceeded/i);
  });

  it('refuses token floods', async () => {
    const variables = Array.from({ length: 1000 }, (_, index) => `$v${index}: Int`).join(', ');
    expectRefused(await postJson(harness, { query: `query Flood(${variables}) { __typename }` }), 400, /token limit of 2000 exceeded/i);
  });
});

describe('HTTP framing', () => {
  it.each([2, 11, 1000])('refuses a JSON batch of %i operations', async (count) => {
    const batch = Array.from({ length: count }, () => ({ query: '{ oauthApplications { __typename } }' }));
    expectRefused(await postJson(harness, batch), 400, /Batched requests are not supported/);
  });

  it('refuses variables over 10 MB', async () => {
    expectRefused(await postJson(harness, { query: 'query ($q: String) { oauthApplications(nameQuery: $q) { __typename } }', variables: { q: 'x'.repeat(10 * 1024 * 1024 + 1) } }), 413, /Request body too large/);
  });

  it('refuses deeply nested variables', async () => {
    const deep = `${'['.repeat(5000)}1${']'.repeat(5000)}`;
    const body = `{"query":"query ($ids: [ID!]!) { nodes(ids: $ids) { id } }","variables":{"ids":${deep}}}`;
    expectRefused(await sendRaw(harness, { headers: { 'content-type': 'application/json' }, body }), 400, /nests deeper than 64 levels/);
  });

  it('refuses malformed JSON', async () => {
    expectRefused(await sendRaw(harness, { headers: { 'content-type': 'application/json' }, body: '{"query": "{ __typename }"' }), 400, /not valid JSON/);
  });

  it('refuses invalid UTF-8', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ oauthApplications(nameQuery: \\"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\\") { __typename } }"}')]);
    expectRefused(await sendRaw(harness, { headers: { 'content-type': 'application/json' }, body }), 400, /not valid UTF-8/);
  });

  // What a cross-site form can send without a CORS preflight: refused as CSRF, whatever the body.
  it.each([
    ['text/plain', 'text/plain', '{"query":"mutation { deleteOAuthApplication(input: {id: \\"oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA\\"}) { __typename } }"}'],
    ['a url-encoded form post', 'application/x-www-form-urlencoded', 'query=mutation%20%7B%20__typename%20%7D'],
    ['a multipart form post', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ __typename }"}\r\n--x--'],
  ])('refuses %s as cross-site request forgery', async (_case, contentType, body) => {
    expectRefused(await sendRaw(harness, { headers: { 'content-type': contentType }, body }), 403, /CSRF/);
  });

  it('accepts those content types from no caller, even with the CSRF header: only JSON is GraphQL here', async () => {
    const response = await sendRaw(harness, { headers: { 'content-type': 'text/plain', 'x-graphql-csrf': '1' }, body: '{"query":"{ __typename }"}' });
    expectRefused(response, 415, /application\/json/);
  });

  it.each([
    ['XML', 'application/xml', '<query/>'],
    ['JSON in a charset other than UTF-8', 'application/json; charset=latin1', '{"query":"{ __typename }"}'],
  ])('refuses %s with 415', async (_case, contentType, body) => {
    expectRefused(await sendRaw(harness, { headers: { 'content-type': contentType }, body }), 415, /application\/json/);
  });

  it('refuses a mutation sent over GET', async () => {
    const query = encodeURIComponent('mutation { deleteOAuthApplication(input: { id: "oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA" }) { __typename } }');
    expectRefused(await sendRaw(harness, { method: 'GET', path: `/graphql?query=${query}`, headers: { 'x-graphql-csrf': '1' } }), 405, /mutation operation from a POST request/);
  });

  it('refuses a GET without a CSRF header (a cross-site page cannot add one)', async () => {
    const response = await sendRaw(harness, { method: 'GET', path: `/graphql?query=${encodeURIComponent('{ oauthApplications { __typename } }')}` });
    expect(response.status).toBe(403);
    expect(harness.upstreamCalls()).toBe(0);
  });
});

describe('production schema exposure', () => {
  it('refuses introspection', async () => {
    expectRefused(await postJson(harness, { query: '{ __schema { types { name } } }' }), 400, /introspection/i);
  });

  it('gives no field suggestions', async () => {
    const response = await postJson(harness, { query: '{ oauthApplicaton(id: "oa_x") { __typename } }' });
    expectRefused(response, 400, /Cannot query field/);
    expect(response.body).not.toMatch(/Did you mean/i);
  });
});

describe('hostile arguments', () => {
  it.each(['../oauth_applications', 'oa_x?limit=500', 'oa_x%2F..%2Fy', 'oa_x\r\nX-Injected: 1'])('answers a ValidationError for the id %j', async (id) => {
    const response = await postJson(harness, { query: 'query ($id: ID!) { oauthApplication(id: $id) { __typename ... on ValidationError { fieldErrors { field code } } } }', variables: { id } });
    expect(response.status).toBe(200);
    expect(response.json?.data).toEqual({ oauthApplication: { __typename: 'ValidationError', fieldErrors: [{ field: 'id', code: 'form_param_format_invalid' }] } });
    expect(harness.upstreamCalls()).toBe(0);
  });

  it.each([
    [{ limit: 100000 }, 'limit'],
    [{ offset: -5 }, 'offset'],
  ])('answers a ValidationError for %j', async (variables, field) => {
    const response = await postJson(harness, {
      query: 'query ($limit: Int, $offset: Int) { oauthApplications(limit: $limit, offset: $offset) { __typename ... on ValidationError { fieldErrors { field } } } }',
      variables,
    });
    expect(response.json?.data).toEqual({ oauthApplications: { __typename: 'ValidationError', fieldErrors: [{ field }] } });
    expect(harness.upstreamCalls()).toBe(0);
  });
});

describe('a development gateway, for contrast', () => {
  it('keeps introspection and suggestions outside production', async () => {
    const development = await startGatewayHarness();
    try {
      const introspection = await postJson(development, { query: '{ __schema { queryType { name } } }' });
      expect(introspection.json?.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      const suggestion = await postJson(development, { query: '{ oauthApplicaton(id: "oa_x") { __typename } }' });
      expect(suggestion.body).toMatch(/Did you mean/);
    } finally {
      await development.close();
    }
  });
});
