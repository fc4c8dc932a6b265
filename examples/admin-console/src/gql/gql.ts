/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ConsoleApplicationFields on OAuthApplication {\n  id\n  name\n  clientId\n  isPublic\n  pkceRequired\n  consentScreenEnabled\n  scopes\n  redirectUris\n  createdAt\n  updatedAt\n}": typeof types.ConsoleApplicationFieldsFragmentDoc,
    "query ConsoleApplications($limit: Int!, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": typeof types.ConsoleApplicationsDocument,
    "mutation ConsoleCreateApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": typeof types.ConsoleCreateApplicationDocument,
    "mutation ConsoleDeleteApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n    }\n    ...ConsoleErrorFields\n  }\n}": typeof types.ConsoleDeleteApplicationDocument,
    "fragment ConsoleErrorFields on Error {\n  __typename\n  code\n  message\n  longMessage\n  traceId\n  ... on ValidationError {\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n  ... on NotFoundError {\n    resourceId\n  }\n  ... on RateLimitedError {\n    retryAfterSeconds\n  }\n  ... on UpstreamError {\n    status\n    outcomeUnknown\n  }\n}": typeof types.ConsoleErrorFieldsFragmentDoc,
    "mutation ConsoleRotateSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": typeof types.ConsoleRotateSecretDocument,
    "mutation ConsoleUpdateApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": typeof types.ConsoleUpdateApplicationDocument,
};
const documents: Documents = {
    "fragment ConsoleApplicationFields on OAuthApplication {\n  id\n  name\n  clientId\n  isPublic\n  pkceRequired\n  consentScreenEnabled\n  scopes\n  redirectUris\n  createdAt\n  updatedAt\n}": types.ConsoleApplicationFieldsFragmentDoc,
    "query ConsoleApplications($limit: Int!, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": types.ConsoleApplicationsDocument,
    "mutation ConsoleCreateApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": types.ConsoleCreateApplicationDocument,
    "mutation ConsoleDeleteApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n    }\n    ...ConsoleErrorFields\n  }\n}": types.ConsoleDeleteApplicationDocument,
    "fragment ConsoleErrorFields on Error {\n  __typename\n  code\n  message\n  longMessage\n  traceId\n  ... on ValidationError {\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n  ... on NotFoundError {\n    resourceId\n  }\n  ... on RateLimitedError {\n    retryAfterSeconds\n  }\n  ... on UpstreamError {\n    status\n    outcomeUnknown\n  }\n}": types.ConsoleErrorFieldsFragmentDoc,
    "mutation ConsoleRotateSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": types.ConsoleRotateSecretDocument,
    "mutation ConsoleUpdateApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}": types.ConsoleUpdateApplicationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConsoleApplicationFields on OAuthApplication {\n  id\n  name\n  clientId\n  isPublic\n  pkceRequired\n  consentScreenEnabled\n  scopes\n  redirectUris\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment ConsoleApplicationFields on OAuthApplication {\n  id\n  name\n  clientId\n  isPublic\n  pkceRequired\n  consentScreenEnabled\n  scopes\n  redirectUris\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleApplications($limit: Int!, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"): (typeof documents)["query ConsoleApplications($limit: Int!, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleCreateApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"): (typeof documents)["mutation ConsoleCreateApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleDeleteApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n    }\n    ...ConsoleErrorFields\n  }\n}"): (typeof documents)["mutation ConsoleDeleteApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n    }\n    ...ConsoleErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ConsoleErrorFields on Error {\n  __typename\n  code\n  message\n  longMessage\n  traceId\n  ... on ValidationError {\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n  ... on NotFoundError {\n    resourceId\n  }\n  ... on RateLimitedError {\n    retryAfterSeconds\n  }\n  ... on UpstreamError {\n    status\n    outcomeUnknown\n  }\n}"): (typeof documents)["fragment ConsoleErrorFields on Error {\n  __typename\n  code\n  message\n  longMessage\n  traceId\n  ... on ValidationError {\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n  ... on NotFoundError {\n    resourceId\n  }\n  ... on RateLimitedError {\n    retryAfterSeconds\n  }\n  ... on UpstreamError {\n    status\n    outcomeUnknown\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleRotateSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"): (typeof documents)["mutation ConsoleRotateSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConsoleUpdateApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"): (typeof documents)["mutation ConsoleUpdateApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      oauthApplication {\n        ...ConsoleApplicationFields\n      }\n    }\n    ...ConsoleErrorFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;