/**
 * Reads a 2xx answer as the operation's result. Clerk sends `Content-Type: application/json` and
 * the wire schema; anything else (a proxy's page, a truncated body, JSON of another shape, a field
 * missing or of the wrong type) is not the result, and must not reach the caller as if it were.
 */
import type { ResponseGuard } from './request-parts.js';
import type { HttpResponse } from './transport.js';

export type SuccessBody<T> = { usable: true; value: T } | { usable: false };

export function readSuccessBody<T>(response: HttpResponse, guard: ResponseGuard<T>): SuccessBody<T> {
  if (!declaresJsonOrNothing(response.headers['content-type'])) return { usable: false };
  const value = parseJson(response.body);
  return guard(value) ? { usable: true, value } : { usable: false };
}

/**
 * `application/json`, parameters (a charset) allowed. An absent Content-Type is left to the body
 * check: a declared other type says the body is not Clerk's JSON, even when it happens to parse.
 */
function declaresJsonOrNothing(contentType: string | undefined): boolean {
  if (contentType === undefined) return true;
  const mediaType = contentType.split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
