/**
 * The gateway's error classes: one per error type of the GraphQL contract. The Clerk client throws
 * them for every non-2xx answer and every transport failure; the GraphQL layer also throws
 * ValidationError for input it rejects before calling Clerk. Only these classes become error data
 * in GraphQL results; anything else stays masked.
 *
 * Messages come from Clerk's error bodies or from fixed texts here: never from request data, so an
 * error can be logged or returned without leaking a secret.
 */

import type { components } from './openapi.generated.js';

/** Clerk's error body as it comes over the wire (`{ errors: [...], clerk_trace_id }`). */
export type ClerkErrorsJson = components['schemas']['ClerkErrors'];
export type ClerkErrorJson = components['schemas']['ClerkError'];

/** One entry of Clerk's `errors[]`, with `meta.param_name` lifted out. */
export interface ClerkErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly longMessage: string | null;
  /** Clerk's `meta.param_name`: the request parameter the error is about (snake_case). */
  readonly paramName: string | null;
}

export interface GatewayErrorInit {
  readonly message: string;
  readonly code: string;
  readonly longMessage?: string | null;
  readonly traceId?: string | null;
  /** HTTP status from Clerk; null when no response arrived or the gateway raised it itself. */
  readonly status?: number | null;
  readonly errors?: readonly ClerkErrorDetail[];
  /** Seconds from `Retry-After` (seconds or HTTP date), when Clerk sent one. */
  readonly retryAfterSeconds?: number | null;
  readonly cause?: unknown;
}

export abstract class GatewayError extends Error {
  readonly code: string;
  readonly longMessage: string | null;
  readonly traceId: string | null;
  readonly status: number | null;
  readonly errors: readonly ClerkErrorDetail[];
  readonly retryAfterSeconds: number | null;

  constructor(init: GatewayErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.code = init.code;
    this.longMessage = init.longMessage ?? null;
    this.traceId = init.traceId ?? null;
    this.status = init.status ?? null;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

/** 400/422 from Clerk, or input the gateway rejected before calling Clerk. */
export class ValidationError extends GatewayError {}

/** 404 from Clerk. */
export class NotFoundError extends GatewayError {
  /** The id that was looked up; empty when the request named none. */
  readonly resourceId: string;

  constructor(init: GatewayErrorInit & { readonly resourceId: string }) {
    super(init);
    this.resourceId = init.resourceId;
  }
}

/** 401 from Clerk: the secret key in use was rejected. */
export class UnauthorizedError extends GatewayError {}

/** 403 from Clerk. */
export class ForbiddenError extends GatewayError {}

/** 429 that retries could not absorb, or a refusal by the gateway's own limiter. */
export class RateLimitedError extends GatewayError {}

/** 5xx, timeout, unusable body or connection failure after the retry policy gave up. */
export class UpstreamError extends GatewayError {
  /** True when a non-idempotent write may have been applied by Clerk although no answer came back. */
  readonly outcomeUnknown: boolean;

  constructor(init: GatewayErrorInit & { readonly outcomeUnknown?: boolean }) {
    super(init);
    this.outcomeUnknown = init.outcomeUnknown ?? false;
  }
}

/**
 * An idempotency key was reused with other input (`idempotency_key_reused`), or its first request
 * was still running when this one's deadline passed (`idempotency_key_in_use`). Nothing was sent.
 */
export class IdempotencyConflictError extends GatewayError {}
