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

export type ConsoleApplicationFieldsFragment = { id: string, name: string, clientId: string, isPublic: boolean, pkceRequired: boolean, consentScreenEnabled: boolean, scopes: Array<string>, redirectUris: Array<string>, createdAt: string, updatedAt: string };

export type ConsoleApplicationsQueryVariables = Exact<{
  limit: number;
  after?: string | null | undefined;
  nameQuery?: string | null | undefined;
  orderBy?: OAuthApplicationOrder | null | undefined;
}>;


export type ConsoleApplicationsQuery = { oauthApplications:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'OAuthApplicationConnection', totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, clientId: string, isPublic: boolean, pkceRequired: boolean, consentScreenEnabled: boolean, scopes: Array<string>, redirectUris: Array<string>, createdAt: string, updatedAt: string }> }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type ConsoleCreateApplicationMutationVariables = Exact<{
  input: CreateOAuthApplicationInput;
}>;


export type ConsoleCreateApplicationMutation = { createOAuthApplication:
    | { __typename: 'CreateOAuthApplicationPayload', clientSecret: string | null, oauthApplication: { id: string, name: string, clientId: string, isPublic: boolean, pkceRequired: boolean, consentScreenEnabled: boolean, scopes: Array<string>, redirectUris: Array<string>, createdAt: string, updatedAt: string } }
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type ConsoleDeleteApplicationMutationVariables = Exact<{
  input: DeleteOAuthApplicationInput;
}>;


export type ConsoleDeleteApplicationMutation = { deleteOAuthApplication:
    | { __typename: 'DeleteOAuthApplicationPayload', deletedOAuthApplicationId: string }
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

type ConsoleErrorFields_ForbiddenError_Fragment = { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null };

type ConsoleErrorFields_IdempotencyConflictError_Fragment = { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null };

type ConsoleErrorFields_NotFoundError_Fragment = { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null };

type ConsoleErrorFields_RateLimitedError_Fragment = { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null };

type ConsoleErrorFields_UnauthorizedError_Fragment = { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null };

type ConsoleErrorFields_UpstreamError_Fragment = { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null };

type ConsoleErrorFields_ValidationError_Fragment = { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> };

export type ConsoleErrorFieldsFragment =
  | ConsoleErrorFields_ForbiddenError_Fragment
  | ConsoleErrorFields_IdempotencyConflictError_Fragment
  | ConsoleErrorFields_NotFoundError_Fragment
  | ConsoleErrorFields_RateLimitedError_Fragment
  | ConsoleErrorFields_UnauthorizedError_Fragment
  | ConsoleErrorFields_UpstreamError_Fragment
  | ConsoleErrorFields_ValidationError_Fragment
;

export type ConsoleRotateSecretMutationVariables = Exact<{
  input: RotateOAuthApplicationSecretInput;
}>;


export type ConsoleRotateSecretMutation = { rotateOAuthApplicationSecret:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RotateOAuthApplicationSecretPayload', clientSecret: string | null, oauthApplication: { id: string, name: string, clientId: string, isPublic: boolean, pkceRequired: boolean, consentScreenEnabled: boolean, scopes: Array<string>, redirectUris: Array<string>, createdAt: string, updatedAt: string } }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export type ConsoleUpdateApplicationMutationVariables = Exact<{
  input: UpdateOAuthApplicationInput;
}>;


export type ConsoleUpdateApplicationMutation = { updateOAuthApplication:
    | { __typename: 'ForbiddenError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'IdempotencyConflictError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'NotFoundError', resourceId: string, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'RateLimitedError', retryAfterSeconds: number | null, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UnauthorizedError', code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'UpdateOAuthApplicationPayload', oauthApplication: { id: string, name: string, clientId: string, isPublic: boolean, pkceRequired: boolean, consentScreenEnabled: boolean, scopes: Array<string>, redirectUris: Array<string>, createdAt: string, updatedAt: string } }
    | { __typename: 'UpstreamError', status: number | null, outcomeUnknown: boolean, code: string, message: string, longMessage: string | null, traceId: string | null }
    | { __typename: 'ValidationError', code: string, message: string, longMessage: string | null, traceId: string | null, fieldErrors: Array<{ field: string | null, code: string, message: string }> }
   };

export const ConsoleApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ConsoleApplicationFieldsFragment, unknown>;
export const ConsoleErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<ConsoleErrorFieldsFragment, unknown>;
export const ConsoleApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nameQuery"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"nameQuery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nameQuery"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplicationConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<ConsoleApplicationsQuery, ConsoleApplicationsQueryVariables>;
export const ConsoleCreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateApplicationMutation, ConsoleCreateApplicationMutationVariables>;
export const ConsoleDeleteApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedOAuthApplicationId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeleteApplicationMutation, ConsoleDeleteApplicationMutationVariables>;
export const ConsoleRotateSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRotateSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthApplicationSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateOAuthApplicationSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RotateOAuthApplicationSecretPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}},{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<ConsoleRotateSecretMutation, ConsoleRotateSecretMutationVariables>;
export const ConsoleUpdateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOAuthApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOAuthApplicationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthApplication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApplicationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OAuthApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"isPublic"}},{"kind":"Field","name":{"kind":"Name","value":"pkceRequired"}},{"kind":"Field","name":{"kind":"Name","value":"consentScreenEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUris"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"longMessage"}},{"kind":"Field","name":{"kind":"Name","value":"traceId"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resourceId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RateLimitedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryAfterSeconds"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpstreamError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcomeUnknown"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateApplicationMutation, ConsoleUpdateApplicationMutationVariables>;