import { graphql } from '../generated/index.js';

/** Typed documents shared by the GraphQL suites; a renamed field breaks them at compile time. */
export const ApplicationFields = graphql(`
  fragment TestApplicationFields on OAuthApplication {
    id
    instanceId
    name
    clientId
    clientUri
    clientImageUrl
    isPublic
    dynamicallyRegistered
    consentScreenEnabled
    pkceRequired
    scopes
    redirectUris
    callbackUrl
    authorizeUrl
    tokenFetchUrl
    userInfoUrl
    discoveryUrl
    tokenIntrospectionUrl
    createdAt
    updatedAt
  }
`);

/** Every error member of every result union, read once for all documents. */
export const ErrorFields = graphql(`
  fragment TestErrorFields on Error {
    code
    message
    longMessage
    traceId
    ... on ValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on NotFoundError {
      resourceId
    }
    ... on RateLimitedError {
      retryAfterSeconds
    }
    ... on UpstreamError {
      status
      outcomeUnknown
    }
  }
`);

export const ListApplications = graphql(`
  query TestListApplications(
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
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            id
            name
          }
        }
        nodes {
          ...TestApplicationFields
        }
      }
      ...TestErrorFields
    }
  }
`);

export const GetApplication = graphql(`
  query TestGetApplication($id: ID!, $retries: RetryConfigInput) {
    oauthApplication(id: $id, retries: $retries) {
      __typename
      ...TestApplicationFields
      ...TestErrorFields
    }
  }
`);

export const CreateApplication = graphql(`
  mutation TestCreateApplication($input: CreateOAuthApplicationInput!, $retries: RetryConfigInput) {
    createOAuthApplication(input: $input, retries: $retries) {
      __typename
      ... on CreateOAuthApplicationPayload {
        clientSecret
        replayed
        oauthApplication {
          ...TestApplicationFields
        }
      }
      ...TestErrorFields
    }
  }
`);

export const UpdateApplication = graphql(`
  mutation TestUpdateApplication($input: UpdateOAuthApplicationInput!, $retries: RetryConfigInput) {
    updateOAuthApplication(input: $input, retries: $retries) {
      __typename
      ... on UpdateOAuthApplicationPayload {
        replayed
        oauthApplication {
          ...TestApplicationFields
        }
      }
      ...TestErrorFields
    }
  }
`);

export const DeleteApplication = graphql(`
  mutation TestDeleteApplication($input: DeleteOAuthApplicationInput!, $retries: RetryConfigInput) {
    deleteOAuthApplication(input: $input, retries: $retries) {
      __typename
      ... on DeleteOAuthApplicationPayload {
        deletedOAuthApplicationId
        replayed
      }
      ...TestErrorFields
    }
  }
`);

export const RotateSecret = graphql(`
  mutation TestRotateSecret($input: RotateOAuthApplicationSecretInput!, $retries: RetryConfigInput) {
    rotateOAuthApplicationSecret(input: $input, retries: $retries) {
      __typename
      ... on RotateOAuthApplicationSecretPayload {
        clientSecret
        replayed
        oauthApplication {
          id
          updatedAt
        }
      }
      ...TestErrorFields
    }
  }
`);

export const NodeLookup = graphql(`
  query TestNodeLookup($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on OAuthApplication {
        name
      }
    }
  }
`);

export const NodesLookup = graphql(`
  query TestNodesLookup($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
    }
  }
`);
