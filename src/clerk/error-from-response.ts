/**
 * Maps a non-2xx answer from Clerk to the gateway's typed error. Clerk's `errors[]` are read
 * defensively: an HTML page from a proxy, truncated JSON or JSON of another shape still gives the
 * typed error, with a fixed message.
 */
import {
  type ClerkErrorDetail,
  ForbiddenError,
  type GatewayError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from './errors.js';
import type { HttpResponse } from './transport.js';

/** Caps what a misbehaving upstream can push into logs and GraphQL results. */
const MAX_TEXT_LENGTH = 1_000;
const MAX_ERRORS = 50;

export interface ParsedClerkErrors {
  errors: ClerkErrorDetail[];
  traceId: string | null;
}

/** Reads a `ClerkErrors` body; whatever does not fit the shape is dropped, nothing throws. */
export function parseClerkErrorBody(body: string): ParsedClerkErrors {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Not JSON (an HTML page, a truncated body): `json` stays undefined, which the next line drops.
  }
  if (!isRecord(json)) return { errors: [], traceId: null };
  const errors: ClerkErrorDetail[] = [];
  if (Array.isArray(json.errors)) {
    for (const entry of json.errors.slice(0, MAX_ERRORS)) {
      const detail = toErrorDetail(entry);
      if (detail !== null) errors.push(detail);
    }
  }
  return { errors, traceId: nonEmptyText(json.clerk_trace_id) };
}

/** Body `clerk_trace_id` first (the spec's field), then the `Clerk-Trace-Id` header (what the Go SDK reads). */
export function traceIdOf(response: HttpResponse, parsed: ParsedClerkErrors): string | null {
  return parsed.traceId ?? nonEmptyText(response.headers['clerk-trace-id']);
}

export interface ErrorContext {
  /** The id the call was about; becomes NotFoundError.resourceId. */
  resourceId: string;
  retryAfterSeconds: number | null;
  /** Whether a write of this call may have been applied by an earlier attempt (or this one, for a 5xx). */
  outcomeUnknown: boolean;
}

interface FixedText {
  code: string;
  message: string;
}

export function errorFromResponse(response: HttpResponse, context: ErrorContext): GatewayError {
  const parsed = parseClerkErrorBody(response.body);
  const status = response.status;
  const first = parsed.errors[0];
  const fixed = fixedTextFor(status);
  const init = {
    code: first?.code || fixed.code,
    message: (first && (first.longMessage || first.message)) || fixed.message,
    longMessage: first?.longMessage ?? null,
    traceId: traceIdOf(response, parsed),
    status,
    errors: parsed.errors,
    retryAfterSeconds: context.retryAfterSeconds,
  };
  if (status === 400 || status === 422) return new ValidationError(init);
  if (status === 404) return new NotFoundError({ resourceId: context.resourceId, ...init });
  // An earlier attempt of this write may have been applied: a 401, 403, 429 or 5xx on the retry
  // says nothing about that one, so the caller must hear that the outcome is unknown. (400/422
  // would have refused the earlier identical request too, and 404 says the resource is gone.)
  if (context.outcomeUnknown) return new UpstreamError({ outcomeUnknown: true, ...init });
  if (status === 401) return new UnauthorizedError(init);
  if (status === 403) return new ForbiddenError(init);
  if (status === 429) return new RateLimitedError(init);
  return new UpstreamError({ outcomeUnknown: false, ...init });
}

/** A 2xx whose body is not the JSON the operation returns. */
export function unreadableSuccessError(response: HttpResponse, outcomeUnknown: boolean): UpstreamError {
  return new UpstreamError({
    code: 'upstream_response_invalid',
    message: 'Clerk answered, but the response body could not be read.',
    traceId: nonEmptyText(response.headers['clerk-trace-id']),
    status: response.status,
    outcomeUnknown,
  });
}

function fixedTextFor(status: number): FixedText {
  switch (status) {
    case 400:
    case 422:
      return { code: 'request_invalid', message: 'Clerk rejected the request as invalid.' };
    case 401:
      return { code: 'authorization_failed', message: 'Clerk rejected the secret key.' };
    case 403:
      return { code: 'authorization_invalid', message: 'Clerk refused the request.' };
    case 404:
      return { code: 'resource_not_found', message: 'Resource not found.' };
    case 429:
      return { code: 'too_many_requests', message: 'Clerk rate limit reached; retry later.' };
    default:
      return { code: 'upstream_error', message: `Clerk answered with HTTP status ${status}.` };
  }
}

function toErrorDetail(entry: unknown): ClerkErrorDetail | null {
  if (!isRecord(entry)) return null;
  const code = nonEmptyText(entry.code);
  const message = text(entry.message);
  const longMessage = nonEmptyText(entry.long_message);
  if (code === null && message === '' && longMessage === null) return null;
  const meta = isRecord(entry.meta) ? entry.meta : null;
  return {
    code: code ?? 'unknown_error',
    message,
    longMessage,
    paramName: meta === null ? null : nonEmptyText(meta.param_name),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT_LENGTH) : '';
}

function nonEmptyText(value: unknown): string | null {
  const result = text(value);
  return result === '' ? null : result;
}
