import { readdirSync, readFileSync } from 'node:fs';
import {
  type DefinitionNode,
  type DocumentNode,
  execute,
  type ExecutionArgs,
  type FragmentDefinitionNode,
  getIntrospectionQuery,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { afterAll, describe, expect, it } from 'vitest';
import type { FaultRule } from '../../src/emulator/emulator.js';
import { subgraphSchema } from '../../src/graphql/federation.js';
import { canCompileIdentically } from '../../src/graphql/jit-eligibility.js';
import { encodeOffsetCursor } from '../../src/graphql/pagination.js';
import { schema } from '../../src/graphql/schema.js';
import {
  CreateApplication,
  DeleteApplication,
  GetApplication,
  ListApplications,
  NodeLookup,
  NodesLookup,
  RotateSecret,
  UpdateApplication,
} from '../support/documents.js';
import { type GatewayHarness, startGatewayHarness } from '../support/gateway-harness.js';

/**
 * The production executor (graphql-jit as src/server.ts wires it, with its fallback) against
 * graphql-js's own `execute`: the same gateway twice, the reference with one plugin more that hands
 * execution back to graphql-js. Both gateways talk to emulators built identically (same clock, same
 * random source, same seed applications), so ids, secrets and timestamps agree, and take the same
 * steps in the same order; the answers a client receives (HTTP status and body) must be
 * byte-identical. Only Clerk's trace ids, drawn from crypto by the emulator, are replaced first.
 */

type Variables = Record<string, unknown>;

interface Step {
  readonly query: string;
  readonly variables?: Variables | ((ids: readonly string[]) => Variables);
  readonly operationName?: string;
}

interface Case {
  readonly name: string;
  readonly steps: readonly Step[];
  /** Scripted upstream faults, enqueued in both emulators before the first step. */
  readonly faults?: readonly FaultRule[];
  /** Served by the Federation subgraph (GATEWAY_FEDERATION) instead of the plain schema. */
  readonly subgraph?: boolean;
}

const MISSING = 'oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA';

let referenceExecutions = 0;
/**
 * graphql-js's `execute`, run last (its executor replaces the one the graphql-jit plugin set).
 * Request errors (refused variables, an unknown operation: no `data`) get the HTTP 400 that Yoga's
 * own executor gives them; `extensions.http` never reaches the body.
 */
const graphqlJsExecution: Plugin = {
  onExecute({ setExecuteFn }) {
    referenceExecutions++;
    setExecuteFn(async (args) => {
      const result = await execute(args as ExecutionArgs);
      if (!('data' in result)) {
        for (const error of result.errors ?? []) {
          Object.defineProperty(error, 'extensions', { value: { ...error.extensions, http: { status: 400 } } });
        }
      }
      return result;
    });
  },
};

function deterministicEmulator() {
  let seed = 0x5eed;
  let clock = Date.UTC(2026, 0, 15, 9, 30);
  return {
    seed: true,
    instanceId: 'ins_2EquivalenceTestInstance00',
    now: () => (clock += 1_000),
    // mulberry32
    random: () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

interface Pair {
  readonly production: GatewayHarness;
  readonly reference: GatewayHarness;
  /** The seed applications' ids, the same in both emulators. */
  readonly ids: readonly string[];
  close(): Promise<void>;
}

async function startPair(subgraph: boolean): Promise<Pair> {
  const schema = subgraph ? { schema: subgraphSchema } : {};
  const [production, reference] = await Promise.all([
    startGatewayHarness({ emulator: deterministicEmulator(), gateway: schema }),
    startGatewayHarness({ emulator: deterministicEmulator(), gateway: { ...schema, plugins: [graphqlJsExecution] } }),
  ]);
  const ids = production.emulator.state().applications.map((app) => app.id);
  expect(reference.emulator.state().applications.map((app) => app.id)).toEqual(ids);
  return { production, reference, ids, close: async () => void (await Promise.all([production.close(), reference.close()])) };
}

interface Answer {
  readonly status: number;
  readonly body: string;
}

async function post(harness: GatewayHarness, step: Step, ids: readonly string[]): Promise<Answer> {
  const variables = typeof step.variables === 'function' ? step.variables(ids) : step.variables;
  const response = await harness.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: step.query, variables, operationName: step.operationName }),
  });
  // Clerk's trace ids come from crypto in the emulator, not from the executor.
  const body = (await response.text()).replace(/"traceId":"[0-9a-f]{32}"/g, '"traceId":"<trace>"');
  return { status: response.status, body };
}

