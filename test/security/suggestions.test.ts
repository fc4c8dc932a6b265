import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { postJson, startProductionHarness } from './attack-support.js';

/**
 * "Did you mean …?" maps the schema for a stranger, one typo at a time. Production gives no
 * suggestion from any source: validation rules (fields, arguments, types, enum values, input
 * fields, directive arguments, inline fragments) and the coercion of variables. Nor a mask such as
 * "[Suggestion hidden]": that still tells a prober a near name exists. Development keeps every one.
 */
let production: GatewayHarness;
let development: GatewayHarness;
beforeAll(async () => {
  [production, development] = await Promise.all([startProductionHarness(), startGatewayHarness()]);
});
afterAll(async () => {
  await Promise.all([production.close(), development.close()]);
});

const ORDERED_LIST = 'query ($order: OAuthApplicationOrder) { oauthApplications(orderBy: $order) { __typename } }';

/** [kind, request, what the error must still say] */
const TYPOS: [string, { query: string; variables?: Record<string, unknown> }, RegExp][] = [
  ['a field', { query: '{ oauthApplicaton(id: "oa_x") { __typename } }' }, /Cannot query field "oauthApplicaton" on type "Query"/],
  ['a field of a union (inline fragment hint)', { query: '{ oauthApplications { totalCount } }' }, /Cannot query field "totalCount" on type "OAuthApplicationsResult"/],
  ['an argument', { query: '{ oauthApplications(limt: 2) { __typename } }' }, /Unknown argument "limt"/],
  ['a directive argument', { query: '{ __typename @include(iff: true) }' }, /Unknown argument "iff" on directive "@include"/],
  ['a type', { query: 'query ($order: OAuthApplicationOrdr) { oauthApplications(orderBy: $order) { __typename } }' }, /Unknown type "OAuthApplicationOrdr"/],
  ['an enum value in a literal', { query: '{ oauthApplications(orderBy: { field: NAM, direction: ASC }) { __typename } }' }, /Value "NAM" does not exist in "OAuthApplicationOrderField" enum/],
  ['an input field in a literal', { query: '{ oauthApplications(orderBy: { fild: NAME, direction: ASC }) { __typename } }' }, /Field "fild" is not defined by type "OAuthApplicationOrder"/],
  ['an enum value in a variable', { query: ORDERED_LIST, variables: { order: { field: 'NAM', direction: 'ASC' } } }, /Variable "\$order" got invalid value "NAM".*does not exist in "OAuthApplicationOrderField" enum/],
  ['an input field in a variable', { query: ORDERED_LIST, variables: { order: { fild: 'NAME', field: 'NAME', direction: 'ASC' } } }, /Variable "\$order" got invalid value .*Field "fild" is not defined by type "OAuthApplicationOrder"/],
  ['an enum value in a variable default', { query: 'query ($order: OAuthApplicationOrder = { field: NAM, direction: ASC }) { oauthApplications(orderBy: $order) { __typename } }' }, /Value "NAM" does not exist/],
];

describe('in production', () => {
  it.each(TYPOS)('names the mistake in %s without suggesting anything', async (_kind, request, says) => {
    production.emulator.resetStats();
    const response = await postJson(production, request);
    expect(response.status, response.body).toBe(400);
    const messages = response.json?.errors?.map((error) => error.message).join('\n') ?? '';
    expect(messages).toMatch(says);
    expect(response.body).not.toMatch(/did you mean|suggestion/i);
    expect(production.upstreamCalls()).toBe(0);
  });
});

describe('in development', () => {
  it.each(TYPOS)('suggests the right name for %s', async (_kind, request, says) => {
    const response = await postJson(development, request);
    const messages = response.json?.errors?.map((error) => error.message).join('\n') ?? '';
    expect(messages).toMatch(says);
    expect(messages).toMatch(/Did you mean/);
  });
});
