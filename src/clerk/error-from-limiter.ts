/**
 * Errors the gateway raises itself before a request leaves: its rate limiter refused, its
 * concurrency bound refused, or a per-call secret key is unusable. No request was sent, so none of
 * them is an unknown outcome. Fixed texts only: never the key.
 */
import { RateLimitedError, UnauthorizedError, UpstreamError } from './errors.js';

/** Refused before sending: Clerk blocked this key and endpoint (a 429 with Retry-After) for longer than the call may wait. */
export function clerkBlockedError(retryAfterMs: number): RateLimitedError {
  return new RateLimitedError({
    code: 'too_many_requests',
    message: 'Clerk is rate limiting this secret key on this operation. Retry after the given number of seconds.',
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    status: null,
  });
}

export function gatewayRateLimitedError(retryAfterMs: number): RateLimitedError {
  return new RateLimitedError({
    code: 'gateway_rate_limited',
    message: "The gateway is holding requests back to stay under Clerk's rate limit for this secret key. Retry after the given number of seconds.",
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
    status: null,
  });
}

export function gatewayOverloadedError(reason: 'queue_full' | 'deadline'): UpstreamError {
  return new UpstreamError({
    code: 'gateway_overloaded',
    message:
      reason === 'queue_full'
        ? 'Too many requests to Clerk are pending; the gateway refused this one instead of queueing it. Retry shortly.'
        : "Too many requests to Clerk are pending; none finished before this call's deadline. Retry shortly.",
    status: null,
    outcomeUnknown: false,
  });
}

export function rateLimiterFailedError(cause: unknown): UpstreamError {
  return new UpstreamError({
    code: 'gateway_rate_limiter_failed',
    message: 'The gateway could not check its rate limit for Clerk, so the request was not sent.',
    status: null,
    outcomeUnknown: false,
    cause,
  });
}

export function invalidCallSecretKeyError(): UnauthorizedError {
  return new UnauthorizedError({
    code: 'secret_key_invalid',
    message: 'The secret key given for this call is not usable: it must be a non-empty string of visible ASCII characters.',
    status: null,
  });
}
