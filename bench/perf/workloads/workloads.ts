/**
 * The workloads of the issue, as each kind of target is sent them: GraphQL POSTs for the gateway
 * and the reshape floor (the same bytes to both), the Clerk REST requests behind them for the
 * pass-through proxy and the upstream itself, and the equivalent GraphQL in Mesh's generated schema
 * for GraphQL Mesh (the reads the issue compares it on: list, get, aliases). The alias and
 * list-then-nodes workloads have no REST form: no pass-through can answer them in one request.
 */
import { ALIAS_DISTINCT_IDS, BENCH_SECRET_KEY, CLERK_API_VERSION, LIST_LIMIT } from '../constants.js';
import {
  ALIASED_GETS,
  CREATE_APP,
  CREATE_CLERK_BODY,
  CREATE_INPUT,
  GET_APP,
  LIST_APPS,
  LIST_THEN_NODES,
} from './documents.js';
import type { HttpCall, WorkloadPlan } from './http-call.js';
import { MESH_ALIASED_GETS, MESH_GET_APP, MESH_LIST_APPS } from './mesh-documents.js';
import { createPath, getPath, listPath } from './rest-paths.js';

export type WorkloadId = 'list' | 'listCrowd' | 'get' | 'aliases' | 'listThenNodes' | 'create' | 'mixed';
export type Protocol = 'graphql' | 'rest' | 'mesh';

export interface Workload {
  readonly id: WorkloadId;
  readonly title: string;
  /** Upstream calls one operation must cost (the targets), when it sets one. */
  readonly expectedUpstreamCallsPerOp: number | null;
  /**
   * Closed-loop callers of its saturation cells, when not the suite's usual number. Such a workload
   * sends another one's requests, so the upstream-call count and the equivalence check skip it.
   */
  readonly callers?: number;
  plan(protocol: Protocol, ids: readonly string[]): WorkloadPlan | null;
}

const GRAPHQL_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
const REST_HEADERS = { authorization: `Bearer ${BENCH_SECRET_KEY}`, 'clerk-api-version': CLERK_API_VERSION, accept: 'application/json' };

function graphql(operationName: string, query: string, variables: Record<string, unknown>): HttpCall {
  return { method: 'POST', path: '/graphql', headers: GRAPHQL_HEADERS, body: JSON.stringify({ query, operationName, variables }) };
}

const rest = {
  list: (): HttpCall => ({ method: 'GET', path: listPath(), headers: REST_HEADERS }),
  get: (id: string): HttpCall => ({ method: 'GET', path: getPath(id), headers: REST_HEADERS }),
  create: (): HttpCall => ({ method: 'POST', path: createPath(), headers: { ...REST_HEADERS, 'content-type': 'application/json' }, body: JSON.stringify(CREATE_CLERK_BODY) }),
};

const gql = {
  list: (): HttpCall => graphql('ListApps', LIST_APPS, { limit: LIST_LIMIT }),
  get: (id: string): HttpCall => graphql('GetApp', GET_APP, { id }),
  create: (): HttpCall => graphql('CreateApp', CREATE_APP, { input: CREATE_INPUT }),
};

const mesh = {
  list: (): HttpCall => graphql('ListApps', MESH_LIST_APPS, { limit: LIST_LIMIT }),
  get: (id: string): HttpCall => graphql('GetApp', MESH_GET_APP, { id }),
};

const noErrors = (body: string): boolean => !body.includes('"errors"');
const verifyGraphql = {
  list: (body: string) => noErrors(body) && body.includes('"__typename":"OAuthApplicationConnection"'),
  get: (body: string) => noErrors(body) && body.includes('"__typename":"OAuthApplication"'),
  create: (body: string) => noErrors(body) && body.includes('"__typename":"CreateOAuthApplicationPayload"'),
};
const verifyMesh = {
  list: (body: string) => noErrors(body) && body.includes('"__typename":"OAuthApplications"'),
  get: (body: string) => noErrors(body) && body.includes('"__typename":"OAuthApplication"'),
};
const verifyRest = {
  list: (body: string) => body.startsWith('{"data":['),
  get: (body: string) => body.includes('"object":"oauth_application"'),
  create: (body: string) => body.includes('"client_secret"'),
};

/** Per protocol: how each operation is sent, and what a good answer to it holds. Mesh is compared on reads only. */
const make = { graphql: gql, rest, mesh };
const verify = { graphql: verifyGraphql, rest: verifyRest, mesh: verifyMesh };

