/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new OAuth application. */
export type CreateOAuthApplicationInput = {
  /**
   * A single redirect URI (Clerk's deprecated callback_url).
   * @deprecated Use redirectUris.
   */
  callbackUrl?: string | null | undefined;
  /** Show a consent screen (Clerk's default: true). */
  consentScreenEnabled?: boolean | null | undefined;
  /** Chosen by the client once per user action (8-255 printable characters): a repeat with the same key and input within 24 hours gets the first answer instead of a second write. */
  idempotencyKey?: string | null | undefined;
  /** A public client has no secret and uses PKCE (default: false). */
  isPublic?: boolean | null | undefined;
  /** Display name, at most 256 characters. */
  name: string;
  /** Require PKCE (Clerk's default: false). */
  pkceRequired?: boolean | null | undefined;
  /** Redirect URIs; any scheme (https://, myapp://) is allowed. */
  redirectUris?: Array<string> | null | undefined;
  /** Defaults to ["profile", "email"] (Clerk's default). */
  scopes?: Array<string> | null | undefined;
};

/** The application to delete. */
export type DeleteOAuthApplicationInput = {
  /** The application to delete (oa_...). */
  id: string | number;
  /** Chosen by the client once per user action (8-255 printable characters): a repeat with the same key and input within 24 hours gets the first answer instead of a second write. */
  idempotencyKey?: string | null | undefined;
};

/** Ordering of the list. */
export type OAuthApplicationOrder = {
  /** Which way. */
  direction: OrderDirection;
  /** What to order by. */
  field: OAuthApplicationOrderField;
};

/** What the list can be ordered by. */
export type OAuthApplicationOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name, alphabetically. */
  | 'NAME';

/** Sort direction. */
export type OrderDirection =
  /** Ascending: oldest or A first. */
  | 'ASC'
  /** Descending: newest or Z first. */
  | 'DESC';

/** Per-call override of the retry policy (the SDKs' RetryConfig). The server caps every value. */
export type RetryConfigInput = {
  /** Growth factor of the delay from one retry to the next (default 1.5, between 1 and 10). */
  exponent?: number | null | undefined;
  /** Delay before the first retry, in milliseconds (default 500, at least 10). */
  initialIntervalMs?: number | null | undefined;
  /** Time budget for all attempts of the call, in milliseconds: at least 1000, at most the server's ceiling (30000 by default). */
  maxElapsedTimeMs?: number | null | undefined;
  /** Longest delay between two attempts, in milliseconds (default 60000, capped by the server). */
  maxIntervalMs?: number | null | undefined;
  /** Whether connection failures are retried (default true). */
  retryConnectionErrors?: boolean | null | undefined;
  /** BACKOFF retries with exponential backoff; NONE makes one attempt. */
  strategy?: RetryStrategy;
};

/** Whether a failed Clerk call is retried. */
export type RetryStrategy =
  /** Retry with exponential backoff and jitter (the default). */
  | 'BACKOFF'
  /** Make a single attempt. */
  | 'NONE';

/** The application whose secret to rotate. */
export type RotateOAuthApplicationSecretInput = {
  /** The application (oa_...). */
  id: string | number;
  /** Chosen by the client once per user action (8-255 printable characters): a repeat with the same key and input within 24 hours gets the first answer instead of a second write. */
  idempotencyKey?: string | null | undefined;
};

/** Only the fields given are changed. */
export type UpdateOAuthApplicationInput = {
  /**
   * Replaces the redirect URIs with this one (Clerk's deprecated callback_url).
   * @deprecated Use redirectUris.
   */
  callbackUrl?: string | null | undefined;
  /** Show a consent screen. */
  consentScreenEnabled?: boolean | null | undefined;
  /** The application to change (oa_...). */
  id: string | number;
  /** Chosen by the client once per user action (8-255 printable characters): a repeat with the same key and input within 24 hours gets the first answer instead of a second write. */
  idempotencyKey?: string | null | undefined;
  /** Make the client public (no secret) or confidential; rotate the secret to obtain one after switching to confidential. */
  isPublic?: boolean | null | undefined;
  /** New display name, at most 256 characters. */
  name?: string | null | undefined;
  /** Require PKCE. */
  pkceRequired?: boolean | null | undefined;
  /** Replaces the redirect URIs. */
  redirectUris?: Array<string> | null | undefined;
  /** Replaces the scopes. */
  scopes?: Array<string> | null | undefined;
};

