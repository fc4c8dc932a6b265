/**
 * The soak's GraphQL documents, as plain strings (the soak talks HTTP like any client). One root
 * field per document, so that each response has exactly one result to judge.
 */

const ERROR_FIELDS = /* GraphQL */ `
  fragment SoakError on Error {
    code
    message
    ... on UpstreamError { status outcomeUnknown }
    ... on RateLimitedError { retryAfterSeconds }
    ... on NotFoundError { resourceId }
    ... on ValidationError { fieldErrors { field code } }
  }
`;

const APPLICATION_FIELDS = /* GraphQL */ `
  fragment SoakApplication on OAuthApplication { id name scopes clientId isPublic }
`;

export const CREATE = /* GraphQL */ `
  mutation SoakCreate($input: CreateOAuthApplicationInput!, $retries: RetryConfigInput) {
    createOAuthApplication(input: $input, retries: $retries) {
      __typename
      ... on CreateOAuthApplicationPayload { clientSecret oauthApplication { ...SoakApplication } }
      ...SoakError
    }
  }
  ${APPLICATION_FIELDS}
  ${ERROR_FIELDS}
`;

export const GET = /* GraphQL */ `
  query SoakGet($id: ID!, $retries: RetryConfigInput) {
    oauthApplication(id: $id, retries: $retries) {
      __typename
      ...SoakApplication
      ...SoakError
    }
  }
  ${APPLICATION_FIELDS}
  ${ERROR_FIELDS}
`;

export const LIST = /* GraphQL */ `
  query SoakList(
    $limit: Int
    $offset: Int
    $after: String
    $orderBy: OAuthApplicationOrder
    $nameQuery: String
    $retries: RetryConfigInput
  ) {
    oauthApplications(limit: $limit, offset: $offset, after: $after, orderBy: $orderBy, nameQuery: $nameQuery, retries: $retries) {
      __typename
      ... on OAuthApplicationConnection {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...SoakApplication }
      }
      ...SoakError
    }
  }
  ${APPLICATION_FIELDS}
  ${ERROR_FIELDS}
`;

export const UPDATE = /* GraphQL */ `
  mutation SoakUpdate($input: UpdateOAuthApplicationInput!, $retries: RetryConfigInput) {
    updateOAuthApplication(input: $input, retries: $retries) {
      __typename
      ... on UpdateOAuthApplicationPayload { oauthApplication { ...SoakApplication } }
      ...SoakError
    }
  }
  ${APPLICATION_FIELDS}
  ${ERROR_FIELDS}
`;

export const DELETE = /* GraphQL */ `
  mutation SoakDelete($input: DeleteOAuthApplicationInput!, $retries: RetryConfigInput) {
    deleteOAuthApplication(input: $input, retries: $retries) {
      __typename
      ... on DeleteOAuthApplicationPayload { deletedOAuthApplicationId }
      ...SoakError
    }
  }
  ${ERROR_FIELDS}
`;

export const ROTATE = /* GraphQL */ `
  mutation SoakRotate($input: RotateOAuthApplicationSecretInput!, $retries: RetryConfigInput) {
    rotateOAuthApplicationSecret(input: $input, retries: $retries) {
      __typename
      ... on RotateOAuthApplicationSecretPayload { clientSecret oauthApplication { ...SoakApplication } }
      ...SoakError
    }
  }
  ${APPLICATION_FIELDS}
  ${ERROR_FIELDS}
`;

export const NODE = /* GraphQL */ `
  query SoakNode($id: ID!) {
    node(id: $id) { __typename id ... on OAuthApplication { name scopes } }
  }
`;

export const NODES = /* GraphQL */ `
  query SoakNodes($ids: [ID!]!) {
    nodes(ids: $ids) { __typename id ... on OAuthApplication { name scopes } }
  }
`;

/** The root field each document asks for. */
export type RootField =
  | 'createOAuthApplication'
  | 'oauthApplication'
  | 'oauthApplications'
  | 'updateOAuthApplication'
  | 'deleteOAuthApplication'
  | 'rotateOAuthApplicationSecret'
  | 'node'
  | 'nodes';

export const ROOT_FIELDS: readonly RootField[] = [
  'createOAuthApplication',
  'oauthApplication',
  'oauthApplications',
  'updateOAuthApplication',
  'deleteOAuthApplication',
  'rotateOAuthApplicationSecret',
  'node',
  'nodes',
];
