
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "CreateOAuthApplicationResult": [
      "CreateOAuthApplicationPayload",
      "ForbiddenError",
      "IdempotencyConflictError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteOAuthApplicationResult": [
      "DeleteOAuthApplicationPayload",
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "Error": [
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "Node": [
      "OAuthApplication"
    ],
    "OAuthApplicationResult": [
      "ForbiddenError",
      "NotFoundError",
      "OAuthApplication",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "OAuthApplicationsResult": [
      "ForbiddenError",
      "OAuthApplicationConnection",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "RotateOAuthApplicationSecretResult": [
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "RotateOAuthApplicationSecretPayload",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateOAuthApplicationResult": [
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpdateOAuthApplicationPayload",
      "UpstreamError",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "CreateOAuthApplicationResult": [
      "CreateOAuthApplicationPayload",
      "ForbiddenError",
      "IdempotencyConflictError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "DeleteOAuthApplicationResult": [
      "DeleteOAuthApplicationPayload",
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "Error": [
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "Node": [
      "OAuthApplication"
    ],
    "OAuthApplicationResult": [
      "ForbiddenError",
      "NotFoundError",
      "OAuthApplication",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "OAuthApplicationsResult": [
      "ForbiddenError",
      "OAuthApplicationConnection",
      "RateLimitedError",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "RotateOAuthApplicationSecretResult": [
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "RotateOAuthApplicationSecretPayload",
      "UnauthorizedError",
      "UpstreamError",
      "ValidationError"
    ],
    "UpdateOAuthApplicationResult": [
      "ForbiddenError",
      "IdempotencyConflictError",
      "NotFoundError",
      "RateLimitedError",
      "UnauthorizedError",
      "UpdateOAuthApplicationPayload",
      "UpstreamError",
      "ValidationError"
    ]
  }
};
      export default result;
    