/** Reads leave the emulators as they were, so they share one pair per schema; anything else gets its own. */
const sharedPairs = new Map<boolean, Promise<Pair>>();
const changesState = (testCase: Case) => testCase.faults !== undefined || testCase.steps.some((step) => /^\s*mutation\b/.test(step.query));

async function runCase(testCase: Case): Promise<{ production: string; reference: string }> {
  const own = changesState(testCase);
  const subgraph = testCase.subgraph ?? false;
  if (!own && !sharedPairs.has(subgraph)) sharedPairs.set(subgraph, startPair(subgraph));
  const pair = own ? await startPair(subgraph) : await sharedPairs.get(subgraph)!;
  try {
    for (const harness of [pair.production, pair.reference]) harness.emulator.faults.enqueue(...(testCase.faults ?? []));
    const production: string[] = [];
    const reference: string[] = [];
    for (const step of testCase.steps) {
      const answer = await post(pair.production, step, pair.ids);
      production.push(`${answer.status} ${answer.body}`);
      const expected = await post(pair.reference, step, pair.ids);
      reference.push(`${expected.status} ${expected.body}`);
    }
    expect(pair.production.emulator.state()).toEqual(pair.reference.emulator.state());
    return { production: production.join('\n'), reference: reference.join('\n') };
  } finally {
    if (own) await pair.close();
  }
}

/** Each operation of schema/operations/*.graphql with the fragments it spreads. */
function exampleOperations(): Map<string, string> {
  const directory = new URL('../../schema/operations/', import.meta.url);
  const definitions: DefinitionNode[] = readdirSync(directory)
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => parse(readFileSync(new URL(file, directory), 'utf8')).definitions);
  const fragments = new Map(
    definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]),
  );
  const operations = new Map<string, string>();
  for (const operation of definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)) {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
    operations.set(operation.name!.value, print(document));
  }
  return operations;
}

const examples = exampleOperations();
function example(name: string): string {
  const query = examples.get(name);
  if (query === undefined) throw new Error(`no operation ${name} in schema/operations`);
  return query;
}

/** One request per variable set, each against fresh emulators. */
function cases(name: string, query: string, variableSets: Record<string, Step['variables']>, faults?: FaultRule[]): Case[] {
  return Object.entries(variableSets).map(([label, variables]) => ({
    name: `${name}: ${label}`,
    steps: [{ query, ...(variables === undefined ? {} : { variables }) }],
    ...(faults ? { faults } : {}),
  }));
}

const RETRY_VARIANTS: Record<string, unknown> = {
  'retries omitting the defaulted strategy': { maxElapsedTimeMs: 2000 },
  'retries: {}': {},
  'retries: null': null,
  'retries: {strategy: NONE}': { strategy: 'NONE' },
  'every retry field': { strategy: 'BACKOFF', initialIntervalMs: 10, maxIntervalMs: 20, exponent: 2, maxElapsedTimeMs: 1500, retryConnectionErrors: false },
  'retries the gateway refuses': { exponent: 0.5, initialIntervalMs: -1 },
  'retries with a null strategy': { strategy: null },
  'retries with an unknown strategy': { strategy: 'SOMETIMES' },
  'retries with an unknown field': { attempts: 3 },
  'retries of the wrong type': 'NONE',
};
function withRetries(base: (ids: readonly string[]) => Variables): Record<string, Step['variables']> {
  return Object.fromEntries(Object.entries(RETRY_VARIANTS).map(([label, retries]) => [label, (ids: readonly string[]) => ({ ...base(ids), retries })]));
}