const CROWD_CALLERS = 200;

function distinct(ids: readonly string[], count: number): string[] {
  if (ids.length < count) throw new Error(`the upstream holds ${ids.length} applications; the workloads need ${count}`);
  return ids.slice(0, count);
}

/** Reads nine to one write: four lists and five gets around one create. */
function mixedCalls(protocol: 'graphql' | 'rest', ids: readonly string[]): HttpCall[] {
  const calls = make[protocol];
  const [a, b, c, d, e] = distinct(ids, 5) as [string, string, string, string, string];
  return [calls.list(), calls.get(a), calls.list(), calls.get(b), calls.create(), calls.list(), calls.get(c), calls.list(), calls.get(d), calls.get(e)];
}

export const WORKLOADS: readonly Workload[] = [
  {
    id: 'list',
    title: `List of ${LIST_LIMIT}, every field`,
    expectedUpstreamCallsPerOp: 1,
    plan: (protocol) => ({ calls: [make[protocol].list()], verify: verify[protocol].list }),
  },
  {
    // Many more callers than the server should work on at once: the gateway holds the excess unread
    // (src/http/admission-gate.ts); the floor reads and queues them all.
    id: 'listCrowd',
    title: `List of ${LIST_LIMIT}, every field, ${CROWD_CALLERS} callers`,
    expectedUpstreamCallsPerOp: 1,
    callers: CROWD_CALLERS,
    plan: (protocol) => (protocol === 'graphql' ? { calls: [make.graphql.list()], verify: verify.graphql.list } : null),
  },
  {
    id: 'get',
    title: 'Get by id',
    expectedUpstreamCallsPerOp: 1,
    plan: (protocol, ids) => ({ calls: distinct(ids, 5).map(make[protocol].get), verify: verify[protocol].get }),
  },
  {
    id: 'aliases',
    title: `20 aliased gets over ${ALIAS_DISTINCT_IDS} ids`,
    expectedUpstreamCallsPerOp: ALIAS_DISTINCT_IDS,
    plan: (protocol, ids) => {
      if (protocol === 'rest') return null;
      const variables = Object.fromEntries(distinct(ids, ALIAS_DISTINCT_IDS).map((id, k) => [`i${k}`, id]));
      return {
        calls: [graphql('AliasedGets', protocol === 'mesh' ? MESH_ALIASED_GETS : ALIASED_GETS, variables)],
        verify: (body) => noErrors(body) && body.includes('"a19":{"__typename":"OAuthApplication"'),
      };
    },
  },
  {
    id: 'listThenNodes',
    title: `List of ${LIST_LIMIT} + nodes(ids) of its items, one operation`,
    expectedUpstreamCallsPerOp: 1,
    plan: (protocol, ids) => {
      if (protocol !== 'graphql') return null;
      distinct(ids, LIST_LIMIT);
      // The page is newest first: the last LIST_LIMIT seeded ids, reversed.
      const onPage = ids.slice(-LIST_LIMIT).reverse();
      return {
        calls: [graphql('ListThenNodes', LIST_THEN_NODES, { limit: LIST_LIMIT, ids: onPage })],
        // A null entry in nodes (`[null` or `,null`) is an id the gateway could not resolve.
        verify: (body) => noErrors(body) && body.includes('"nodes":[{"__typename":"OAuthApplication"') && !/[[,]null/.test(body),
      };
    },
  },
  {
    id: 'create',
    title: 'Create',
    expectedUpstreamCallsPerOp: 1,
    plan: (protocol) => (protocol === 'mesh' ? null : { calls: [make[protocol].create()], verify: verify[protocol].create }),
  },
  {
    id: 'mixed',
    title: 'Mixed: 4 lists, 5 gets, 1 create',
    expectedUpstreamCallsPerOp: 1,
    plan: (protocol, ids) =>
      protocol === 'mesh'
        ? null
        : {
            calls: mixedCalls(protocol, ids),
            verify: (body) =>
              protocol === 'graphql'
                ? noErrors(body) && (body.includes('"__typename":"OAuthApplication') || body.includes('"__typename":"CreateOAuthApplicationPayload"'))
                : body.startsWith('{"data":[') || body.includes('"object":"oauth_application"'),
          },
  },
];

export function workload(id: WorkloadId): Workload {
  const found = WORKLOADS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`unknown workload ${id}`);
  return found;
}
