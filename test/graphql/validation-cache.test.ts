import type { ValidationRule } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/app.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { serveGateway, type ServedGateway } from '../support/serve-gateway.js';

/** Validation results are kept per document; a document is validated once, whatever its outcome. */
let harness: GatewayHarness;
let served: ServedGateway;
let validations = 0;

// Counts the documents validated (a rule's visitor runs once per validation).
const countingRule: ValidationRule = () => ({
  Document() {
    validations += 1;
  },
});
const refuseEverything: ValidationRule = (validation) => ({
  Document(node) {
    validation.reportError(new GraphQLError('strict mode refuses every document', { nodes: [node] }));
  },
});
// Adds one more rule, refusing every document, to requests that carry x-strict: a rule set that
// differs from request to request must not be answered from the cache.
const strictOnRequest: Plugin = {
  onValidate({ addValidationRule, context }) {
    addValidationRule(countingRule);
    const request = (context as { request?: Request }).request;
    if (request?.headers.get('x-strict') === 'yes') {
      addValidationRule(refuseEverything);
    }
  },
};

beforeAll(async () => {
  harness = await startGatewayHarness();
  served = await serveGateway(createGateway({ clerk: harness.clerk, callerAuth: { mode: 'none' }, graphiql: false, production: true, plugins: [strictOnRequest] }));
});
afterAll(async () => {
  await served.close();
  await harness.close();
});

async function post(query: string, headers: Record<string, string> = {}) {
  const answer = await served.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { status: answer.status, body: (await answer.json()) as { data?: unknown; errors?: { message: string }[] } };
}

describe('validation cache', () => {
  it('validates a document once, however often it is sent', async () => {
    validations = 0;
    for (let round = 0; round < 3; round += 1) {
      const answer = await post('{ oauthApplications(limit: 1) { __typename } }');
      expect(answer.body.errors).toBeUndefined();
    }
    expect(validations).toBe(1);
    await post('{ oauthApplications(limit: 2) { __typename } }');
    expect(validations).toBe(2);
  });

  it('answers an invalid document with the same errors every time, suggestions removed in production', async () => {
    validations = 0;
    const first = await post('{ oauthApplications(limit: 1) { ... on OAuthApplicationConnection { nodes { nme } } } }');
    const second = await post('{ oauthApplications(limit: 1) { ... on OAuthApplicationConnection { nodes { nme } } } }');
    expect(second).toEqual(first);
    expect(JSON.stringify(second.body)).toContain('Cannot query field');
    expect(JSON.stringify(second.body)).not.toContain('Did you mean');
    expect(validations).toBe(1);
  });

  it('validates afresh when a request brings a different set of rules', async () => {
    const query = '{ oauthApplications(limit: 3) { __typename } }';
    expect((await post(query)).body.errors).toBeUndefined();
    const strict = await post(query, { 'x-strict': 'yes' });
    expect(strict.body.errors?.map((error) => error.message)).toEqual(['strict mode refuses every document']);
    expect((await post(query)).body.errors).toBeUndefined();
  });
});
