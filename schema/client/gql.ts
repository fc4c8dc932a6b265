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
    "mutation CreateOAuthApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": typeof types.CreateOAuthApplicationDocument,
    "mutation DeleteOAuthApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n      replayed\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": typeof types.DeleteOAuthApplicationDocument,
    "query GetOAuthApplication($id: ID!) {\n  oauthApplication(id: $id) {\n    __typename\n    ...OAuthApplicationFields\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": typeof types.GetOAuthApplicationDocument,
    "query ListOAuthApplications($limit: Int = 10, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on RateLimitedError {\n      retryAfterSeconds\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": typeof types.ListOAuthApplicationsDocument,
    "fragment OAuthApplicationFields on OAuthApplication {\n  id\n  instanceId\n  name\n  clientId\n  clientUri\n  clientImageUrl\n  isPublic\n  dynamicallyRegistered\n  consentScreenEnabled\n  pkceRequired\n  scopes\n  redirectUris\n  authorizeUrl\n  tokenFetchUrl\n  userInfoUrl\n  discoveryUrl\n  tokenIntrospectionUrl\n  createdAt\n  updatedAt\n}": typeof types.OAuthApplicationFieldsFragmentDoc,
    "mutation RotateOAuthApplicationSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        id\n        updatedAt\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": typeof types.RotateOAuthApplicationSecretDocument,
    "mutation UpdateOAuthApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": typeof types.UpdateOAuthApplicationDocument,
};
const documents: Documents = {
    "mutation CreateOAuthApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": types.CreateOAuthApplicationDocument,
    "mutation DeleteOAuthApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n      replayed\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": types.DeleteOAuthApplicationDocument,
    "query GetOAuthApplication($id: ID!) {\n  oauthApplication(id: $id) {\n    __typename\n    ...OAuthApplicationFields\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": types.GetOAuthApplicationDocument,
    "query ListOAuthApplications($limit: Int = 10, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on RateLimitedError {\n      retryAfterSeconds\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": types.ListOAuthApplicationsDocument,
    "fragment OAuthApplicationFields on OAuthApplication {\n  id\n  instanceId\n  name\n  clientId\n  clientUri\n  clientImageUrl\n  isPublic\n  dynamicallyRegistered\n  consentScreenEnabled\n  pkceRequired\n  scopes\n  redirectUris\n  authorizeUrl\n  tokenFetchUrl\n  userInfoUrl\n  discoveryUrl\n  tokenIntrospectionUrl\n  createdAt\n  updatedAt\n}": types.OAuthApplicationFieldsFragmentDoc,
    "mutation RotateOAuthApplicationSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        id\n        updatedAt\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": types.RotateOAuthApplicationSecretDocument,
    "mutation UpdateOAuthApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}": types.UpdateOAuthApplicationDocument,
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
export function graphql(source: "mutation CreateOAuthApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"): (typeof documents)["mutation CreateOAuthApplication($input: CreateOAuthApplicationInput!) {\n  createOAuthApplication(input: $input) {\n    __typename\n    ... on CreateOAuthApplicationPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteOAuthApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n      replayed\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"): (typeof documents)["mutation DeleteOAuthApplication($input: DeleteOAuthApplicationInput!) {\n  deleteOAuthApplication(input: $input) {\n    __typename\n    ... on DeleteOAuthApplicationPayload {\n      deletedOAuthApplicationId\n      replayed\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetOAuthApplication($id: ID!) {\n  oauthApplication(id: $id) {\n    __typename\n    ...OAuthApplicationFields\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"): (typeof documents)["query GetOAuthApplication($id: ID!) {\n  oauthApplication(id: $id) {\n    __typename\n    ...OAuthApplicationFields\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOAuthApplications($limit: Int = 10, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on RateLimitedError {\n      retryAfterSeconds\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"): (typeof documents)["query ListOAuthApplications($limit: Int = 10, $after: String, $nameQuery: String, $orderBy: OAuthApplicationOrder) {\n  oauthApplications(\n    limit: $limit\n    after: $after\n    nameQuery: $nameQuery\n    orderBy: $orderBy\n  ) {\n    __typename\n    ... on OAuthApplicationConnection {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on RateLimitedError {\n      retryAfterSeconds\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OAuthApplicationFields on OAuthApplication {\n  id\n  instanceId\n  name\n  clientId\n  clientUri\n  clientImageUrl\n  isPublic\n  dynamicallyRegistered\n  consentScreenEnabled\n  pkceRequired\n  scopes\n  redirectUris\n  authorizeUrl\n  tokenFetchUrl\n  userInfoUrl\n  discoveryUrl\n  tokenIntrospectionUrl\n  createdAt\n  updatedAt\n}"): (typeof documents)["fragment OAuthApplicationFields on OAuthApplication {\n  id\n  instanceId\n  name\n  clientId\n  clientUri\n  clientImageUrl\n  isPublic\n  dynamicallyRegistered\n  consentScreenEnabled\n  pkceRequired\n  scopes\n  redirectUris\n  authorizeUrl\n  tokenFetchUrl\n  userInfoUrl\n  discoveryUrl\n  tokenIntrospectionUrl\n  createdAt\n  updatedAt\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RotateOAuthApplicationSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        id\n        updatedAt\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"): (typeof documents)["mutation RotateOAuthApplicationSecret($input: RotateOAuthApplicationSecretInput!) {\n  rotateOAuthApplicationSecret(input: $input) {\n    __typename\n    ... on RotateOAuthApplicationSecretPayload {\n      clientSecret\n      replayed\n      oauthApplication {\n        id\n        updatedAt\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on UpstreamError {\n      status\n      outcomeUnknown\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOAuthApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"): (typeof documents)["mutation UpdateOAuthApplication($input: UpdateOAuthApplicationInput!) {\n  updateOAuthApplication(input: $input) {\n    __typename\n    ... on UpdateOAuthApplicationPayload {\n      replayed\n      oauthApplication {\n        ...OAuthApplicationFields\n      }\n    }\n    ... on ValidationError {\n      fieldErrors {\n        field\n        code\n        message\n      }\n    }\n    ... on NotFoundError {\n      resourceId\n    }\n    ... on Error {\n      code\n      message\n      traceId\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;