export type TestTwentyAliasesQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  c: string | number;
  d: string | number;
  e: string | number;
}>;


export type TestTwentyAliasesQuery = { a1:
    | { id: string }
    | Record<PropertyKey, never>
  , b1:
    | { id: string }
    | Record<PropertyKey, never>
  , c1:
    | { id: string }
    | Record<PropertyKey, never>
  , d1:
    | { id: string }
    | Record<PropertyKey, never>
  , e1:
    | { id: string }
    | Record<PropertyKey, never>
  , a2:
    | { id: string }
    | Record<PropertyKey, never>
  , b2:
    | { id: string }
    | Record<PropertyKey, never>
  , c2:
    | { id: string }
    | Record<PropertyKey, never>
  , d2:
    | { id: string }
    | Record<PropertyKey, never>
  , e2:
    | { id: string }
    | Record<PropertyKey, never>
  , a3: { id: string } | null, b3: { id: string } | null, c3: { id: string } | null, d3: { id: string } | null, e3: { id: string } | null, a4:
    | { name: string }
    | Record<PropertyKey, never>
  , b4:
    | { name: string }
    | Record<PropertyKey, never>
  , c4:
    | { name: string }
    | Record<PropertyKey, never>
  , d4:
    | { name: string }
    | Record<PropertyKey, never>
  , e4: Array<{ id: string } | null> };

export type TestListThenNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TestListThenNodesQuery = { oauthApplications:
    | { totalCount: number }
    | Record<PropertyKey, never>
  , nodes: Array<{ name: string, id: string } | null> };

export type TestApplicationFieldsFragment = { id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, callbackUrl: string | null, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string };

type TestErrorFields_ForbiddenError_Fragment = { code: string, message: string, longMessage: string | null, traceId: string | null };

type TestErrorFields_IdempotencyConflictError_Fragment = { code: string, message: string, longMessage: string | null, traceId: string | null };

type TestErrorFields_NotFoundError_Fragment = { resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null };

type TestErrorFields_RateLimitedError_Fragment = { retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null };

type TestErrorFields_UnauthorizedError_Fragment = { code: string, message: string, longMessage: string | null, traceId: string | null };

type TestErrorFields_UpstreamError_Fragment = { status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null };

type TestErrorFields_ValidationError_Fragment = { code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> };

export type TestErrorFieldsFragment =
  | TestErrorFields_ForbiddenError_Fragment
  | TestErrorFields_IdempotencyConflictError_Fragment
  | TestErrorFields_NotFoundError_Fragment
  | TestErrorFields_RateLimitedError_Fragment
  | TestErrorFields_UnauthorizedError_Fragment
  | TestErrorFields_UpstreamError_Fragment
  | TestErrorFields_ValidationError_Fragment
;

export type TestListApplicationsQueryVariables = Exact<{
  limit?: number | null | undefined;
  offset?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: OAuthApplicationOrder | null | undefined;
  nameQuery?: string | null | undefined;
  retries?: RetryConfigInput | null | undefined;
}>;


export type TestListApplicationsQuery = { oauthApplications:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'OAuthApplicationConnection', totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string } }>, nodes: Array<{ id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, callbackUrl: string | null, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string }> }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type TestGetApplicationQueryVariables = Exact<{
  id: string | number;
  retries?: RetryConfigInput | null | undefined;
}>;


