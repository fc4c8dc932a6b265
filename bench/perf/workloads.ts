/**
 * The workloads, as each kind of target is sent them: the same GraphQL POSTs to the gateway and the
 * reshape floor, the Clerk REST requests behind them to the pass-through proxy, and the equivalent
 * GraphQL of the schema GraphQL Mesh generates from the OpenAPI spec. Every application field is
 * selected. The alias and list + nodes workloads have no REST form.
 */
import { ALIAS_COUNT, ALIAS_DISTINCT_IDS, BENCH_SECRET_KEY, CLERK_API_VERSION, LIST_LIMIT } from './config.js';

export type WorkloadId = 'list' | 'get' | 'aliases' | 'listThenNodes';
export type Protocol = 'graphql' | 'rest' | 'mesh';

export interface HttpCall {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The calls sent (cycled) for one workload, and what a good answer holds (data, not an error). */
export interface Plan {
  readonly calls: readonly HttpCall[];
  readonly verify: (body: string) => boolean;
}

export const FIELDS = [
  'id', 'instanceId', 'name', 'clientId', 'clientUri', 'clientImageUrl', 'isPublic', 'dynamicallyRegistered', 'consentScreenEnabled', 'pkceRequired',
  'scopes', 'redirectUris', 'callbackUrl', 'authorizeUrl', 'tokenFetchUrl', 'userInfoUrl', 'discoveryUrl', 'tokenIntrospectionUrl', 'createdAt', 'updatedAt',
] as const;
const MESH_FIELDS = [
  'object', 'id', 'instance_id', 'name', 'client_id', 'client_uri', 'client_image_url', 'dynamically_registered', 'consent_screen_enabled', 'pkce_required',
  'public', 'scopes', 'redirect_uris', 'callback_url', 'authorize_url', 'token_fetch_url', 'user_info_url', 'discovery_url', 'token_introspection_url',
  'created_at', 'updated_at',
] as const;

const FRAGMENT = `fragment AppFields on OAuthApplication { ${FIELDS.join(' ')} }`;
const MESH_FRAGMENT = `fragment AppFields on OAuthApplication { ${MESH_FIELDS.join(' ')} }`;
const ERRORS = '... on Error { code message }';
const MESH_ERRORS = '... on ClerkErrors { errors { code message } }';
const aliasVariables = (type: string): string => Array.from({ length: ALIAS_DISTINCT_IDS }, (_, k) => `$i${k}: ${type}`).join(', ');
const aliases = (field: (variable: string) => string, errors: string): string =>
  Array.from({ length: ALIAS_COUNT }, (_, k) => `  a${k}: ${field(`$i${k % ALIAS_DISTINCT_IDS}`)} { __typename ... on OAuthApplication { ...AppFields } ${errors} }`).join('\n');

const DOCUMENTS = {
  graphql: {
    list: `query ListApps($limit: Int!) {
  oauthApplications(limit: $limit) {
    __typename
    ... on OAuthApplicationConnection { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { ...AppFields } }
    ${ERRORS}
  }
}
${FRAGMENT}`,
    get: `query GetApp($id: ID!) { oauthApplication(id: $id) { __typename ... on OAuthApplication { ...AppFields } ${ERRORS} } }
${FRAGMENT}`,
    aliases: `query AliasedGets(${aliasVariables('ID!')}) {
${aliases((id) => `oauthApplication(id: ${id})`, ERRORS)}
}
${FRAGMENT}`,
  },
  mesh: {
    list: `query ListApps($limit: PositiveInt!) {
  ListOAuthApplications(limit: $limit, offset: 0) { __typename ... on OAuthApplications { total_count data { ...AppFields } } ${MESH_ERRORS} }
}
${MESH_FRAGMENT}`,
    get: `query GetApp($id: String!) { GetOAuthApplication(oauth_application_id: $id) { __typename ... on OAuthApplication { ...AppFields } ${MESH_ERRORS} } }
${MESH_FRAGMENT}`,
    aliases: `query AliasedGets(${aliasVariables('String!')}) {
${aliases((id) => `GetOAuthApplication(oauth_application_id: ${id})`, MESH_ERRORS)}
}
${MESH_FRAGMENT}`,
  },
};

/** A page and, in the same operation, node lookups of the ids on that page. */
const LIST_THEN_NODES = `query ListThenNodes($limit: Int!, $ids: [ID!]!) {
  oauthApplications(limit: $limit) { __typename ... on OAuthApplicationConnection { totalCount nodes { id name } } ${ERRORS} }
  nodes(ids: $ids) { __typename ...AppFields }
}
${FRAGMENT}`;

const GRAPHQL_HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' };
const REST_HEADERS = { authorization: `Bearer ${BENCH_SECRET_KEY}`, 'clerk-api-version': CLERK_API_VERSION, accept: 'application/json' };

/** The list request the gateway makes upstream (it asks for newest first explicitly), and so the proxy's. */
export const LIST_PATH = `/v1/oauth_applications?limit=${LIST_LIMIT}&offset=0&order_by=-created_at`;

function graphql(operationName: string, query: string, variables: Record<string, unknown>): HttpCall {
  return { method: 'POST', path: '/graphql', headers: GRAPHQL_HEADERS, body: JSON.stringify({ query, operationName, variables }) };
}

const clean = (body: string): boolean => !body.includes('"errors"');
const has = (marker: string) => (body: string) => clean(body) && body.includes(marker);

export const WORKLOADS: Readonly<Record<WorkloadId, { readonly title: string; readonly expectedCalls: number }>> = {
  list: { title: `List of ${LIST_LIMIT}`, expectedCalls: 1 },
  get: { title: 'Get by id', expectedCalls: 1 },
  aliases: { title: `${ALIAS_COUNT} aliases over ${ALIAS_DISTINCT_IDS} ids`, expectedCalls: ALIAS_DISTINCT_IDS },
  listThenNodes: { title: `List of ${LIST_LIMIT} + nodes(ids) of its items`, expectedCalls: 1 },
};
export const WORKLOAD_IDS = Object.keys(WORKLOADS) as WorkloadId[];

/** What `protocol` is sent for `workload`, over the upstream's seeded ids (oldest first); null when it has no form of it. */
export function plan(workload: WorkloadId, protocol: Protocol, ids: readonly string[]): Plan | null {
  const five = ids.slice(0, ALIAS_DISTINCT_IDS);
  const aliasIds = Object.fromEntries(five.map((id, k) => [`i${k}`, id]));
  if (protocol === 'rest') {
    if (workload === 'list') return { calls: [{ method: 'GET', path: LIST_PATH, headers: REST_HEADERS }], verify: (body) => body.startsWith('{"data":[') };
    if (workload === 'get') {
      return { calls: five.map((id) => ({ method: 'GET', path: `/v1/oauth_applications/${encodeURIComponent(id)}`, headers: REST_HEADERS })), verify: has('"object":"oauth_application"') };
    }
    return null;
  }
  const documents = DOCUMENTS[protocol];
  switch (workload) {
    case 'list':
      return { calls: [graphql('ListApps', documents.list, { limit: LIST_LIMIT })], verify: has(protocol === 'mesh' ? '"__typename":"OAuthApplications"' : '"__typename":"OAuthApplicationConnection"') };
    case 'get':
      return { calls: five.map((id) => graphql('GetApp', documents.get, { id })), verify: has('"__typename":"OAuthApplication"') };
    case 'aliases':
      return { calls: [graphql('AliasedGets', documents.aliases, aliasIds)], verify: has(`"a${ALIAS_COUNT - 1}":{"__typename":"OAuthApplication"`) };
    case 'listThenNodes': {
      if (protocol === 'mesh') return null;
      // The page is newest first: the last LIST_LIMIT seeded ids, reversed. A null node is an id left unresolved.
      const onPage = ids.slice(-LIST_LIMIT).reverse();
      return {
        calls: [graphql('ListThenNodes', LIST_THEN_NODES, { limit: LIST_LIMIT, ids: onPage })],
        verify: (body) => has('"nodes":[{"__typename":"OAuthApplication"')(body) && !/[[,]null/.test(body),
      };
    }
  }
}
