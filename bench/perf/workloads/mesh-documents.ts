/**
 * The same workloads in the schema GraphQL Mesh generates from the OpenAPI spec: one root field per
 * operationId, Clerk's snake_case fields, and a union of the answer and ClerkErrors per operation.
 * Every application field is selected, as in the gateway's documents.
 */
import { ALIAS_COUNT, ALIAS_DISTINCT_IDS } from '../constants.js';
import { aliasIdVariable } from './documents.js';

const APPLICATION_FIELDS = [
  'object',
  'id',
  'instance_id',
  'name',
  'client_id',
  'client_uri',
  'client_image_url',
  'dynamically_registered',
  'consent_screen_enabled',
  'pkce_required',
  'public',
  'scopes',
  'redirect_uris',
  'callback_url',
  'authorize_url',
  'token_fetch_url',
  'user_info_url',
  'discovery_url',
  'token_introspection_url',
  'created_at',
  'updated_at',
] as const;

const FRAGMENT = `fragment AppFields on OAuthApplication { ${APPLICATION_FIELDS.join(' ')} }`;
const ERROR_FIELDS = '... on ClerkErrors { errors { code message } }';

export const MESH_LIST_APPS = `query ListApps($limit: PositiveInt!) {
  ListOAuthApplications(limit: $limit, offset: 0) {
    __typename
    ... on OAuthApplications { total_count data { ...AppFields } }
    ${ERROR_FIELDS}
  }
}
${FRAGMENT}`;

export const MESH_GET_APP = `query GetApp($id: String!) {
  GetOAuthApplication(oauth_application_id: $id) {
    __typename
    ... on OAuthApplication { ...AppFields }
    ${ERROR_FIELDS}
  }
}
${FRAGMENT}`;

export const MESH_ALIASED_GETS = `query AliasedGets(${Array.from({ length: ALIAS_DISTINCT_IDS }, (_, k) => `$i${k}: String!`).join(', ')}) {
${Array.from(
  { length: ALIAS_COUNT },
  (_, k) => `  a${k}: GetOAuthApplication(oauth_application_id: $${aliasIdVariable(k)}) { __typename ... on OAuthApplication { ...AppFields } ${ERROR_FIELDS} }`,
).join('\n')}
}
${FRAGMENT}`;