const LIST_VARIABLES: Record<string, Step['variables']> = {
  'no variables': undefined,
  'limit 1': { limit: 1 },
  'limit null': { limit: null },
  'limit 0 (refused by the gateway)': { limit: 0 },
  'limit 501': { limit: 501 },
  'limit as a string': { limit: 'ten' },
  'limit as a float': { limit: 2.5 },
  'limit beyond 32 bits': { limit: 2 ** 31 },
  nameQuery: { nameQuery: 'acme' },
  'nameQuery null': { nameQuery: null },
  'orderBy NAME ASC': { orderBy: { field: 'NAME', direction: 'ASC' } },
  'orderBy NAME DESC': { orderBy: { field: 'NAME', direction: 'DESC' } },
  'orderBy CREATED_AT ASC': { orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
  'orderBy null': { orderBy: null },
  'orderBy without its required direction': { orderBy: { field: 'NAME' } },
  'orderBy with a lower-case enum': { orderBy: { field: 'name', direction: 'ASC' } },
  'orderBy with an unknown field': { orderBy: { field: 'NAME', direction: 'ASC', nulls: 'FIRST' } },
  'orderBy as a list': { orderBy: [{ field: 'NAME', direction: 'ASC' }] },
  'after a cursor': { limit: 1, after: encodeOffsetCursor(1) },
  'a cursor that is not ours': { after: 'bogus' },
};

const CREATE_VARIABLES: Record<string, Step['variables']> = {
  'name only': { input: { name: 'Created' } },
  'every field': {
    input: { name: 'Everything', scopes: ['openid', 'profile'], redirectUris: ['https://app.example/cb', 'myapp://cb'], isPublic: true, pkceRequired: true, consentScreenEnabled: false },
  },
  'explicit nulls': { input: { name: 'Nulls', scopes: null, redirectUris: null, isPublic: null, pkceRequired: null, consentScreenEnabled: null } },
  'deprecated callbackUrl': { input: { name: 'Callback', callbackUrl: 'https://cb.example/cb' } },
  'a single scope for a list': { input: { name: 'Single', scopes: 'openid' } },
  'empty lists': { input: { name: 'Empty', scopes: [], redirectUris: [] } },
  'an empty name (refused by the gateway)': { input: { name: '' } },
  'a name too long': { input: { name: 'x'.repeat(300) } },
  'a redirect URI with white space': { input: { name: 'Bad URI', redirectUris: ['https://a b.example/cb'] } },
  'no name': { input: {} },
  'a null name': { input: { name: null } },
  'a null list item': { input: { name: 'Null item', scopes: ['openid', null] } },
  'an unknown field': { input: { name: 'Unknown', clientUri: 'https://x.example' } },
  'no input': {},
};

const corpus: Case[] = [
  // The report that started this suite: graphql-jit refused it with "Field value.strategy of
  // required type RetryStrategy! was not provided".
  ...cases('retries variable omitting strategy', 'query($r: RetryConfigInput){ oauthApplications(retries: $r) { __typename } }', {
    '{maxElapsedTimeMs: 2000}': { r: { maxElapsedTimeMs: 2000 } },
  }),

  // schema/operations/*.graphql
  ...cases('GetOAuthApplication', example('GetOAuthApplication'), {
    'a confidential application': (ids) => ({ id: ids[0] }),
    'a public application': (ids) => ({ id: ids[1] }),
    'an unknown id': { id: MISSING },
    'a malformed id': { id: 'not-an-id' },
    'an integer id': { id: 12345 },
    'a boolean id': { id: true },
    'a list for an id': (ids) => ({ id: [ids[0]] }),
    'a null id': { id: null },
    'no id': {},
  }),
  ...cases('GetOAuthApplication under a 403', example('GetOAuthApplication'), { forbidden: (ids) => ({ id: ids[0] }) }, [{ kind: 'status', status: 403, times: 1 }]),
  ...cases('ListOAuthApplications', example('ListOAuthApplications'), LIST_VARIABLES),
  ...cases('ListOAuthApplications under a 401', example('ListOAuthApplications'), { unauthorized: {} }, [{ kind: 'status', status: 401, times: 1 }]),
  ...cases('CreateOAuthApplication', example('CreateOAuthApplication'), CREATE_VARIABLES),
  ...cases('UpdateOAuthApplication', example('UpdateOAuthApplication'), {
    rename: (ids) => ({ input: { id: ids[0], name: 'Renamed' } }),
    'replace lists, nulls kept': (ids) => ({ input: { id: ids[0], scopes: ['email'], redirectUris: [], name: null, pkceRequired: null } }),
    'make confidential': (ids) => ({ input: { id: ids[1], isPublic: false, consentScreenEnabled: false } }),
    'deprecated callbackUrl': (ids) => ({ input: { id: ids[2], callbackUrl: 'https://only.example/cb' } }),
    'an unknown id': { input: { id: MISSING, name: 'Nobody' } },
    'a malformed id and a long name': { input: { id: 'nope', name: 'y'.repeat(257) } },
    'no id': { input: { name: 'No id' } },
  }),
  ...cases('DeleteOAuthApplication', example('DeleteOAuthApplication'), {
    'an existing application': (ids) => ({ input: { id: ids[2] } }),
    'an unknown id': { input: { id: MISSING } },
    'a malformed id': { input: { id: 'oa_/../x' } },
    'a null input': { input: null },
  }),
  ...cases('RotateOAuthApplicationSecret', example('RotateOAuthApplicationSecret'), {
    'a confidential application': (ids) => ({ input: { id: ids[0] } }),
    'a public application': (ids) => ({ input: { id: ids[1] } }),
    'an unknown id': { input: { id: MISSING } },
  }),

  // test/support/documents.ts
  ...cases('TestListApplications', print(ListApplications), { ...LIST_VARIABLES, 'offset 1': { offset: 1, limit: 1 }, 'negative offset': { offset: -1 }, 'after and offset': { after: encodeOffsetCursor(1), offset: 1 } }),
  ...cases('TestListApplications with retries', print(ListApplications), withRetries(() => ({ limit: 2 }))),
  ...cases('TestGetApplication', print(GetApplication), { ...withRetries((ids) => ({ id: ids[0] })), 'an unknown id': { id: MISSING } }),
  ...cases('TestGetApplication under a 500', print(GetApplication), { 'no retry': (ids) => ({ id: ids[0], retries: { strategy: 'NONE' } }) }, [{ kind: 'status', status: 500, times: 1 }]),
  ...cases('TestCreateApplication', print(CreateApplication), { ...CREATE_VARIABLES, ...withRetries(() => ({ input: { name: 'With retries' } })) }),
  ...cases('TestCreateApplication under a 429', print(CreateApplication), { 'no retry': { input: { name: 'Limited' }, retries: { strategy: 'NONE' } } }, [{ kind: 'rateLimit', retryAfterSeconds: 7, times: 1 }]),
  ...cases('TestUpdateApplication', print(UpdateApplication), {
    ...withRetries((ids) => ({ input: { id: ids[0], name: 'Renamed' } })),
    'an unknown id': { input: { id: MISSING, scopes: ['openid'] } },
  }),
  ...cases('TestDeleteApplication', print(DeleteApplication), { ...withRetries((ids) => ({ input: { id: ids[1] } })), 'an unknown id': { input: { id: MISSING } } }),
  ...cases('TestRotateSecret', print(RotateSecret), { ...withRetries((ids) => ({ input: { id: ids[0] } })), 'an unknown id': { input: { id: MISSING } } }),
  ...cases('TestNodeLookup', print(NodeLookup), {
    'an application': (ids) => ({ id: ids[0] }),
    'an unknown id': { id: MISSING },
    'an id of another type': { id: 'ins_2EquivalenceTestInstance00' },
  }),
  ...cases('TestNodeLookup under a 403', print(NodeLookup), { forbidden: (ids) => ({ id: ids[0] }) }, [{ kind: 'status', status: 403, times: 1 }]),
  ...cases('TestNodesLookup', print(NodesLookup), {
    'known, unknown and malformed ids': (ids) => ({ ids: [ids[0], MISSING, 'x', ids[1]] }),
    'no ids': { ids: [] },
    'one id for a list': (ids) => ({ ids: ids[0] }),
    'a null item': { ids: [null] },
    'a null list': { ids: null },
  }),
  ...cases('TestNodesLookup', print(NodesLookup), { '101 ids': { ids: Array.from({ length: 101 }, () => MISSING) } }),

  // Documents written inline in the other suites.
  ...cases(
    'twenty aliases (loader suite)',
    `query TestTwentyAliases($a: ID!, $b: ID!, $c: ID!) {
      a1: oauthApplication(id: $a) { ... on OAuthApplication { id } }
      b1: oauthApplication(id: $b) { ... on OAuthApplication { id } }
      c1: oauthApplication(id: $c) { ... on NotFoundError { resourceId } }
      a2: node(id: $a) { id }
      a3: oauthApplication(id: $a) { ... on OAuthApplication { name } }
      e4: nodes(ids: [$c, $a]) { id }
    }`,
    { 'three ids': (ids) => ({ a: ids[0], b: ids[1], c: MISSING }) },
  ),
  ...cases(
    'list then nodes (loader suite)',
    `query TestListThenNodes($ids: [ID!]!) {
      oauthApplications(limit: 20) { ... on OAuthApplicationConnection { totalCount } }
      nodes(ids: $ids) { id ... on OAuthApplication { name } }
    }`,
    { 'every id': (ids) => ({ ids }) },
  ),
  ...cases('literal retries (disconnect suite)', '{ oauthApplications(retries: { strategy: BACKOFF, initialIntervalMs: 400, maxIntervalMs: 400 }) { __typename } }', { none: undefined }),
  ...cases('literal retries without strategy', '{ oauthApplications(retries: { maxElapsedTimeMs: 2000 }) { __typename } }', { none: undefined }),
  ...cases('literal create (disconnect suite)', 'mutation { createOAuthApplication(input: { name: "Finished after disconnect" }) { __typename } }', { none: undefined }),
  ...cases('probe (metrics suite)', 'query Probe { oauthApplication(id: "oa_2YYYYYYYYYYYYYYYYYYYYYYYYYY", retries: { strategy: NONE }) { __typename } }', { none: undefined }),
  ...cases('typename only', '{ __typename }', { none: undefined }),
  ...cases('list typename', '{ oauthApplications { __typename } }', { none: undefined }),
  ...cases('id checked by the gateway (attacks suite)', 'query ($id: ID!) { oauthApplication(id: $id) { __typename ... on ValidationError { fieldErrors { field code } } } }', {
    'a path in an id': { id: 'oa_/../../v1/users' },
  }),
  ...cases('limits checked by the gateway (attacks suite)', 'query ($limit: Int, $offset: Int) { oauthApplications(limit: $limit, offset: $offset) { __typename ... on ValidationError { fieldErrors { field } } } }', {
    'limit 0': { limit: 0 },
    'offset -1': { offset: -1 },
  }),
  ...cases('introspection, short', '{ __schema { queryType { name } } }', { none: undefined }),
  ...cases('introspection, full', getIntrospectionQuery(), { none: undefined }),
  ...cases('a field that does not exist', '{ oauthApplicaton(id: "oa_x") { __typename } }', { none: undefined }),
  ...cases(
    'two creates in one mutation',
    `mutation {
      a: createOAuthApplication(input: { name: "First" }) { __typename ... on CreateOAuthApplicationPayload { oauthApplication { id name createdAt } } }
      b: createOAuthApplication(input: { name: "Second", scopes: ["openid"] }) { __typename ... on CreateOAuthApplicationPayload { oauthApplication { id name scopes } } }
    }`,
    { none: undefined },
  ),

  // Where graphql-jit is known or suspected to differ from graphql-js.
  ...cases('strategy variable inside a literal', 'query($s: RetryStrategy) { oauthApplications(retries: { strategy: $s }) { __typename } }', {
    omitted: {},
    null: { s: null },
    NONE: { s: 'NONE' },
  }),
  ...cases('nullable variable with a default inside a list literal', 'query($a: ID!, $b: ID = "oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA") { nodes(ids: [$a, $b]) { __typename id } }', {
    'explicit null': (ids) => ({ a: ids[0], b: null }),
    omitted: (ids) => ({ a: ids[0] }),
  }),
  ...cases(
    'nullable variables inside an input literal',
    'mutation($name: String!, $scopes: [String!], $public: Boolean) { createOAuthApplication(input: { name: $name, scopes: $scopes, isPublic: $public }) { __typename ... on CreateOAuthApplicationPayload { clientSecret oauthApplication { name scopes isPublic } } } }',
    { omitted: { name: 'Literal' }, 'explicit nulls': { name: 'Literal', scopes: null, public: null }, given: { name: 'Literal', scopes: ['openid'], public: true } },
  ),
  ...cases('@include with a nullable variable', 'query($b: Boolean = true) { __typename oauthApplications @include(if: $b) { __typename } }', {
    'explicit null': { b: null },
    false: { b: false },
    omitted: {},
  }),
  ...cases('@skip on a fragment spread', 'query($b: Boolean = false) { ...Root @skip(if: $b) } fragment Root on Query { oauthApplications(limit: 1) { __typename } }', {
    'explicit null': { b: null },
    true: { b: true },
  }),
  ...cases('non-null variable with a default', 'query($limit: Int! = 2) { oauthApplications(limit: $limit) { __typename ... on OAuthApplicationConnection { totalCount nodes { name } } } }', {
    omitted: {},
    given: { limit: 1 },
    'explicit null': { limit: null },
  }),
  ...cases('nullable variable with a default for a non-null argument', 'query($id: ID = "oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA") { oauthApplication(id: $id) { __typename } }', {
    omitted: {},
    'explicit null': { id: null },
  }),
  {
    name: 'two operations in one document, selected in turn',
    steps: ['A', 'B', 'A'].map((operationName) => ({
      query: 'query A { a: __typename } query B { b: oauthApplications(limit: 1) { __typename } }',
      operationName,
    })),
  },
  ...cases('an operation name the document does not have', 'query A { __typename }', { none: undefined }).map((testCase) => ({
    ...testCase,
    steps: testCase.steps.map((step) => ({ ...step, operationName: 'B' })),
  })),
];

// The Federation subgraph: what a router sends (_service, _entities with variables) and its own fields.
const ENTITIES = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on OAuthApplication { id name clientId createdAt } } }';
const reference = (id: unknown) => ({ __typename: 'OAuthApplication', id });
const subgraphCorpus: Case[] = [
  ...cases('subgraph _service', '{ _service { sdl } }', { none: undefined }),
  ...cases('subgraph _service with its typename', 'query SubgraphService { __typename _service { __typename sdl } }', { none: undefined }),
  ...cases('subgraph _entities', ENTITIES, {
    'known ids, repeated': (ids) => ({ representations: [ids[0], ids[1], ids[0]].map(reference) }),
    'unknown, malformed and other-type ids': (ids) => ({ representations: [reference(MISSING), reference('x'), reference('ins_2EquivalenceTestInstance00'), reference(7), reference(ids[2])] }),
    'a type that is not an entity': (ids) => ({ representations: [{ __typename: 'NotFoundError', id: ids[0] }, reference(ids[1])] }),
    'no __typename': (ids) => ({ representations: [{ id: ids[0] }] }),
    'no representations': { representations: [] },
    'one representation for a list': (ids) => ({ representations: reference(ids[0]) }),
    'a null representation': { representations: [null] },
    'no variables': {},
  }).map((testCase) => ({ ...testCase, subgraph: true })),
  ...cases('subgraph _entities under a 403', ENTITIES, { forbidden: (ids) => ({ representations: [reference(ids[0])] }) }, [{ kind: 'status', status: 403, times: 1 }]),
  ...cases('subgraph _entities as a literal', `{ _entities(representations: [{ __typename: "OAuthApplication", id: "${MISSING}" }]) { __typename } }`, { none: undefined }),
  ...cases('subgraph _entities with fragments in two orders', 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Node { id } __typename ... on OAuthApplication { name } } }', {
    known: (ids) => ({ r: [reference(ids[0])] }),
  }),
  ...cases('subgraph GetOAuthApplication', example('GetOAuthApplication'), { known: (ids) => ({ id: ids[0] }), unknown: { id: MISSING } }),
  ...cases('subgraph ListOAuthApplications', example('ListOAuthApplications'), { 'no variables': undefined }),
  ...cases('subgraph introspection, full', getIntrospectionQuery(), { none: undefined }),
].map((testCase) => ({ ...testCase, subgraph: true }));

