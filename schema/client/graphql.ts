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

export type CreateOAuthApplicationMutationVariables = Exact<{
  input: CreateOAuthApplicationInput;
}>;


export type CreateOAuthApplicationMutation = { createOAuthApplication:
    | { __typename: 'CreateOAuthApplicationPayload', clientSecret: string | null, replayed: boolean, oauthApplication: { id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string } }
    | { __typename: 'ForbiddenError', code: string, message: string, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, traceId: string | null }
    | { __typename: 'RateLimitedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type DeleteOAuthApplicationMutationVariables = Exact<{
  input: DeleteOAuthApplicationInput;
}>;


export type DeleteOAuthApplicationMutation = { deleteOAuthApplication:
    | { __typename: 'DeleteOAuthApplicationPayload', deletedOAuthApplicationId: string, replayed: boolean }
    | { __typename: 'ForbiddenError', code: string, message: string, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, traceId: string | null }
    | { __typename: 'RateLimitedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UpstreamError', code: string, message: string, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, traceId: string | null }
   };

export type GetOAuthApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type GetOAuthApplicationQuery = { oauthApplication:
    | { __typename: 'ForbiddenError', code: string, message: string, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, traceId: string | null }
    | { __typename: 'OAuthApplication', id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string }
    | { __typename: 'RateLimitedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UpstreamError', code: string, message: string, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, traceId: string | null }
   };

export type ListOAuthApplicationsQueryVariables = Exact<{
  limit?: number | null | undefined;
  after?: string | null | undefined;
  nameQuery?: string | null | undefined;
  orderBy?: OAuthApplicationOrder | null | undefined;
}>;


export type ListOAuthApplicationsQuery = { oauthApplications:
    | { __typename: 'ForbiddenError', code: string, message: string, traceId: string | null }
    | { __typename: 'OAuthApplicationConnection', totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string }> }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UpstreamError', code: string, message: string, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type OAuthApplicationFieldsFragment = { id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string };

export type RotateOAuthApplicationSecretMutationVariables = Exact<{
  input: RotateOAuthApplicationSecretInput;
}>;


export type RotateOAuthApplicationSecretMutation = { rotateOAuthApplicationSecret:
    | { __typename: 'ForbiddenError', code: string, message: string, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, traceId: string | null }
    | { __typename: 'RateLimitedError', code: string, message: string, traceId: string | null }
    | { __typename: 'RotateOAuthApplicationSecretPayload', clientSecret: string | null, replayed: boolean, oauthApplication: { id: string, updatedAt: string } }
    | { __typename: 'UnauthorizedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, traceId: string | null }
   };

export type UpdateOAuthApplicationMutationVariables = Exact<{
  input: UpdateOAuthApplicationInput;
}>;


export type UpdateOAuthApplicationMutation = { updateOAuthApplication:
    | { __typename: 'ForbiddenError', code: string, message: string, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, traceId: string | null }
    | { __typename: 'RateLimitedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, traceId: string | null }
    | { __typename: 'UpdateOAuthApplicationPayload', replayed: boolean, oauthApplication: { id: string, instanceId: string, name: string, clientId: string, clientUri: string | null, clientImageUrl: string | null, isPublic: boolean, dynamicallyRegistered: boolean, consentScreenEnabled: boolean, pkceRequired: boolean, scopes: Array<string>, redirectUris: Array<string>, authorizeUrl: string, tokenFetchUrl: string, userInfoUrl: string, discoveryUrl: string, tokenIntrospectionUrl: string, createdAt: string, updatedAt: string } }
    | { __typename: 'UpstreamError', code: string, message: string, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export const OAuthApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OAuthApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OAuthApplicationFieldsFragment, unknown>;
export const CreateOAuthApplicationDocument = {"__meta__":{"hash":"sha256:fab0cee33b163c4cc2839a355f508b3299cc157a22391a906eb55c66c42fc13d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOAuthApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OAuthApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OAuthApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateOAuthApplicationMutation, CreateOAuthApplicationMutationVariables>;
export const DeleteOAuthApplicationDocument = {"__meta__":{"hash":"sha256:4f1082ef8abf3e043ecb8f0a7caa224767e493545f1b85147bbffcdb7cf86454"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOAuthApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedOAuthApplicationId"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteOAuthApplicationMutation, DeleteOAuthApplicationMutationVariables>;
export const GetOAuthApplicationDocument = {"__meta__":{"hash":"sha256:c30c6bbe32550c1783f9e98354a2477517789bd810e794150b1c5c578d650c6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetOAuthApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OAuthApplicationFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OAuthApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<GetOAuthApplicationQuery, GetOAuthApplicationQueryVariables>;
export const ListOAuthApplicationsDocument = {"__meta__":{"hash":"sha256:dd7f1fc9b2ec681cd75955a9d6114993979dba24740d3113a83a7ace1d9823ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOAuthApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameQuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameQuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameQuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OAuthApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OAuthApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ListOAuthApplicationsQuery, ListOAuthApplicationsQueryVariables>;
export const RotateOAuthApplicationSecretDocument = {"__meta__":{"hash":"sha256:20ef99fe9fec12c28aa2ba9f68f2830fdd0877690f20240a78a86d4c28e5b049"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateOAuthApplicationSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthApplicationSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateOAuthApplicationSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthApplicationSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}}]} as unknown as DocumentNode<RotateOAuthApplicationSecretMutation, RotateOAuthApplicationSecretMutationVariables>;
export const UpdateOAuthApplicationDocument = {"__meta__":{"hash":"sha256:c9a964823cebd6d70fb6341bee7262ae9ab1a0e64c21fb340eef753b4c5125e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOAuthApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OAuthApplicationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OAuthApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instanceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientUri"}},{"kind":"Field","name":{"kind":"Name","value":"clientImageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"dynamicallyRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"authorizeUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenFetchUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userInfoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"discoveryUrl"}},{"kind":"Field","name":{"kind":"Name","value":"tokenIntrospectionUrl"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateOAuthApplicationMutation, UpdateOAuthApplicationMutationVariables>;