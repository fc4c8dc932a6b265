import { readFileSync } from 'node:fs';
import { plugin as printSchemaAst } from '@graphql-codegen/schema-ast';
import { type GraphQLSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import codegen from '../../codegen.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { type GatewayHarness, startGatewayHarness } from '../support/gateway-harness.js';

/** Without GATEWAY_FEDERATION the gateway serves the plain schema: no subgraph field, no federation directive. */
describe('GATEWAY_FEDERATION', () => {
  it('is off by default and validated like the other boolean flags', () => {
    expect(loadConfig({}).federation).toBe(false);
    expect(loadConfig({ GATEWAY_FEDERATION: 'true' }).federation).toBe(true);
    expect(loadConfig({ GATEWAY_FEDERATION: 'no' }).federation).toBe(false);
    expect(() => loadConfig({ GATEWAY_FEDERATION: 'maybe' })).toThrow(ConfigError);
    expect(() => loadConfig({ GATEWAY_FEDERATION: 'maybe' })).toThrow(/GATEWAY_FEDERATION: must be true or false/);
  });

  it('refuses trusted documents, which would refuse every query plan a router sends', () => {
    expect(() => loadConfig({ GATEWAY_FEDERATION: 'true', GATEWAY_TRUSTED_DOCUMENTS: 'schema/client/persisted-documents.json' })).toThrow(
      /GATEWAY_TRUSTED_DOCUMENTS: cannot be combined with GATEWAY_FEDERATION=true/,
    );
  });
});

describe('the gateway with federation off', () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness();
  });
  afterAll(() => harness.close());

  it.each([
    ['_service', '{ _service { sdl } }'],
    ['_entities', '{ _entities(representations: [{ __typename: "OAuthApplication", id: "oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA" }]) { __typename } }'],
  ])('has no %s field', async (field, query) => {
    const response = await harness.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors.map((error) => error.message)).toEqual([`Cannot query field "${field}" on type "Query".`]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('serves a schema that codegen prints exactly as schema/schema.graphql, with no federation type', async () => {
    const served: GraphQLSchema = harness.gateway.yoga.getEnveloped({} as never).schema;
    for (const name of ['_Any', '_Entity', '_Service', 'link__Import']) expect(served.getType(name), name).toBeUndefined();
    // Neither `@key` nor the AST nodes mocked up to print it are left on any type or field.
    const annotated = Object.values(served.getTypeMap()).flatMap((type) => [
      ...(type.astNode || type.extensions['directives'] ? [type.name] : []),
      ...(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type) ? Object.values(type.getFields()).filter((field) => field.astNode || field.extensions['directives']).map((field) => `${type.name}.${field.name}`) : []),
    ]);
    expect(annotated).toEqual([]);
    const output = codegen.generates['schema/schema.graphql'] as { config: Record<string, unknown> };
    const printed = await printSchemaAst(served, [], output.config, { outputFile: 'schema/schema.graphql' });
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(typeof printed === 'string' ? printed : printed.content).toBe(committed);
    expect(committed).not.toMatch(/@key|@link/);
  });
});