export type TestGetApplicationQuery = { oauthApplication:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'OAuthApplication', id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, callbackUrl: string | null, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type TestCreateApplicationMutationVariables = Exact<{
  input: CreateOAuthApplicationInput;
  retries?: RetryConfigInput | null | undefined;
}>;


export type TestCreateApplicationMutation = { createOAuthApplication:
    | { __typename: 'CreateOAuthApplicationPayload', clientSecret: string | null, replayed: boolean, oauthApplication: { id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, callbackUrl: string | null, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string } }
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type TestUpdateApplicationMutationVariables = Exact<{
  input: UpdateOAuthApplicationInput;
  retries?: RetryConfigInput | null | undefined;
}>;


export type TestUpdateApplicationMutation = { updateOAuthApplication:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpdateOAuthApplicationPayload', replayed: boolean, oauthApplication: { id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, callbackUrl: string | null, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string } }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type TestDeleteApplicationMutationVariables = Exact<{
  input: DeleteOAuthApplicationInput;
  retries?: RetryConfigInput | null | undefined;
}>;


export type TestDeleteApplicationMutation = { deleteOAuthApplication:
    | { __typename: 'DeleteOAuthApplicationPayload', deletedOAuthApplicationId: string, replayed: boolean }
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type TestRotateSecretMutationVariables = Exact<{
  input: RotateOAuthApplicationSecretInput;
  retries?: RetryConfigInput | null | undefined;
}>;


export type TestRotateSecretMutation = { rotateOAuthApplicationSecret:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RotateOAuthApplicationSecretPayload', clientSecret: string | null, replayed: boolean, oauthApplication: { id: string, updatedAt: string } }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type TestNodeLookupQueryVariables = Exact<{
  id: string | number;
}>;


export type TestNodeLookupQuery = { node: { __typename: 'OAuthApplication', name: string, id: string } | null };

export type TestNodesLookupQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type TestNodesLookupQuery = { nodes: Array<{ __typename: 'OAuthApplication', id: string } | null> };

export const TestApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TestApplicationFieldsFragment, unknown>;
export const TestErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestErrorFieldsFragment, unknown>;
export const TestTwentyAliasesDocument = {"__meta__":{"hash":"sha256:9064054c057d5d3460b20d3e65c5e4d6efb99444bb11c6424647c6f43f3c5734"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestTwentyAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"c"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"d"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"e"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a1"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b1"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c1"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d1"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e1"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a2"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b2"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c2"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d2"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e2"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a3"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b3"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c3"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d3"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e3"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"e"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"a4"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b4"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c4"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"c"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d4"},"name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"d"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e4"},"name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"e"}},{"kind":"Variable","name":{"kind":"Name","value":"a"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestTwentyAliasesQuery, TestTwentyAliasesQueryVariables>;
export const TestListThenNodesDocument = {"__meta__":{"hash":"sha256:5958ffb4dca9d2901fe5fed292ee4b69ba9f3a35b6b42a62098c665256b6a83b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestListThenNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TestListThenNodesQuery, TestListThenNodesQueryVariables>;
export const TestListApplicationsDocument = {"__meta__":{"hash":"sha256:3ecd14ef5260bd55a4a48caeca480821f7b61ad59f4f3cb2b0d86ef193fd9f21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestListApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameQuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryConfigInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameQuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameQuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"retries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestListApplicationsQuery, TestListApplicationsQueryVariables>;
export const TestGetApplicationDocument = {"__meta__":{"hash":"sha256:a55427a965dabfe09da51d1f602632bf6ed4f694847cc6fb748196c36f08267c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestGetApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryConfigInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"retries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestApplicationFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestGetApplicationQuery, TestGetApplicationQueryVariables>;
export const TestCreateApplicationDocument = {"__meta__":{"hash":"sha256:92abc1a3fd31813404c88e4d1d4ab2356ecc4946913876bd71c660b0f849ee03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestCreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryConfigInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"retries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestCreateApplicationMutation, TestCreateApplicationMutationVariables>;
export const TestUpdateApplicationDocument = {"__meta__":{"hash":"sha256:7816bf9a08d51d486236ba803500c2bb4068be80c24e3e3ac51937d382b64b82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestUpdateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryConfigInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"retries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestUpdateApplicationMutation, TestUpdateApplicationMutationVariables>;
export const TestDeleteApplicationDocument = {"__meta__":{"hash":"sha256:32f328c670ea16d88c9003cdddb1a55a6bc03fa50a640d718df8aea342e2f193"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestDeleteApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthApplicationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryConfigInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"retries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedOAuthApplicationId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestDeleteApplicationMutation, TestDeleteApplicationMutationVariables>;
export const TestRotateSecretDocument = {"__meta__":{"hash":"sha256:f3f16c8dd78cd1b90c20817e7fd6fca2b6a6157ba7daacdd8f6ba47733aeab2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestRotateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthApplicationSecretInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetryConfigInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateOAuthApplicationSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"retries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthApplicationSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TestErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TestErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<TestRotateSecretMutation, TestRotateSecretMutationVariables>;
export const TestNodeLookupDocument = {"__meta__":{"hash":"sha256:9ae2fd4cacf766109bca18824a4759a96a5f718132e33a0931298d436ec064cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestNodeLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TestNodeLookupQuery, TestNodeLookupQueryVariables>;
export const TestNodesLookupDocument = {"__meta__":{"hash":"sha256:4c2ad3d2e757028674b3dfb6a16f3ce3ea66043f70680c22efeabc33ac658d01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TestNodesLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TestNodesLookupQuery, TestNodesLookupQueryVariables>;