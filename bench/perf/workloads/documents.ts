/**
 * The GraphQL operations of the workloads. Every application field is selected, in the order the
 * reshape floor writes them, so that both answer with the same bytes.
 */
import { ALIAS_COUNT, ALIAS_DISTINCT_IDS } from '../constants.js';

export const APPLICATION_FIELDS = [
  'id',
  'instanceId',
  'name',
  'clientId',
  'clientUri',
  'clientImageUrl',
  'isPublic',
  'dynamicallyRegistered',
  'consentScreenEnabled',
  'pkceRequired',
  'scopes',
  'redirectUris',
  'callbackUrl',
  'authorizeUrl',
  'tokenFetchUrl',
  'userInfoUrl',
  'discoveryUrl',
  'tokenIntrospectionUrl',
  'createdAt',
  'updatedAt',
] as const;

const FRAGMENT = `fragment AppFields on OAuthApplication { ${APPLICATION_FIELDS.join(' ')} }`;
const ERROR_FIELDS = '... on Error { code message }';

export const LIST_APPS = `query ListApps($limit: Int!) {
  oauthApplications(limit: $limit) {
    __typename
    ... on OAuthApplicationConnection {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes { ...AppFields }
    }
    ${ERROR_FIELDS}
  }
}
${FRAGMENT}`;

export const GET_APP = `query GetApp($id: ID!) {
  oauthApplication(id: $id) {
    __typename
    ... on OAuthApplication { ...AppFields }
    ${ERROR_FIELDS}
  }
}
${FRAGMENT}`;

/** Alias aK reads id iK mod ALIAS_DISTINCT_IDS: 20 lookups over 5 distinct ids. */
export function aliasIdVariable(alias: number): string {
  return `i${alias % ALIAS_DISTINCT_IDS}`;
}

export const ALIASED_GETS = `query AliasedGets(${Array.from({ length: ALIAS_DISTINCT_IDS }, (_, k) => `$i${k}: ID!`).join(', ')}) {
${Array.from(
  { length: ALIAS_COUNT },
  (_, k) => `  a${k}: oauthApplication(id: $${aliasIdVariable(k)}) { __typename ... on OAuthApplication { ...AppFields } ${ERROR_FIELDS} }`,
).join('\n')}
}
${FRAGMENT}`;

/** A page and, in the same operation, node lookups of the ids on that page. */
export const LIST_THEN_NODES = `query ListThenNodes($limit: Int!, $ids: [ID!]!) {
  oauthApplications(limit: $limit) {
    __typename
    ... on OAuthApplicationConnection { totalCount nodes { id name } }
    ${ERROR_FIELDS}
  }
  nodes(ids: $ids) { __typename ...AppFields }
}
${FRAGMENT}`;

export const CREATE_APP = `mutation CreateApp($input: CreateOAuthApplicationInput!) {
  createOAuthApplication(input: $input) {
    __typename
    ... on CreateOAuthApplicationPayload { clientSecret oauthApplication { ...AppFields } }
    ${ERROR_FIELDS}
  }
}
${FRAGMENT}`;

/** The create input every write workload sends, and its Clerk body for the pass-through targets. */
export const CREATE_INPUT = {
  name: 'Bench Created Application',
  redirectUris: ['https://created.example.com/oauth/callback'],
  scopes: ['profile', 'email'],
  consentScreenEnabled: true,
  pkceRequired: false,
  isPublic: false,
} as const;

export const CREATE_CLERK_BODY = {
  name: CREATE_INPUT.name,
  redirect_uris: [...CREATE_INPUT.redirectUris],
  scopes: CREATE_INPUT.scopes.join(' '),
  consent_screen_enabled: CREATE_INPUT.consentScreenEnabled,
  pkce_required: CREATE_INPUT.pkceRequired,
  public: CREATE_INPUT.isPublic,
} as const;
