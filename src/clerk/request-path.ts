/**
 * Paths and query strings of the OAuth-application endpoints. An id is always one encoded path
 * segment: `/`, `?`, `#`, `%`, CR and LF are percent-encoded, so no id can change the route, the
 * query or the request line.
 */
import type { ListOAuthApplicationsQuery } from './wire-types.js';

const COLLECTION = '/v1/oauth_applications';

/**
 * The encoded segment, or null for ids that cannot be sent as one: empty, `.` and `..` (dot
 * segments are resolved away by URL parsers and proxies) and strings with lone surrogates.
 */
export function encodeIdSegment(id: string): string | null {
  if (id === '' || id === '.' || id === '..') return null;
  try {
    return encodeURIComponent(id);
  } catch {
    return null;
  }
}

export function collectionPath(): string {
  return COLLECTION;
}

export function applicationPath(encodedId: string, action?: 'rotate_secret'): string {
  return action === undefined ? `${COLLECTION}/${encodedId}` : `${COLLECTION}/${encodedId}/${action}`;
}

/** Only the parameters given are sent; Clerk's defaults apply to the rest. */
export function listQueryString(query: ListOAuthApplicationsQuery): string {
  const params = new URLSearchParams();
  if (query.limit !== undefined && query.limit !== null) params.set('limit', String(query.limit));
  if (query.offset !== undefined && query.offset !== null) params.set('offset', String(query.offset));
  if (query.order_by !== undefined && query.order_by !== null) params.set('order_by', query.order_by);
  if (query.name_query !== undefined && query.name_query !== null) params.set('name_query', query.name_query);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
