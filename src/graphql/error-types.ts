import {
  ForbiddenError,
  type GatewayError,
  IdempotencyConflictError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
  type ClerkErrorDetail,
} from '../clerk/errors.js';
import { builder } from './builder.js';
import { graphqlPathForClerkParam } from './field-paths.js';

/**
 * The contract's error types, backed by the gateway's own error classes. Only these classes are
 * listed in result unions, so any other exception stays a masked GraphQL error.
 */
export const ErrorInterface = builder.interfaceRef<GatewayError>('Error').implement({
  description: 'Every error returned as data implements Error.',
  fields: (t) => ({
    message: t.exposeString('message', { description: 'What went wrong, in a sentence a developer can act on.' }),
    code: t.exposeString('code', {
      description: "Clerk's error code (e.g. form_param_missing, resource_not_found) or the gateway's own.",
    }),
    longMessage: t.exposeString('longMessage', { nullable: true, description: "Clerk's long_message: more detail, when given." }),
    traceId: t.exposeString('traceId', { nullable: true, description: "Clerk's clerk_trace_id when the error came from Clerk." }),
  }),
});

const FieldError = builder.objectRef<ClerkErrorDetail>('FieldError').implement({
  description: 'One problem with the input, tied to the input field it concerns when there is one.',
  fields: (t) => ({
    field: t.string({
      nullable: true,
      description: 'Input field path in GraphQL terms (e.g. input.redirectUris.0), null when not tied to a field.',
      resolve: (detail) => graphqlPathForClerkParam(detail.paramName),
    }),
    code: t.exposeString('code', { description: 'Machine-readable code, e.g. form_param_missing.' }),
    message: t.string({
      description: 'Human-readable explanation of the problem.',
      resolve: (detail) => detail.longMessage ?? detail.message,
    }),
  }),
});

builder.objectType(ValidationError, {
  name: 'ValidationError',
  description: '400/422 from Clerk, or input the gateway rejected before calling Clerk.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fieldErrors: t.field({
      type: [FieldError],
      description: 'One entry per problem Clerk (or the gateway) found.',
      resolve: (error) => error.errors,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  description: '404 from Clerk.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    resourceId: t.exposeID('resourceId', { description: 'The id that was not found.' }),
  }),
});

builder.objectType(UnauthorizedError, {
  name: 'UnauthorizedError',
  description: '401 from Clerk: the secret key in use was rejected.',
  interfaces: [ErrorInterface],
});

builder.objectType(ForbiddenError, {
  name: 'ForbiddenError',
  description: '403 from Clerk.',
  interfaces: [ErrorInterface],
});

builder.objectType(RateLimitedError, {
  name: 'RateLimitedError',
  description: "429 that retries could not absorb (or the gateway's own limiter).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      nullable: true,
      description: 'Seconds to wait before trying again, from Clerk\'s Retry-After when it sent one.',
    }),
  }),
});

builder.objectType(UpstreamError, {
  name: 'UpstreamError',
  description: '5xx, timeout or connection failure after the retry policy gave up.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    status: t.exposeInt('status', { nullable: true, description: 'HTTP status from Clerk; null when no response arrived.' }),
    outcomeUnknown: t.exposeBoolean('outcomeUnknown', {
      description: 'True when a non-idempotent write may have been applied by Clerk even though no answer came back.',
    }),
  }),
});

builder.objectType(IdempotencyConflictError, {
  name: 'IdempotencyConflictError',
  description:
    'An idempotency key was reused with other input (idempotency_key_reused), or its first request is still running (idempotency_key_in_use).',
  interfaces: [ErrorInterface],
});

/** Errors every root field can meet, whatever the operation. */
export const COMMON_ERRORS = [UnauthorizedError, ForbiddenError, RateLimitedError, UpstreamError] as const;