describe('graphql-jit in production answers as graphql-js does', () => {
  afterAll(async () => {
    for (const pair of sharedPairs.values()) await (await pair).close();
    // The reference really ran graphql-js (validation failures never reach an executor).
    expect(referenceExecutions).toBeGreaterThan(corpus.length / 2);
  });

  it.each([...corpus, ...subgraphCorpus].map((testCase) => [testCase.name, testCase] as const))('%s', async (_name, testCase) => {
    const { production, reference } = await runCase(testCase);
    expect(production).toBe(reference);
  });
});

describe('canCompileIdentically', () => {
  const judge = (query: string, variableValues: Variables = {}, operationName?: string) =>
    canCompileIdentically({ schema, document: parse(query), variableValues, ...(operationName ? { operationName } : {}) });

  it('leaves graphql-jit what it answers as graphql-js does', () => {
    expect(judge('query ($limit: Int = 10, $after: String) { oauthApplications(limit: $limit, after: $after) { __typename } }', { limit: 5 })).toBe(true);
    expect(judge('query ($limit: Int!) { oauthApplications(limit: $limit) { __typename ... on OAuthApplicationConnection { totalCount } ... on Error { code message } } }', { limit: 20 })).toBe(true);
    expect(judge('{ oauthApplications(retries: { strategy: NONE }) { __typename ... on OAuthApplicationConnection { totalCount } } }')).toBe(true);
  });

  it('sends to graphql-js what graphql-jit would answer otherwise', () => {
    expect(judge('query ($r: RetryConfigInput) { oauthApplications(retries: $r) { __typename } }', { r: {} })).toBe(false);
    expect(judge('query ($o: [OAuthApplicationOrder!]) { __typename }')).toBe(false);
    expect(judge('query ($limit: Int! = 2) { oauthApplications(limit: $limit) { __typename } }')).toBe(false);
    expect(judge('query ($s: RetryStrategy) { oauthApplications(retries: { strategy: $s }) { __typename } }')).toBe(false);
    expect(judge('query ($b: Boolean = true) { __typename @include(if: $b) }')).toBe(false);
    expect(judge('query A { __typename } query B { __typename }', {}, 'A')).toBe(false);
    expect(judge('query A { __typename }', {}, 'B')).toBe(false);
    expect(judge('query ($limit: Int) { oauthApplications(limit: $limit) { __typename } }', { limit: true })).toBe(false);
    // node and nodes raise field errors (no union to carry them); graphql-jit's lack locations.
    expect(judge(print(NodeLookup), { id: MISSING })).toBe(false);
    expect(judge('query ($a: ID!) { nodes(ids: [$a]) { id } }', { a: MISSING })).toBe(false);
    expect(judge('query ($id: ID = "oa_1") { node(id: $id) { id } }', { id: null })).toBe(false);
    // Fields of two fragments on one runtime type come out in another order.
    expect(judge(example('GetOAuthApplication'), { id: MISSING })).toBe(false);
    expect(judge('{ node(id: "oa_1") { ... on OAuthApplication { name } id } }')).toBe(false);
  });

  it('sends the subgraph\'s _entities to graphql-js and leaves _service to graphql-jit', () => {
    const judgeSubgraph = (query: string, variableValues: Variables = {}) => canCompileIdentically({ schema: subgraphSchema, document: parse(query), variableValues });
    expect(judgeSubgraph(ENTITIES, { representations: [reference(MISSING)] })).toBe(false);
    expect(judgeSubgraph('{ _service { sdl } }')).toBe(true);
  });
});
