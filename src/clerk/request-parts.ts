/**
 * The parts of a Clerk request every resource builds the same way: an id as one path segment, a
 * query string of the parameters given, and the checks a 2xx body must pass.
 */
import * as z from 'zod';
import { NotFoundError } from './errors.js';
import type { components } from './openapi.generated.js';

type DeletedObjectJson = components['schemas']['DeletedObject'];

/** A check that a 2xx body is the operation's result before it is handed on as typed data. */
export type ResponseGuard<T> = (value: unknown) => value is T;

/**
 * The id as one encoded path segment: `/`, `?`, `#`, `%`, CR and LF are percent-encoded, so no id
 * can change the route, the query or the request line. An id that cannot be one segment (empty, `.`
 * and `..`, which URL parsers and proxies resolve away, or a string with lone surrogates) names no
 * object: answered as Clerk answers unknown ids, without a request.
 */
export function idSegment(id: string): string {
  if (typeof id === 'string' && id !== '' && id !== '.' && id !== '..') {
    try {
      return encodeURIComponent(id);
    } catch {
      // A lone surrogate: falls through to NotFoundError.
    }
  }
  throw new NotFoundError({ code: 'resource_not_found', message: 'Resource not found.', resourceId: typeof id === 'string' ? id : '' });
}

/** `?a=1&b=x` of the parameters that are set (not undefined or null), or '' when none is. */
export function queryString(parameters: Readonly<Record<string, string | number | null | undefined>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null) params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * A guard that checks a 2xx body against a wire schema. Only the outcome is used: the body itself
 * goes on as it came (fields the schema does not name included).
 */
export function schemaGuard<T>(schema: z.ZodType): ResponseGuard<T> {
  return (value: unknown): value is T => schema.safeParse(value).success;
}

/**
 * Clerk's `DeletedObject`, the answer of every DELETE: `object` and `deleted` are required, and a
 * 200 that says `deleted: false` does not say what happened, so it is not taken as a deletion.
 */
export const isDeletedObject = schemaGuard<DeletedObjectJson>(z.object({ object: z.string(), deleted: z.literal(true) }));
