/**
 * Maps a request line onto one of the six Backend API operations. Pure: no I/O, no state.
 */

export const OPERATION_IDS = [
  'ListOAuthApplications',
  'CreateOAuthApplication',
  'GetOAuthApplication',
  'UpdateOAuthApplication',
  'DeleteOAuthApplication',
  'RotateOAuthApplicationSecret',
] as const;

export type OperationId = (typeof OPERATION_IDS)[number];

export const WRITE_OPERATIONS: ReadonlySet<OperationId> = new Set<OperationId>([
  'CreateOAuthApplication',
  'UpdateOAuthApplication',
  'DeleteOAuthApplication',
  'RotateOAuthApplicationSecret',
]);

export function isOperationId(value: unknown): value is OperationId {
  return typeof value === 'string' && (OPERATION_IDS as readonly string[]).includes(value);
}

export type RouteMatch =
  | { kind: 'operation'; operationId: OperationId; applicationId?: string }
  /** Known path, wrong method. */
  | { kind: 'method'; allowed: readonly string[] }
  | { kind: 'none' };

const COLLECTION = '/v1/oauth_applications';

/** Splits a raw request target into path and query without URL normalisation surprises. */
export function splitTarget(target: string): { path: string; query: string } {
  let rest = target;
  // Absolute-form targets (sent through proxies): drop scheme and authority.
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (absolute) rest = rest.slice(absolute[0].length) || '/';
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const q = rest.indexOf('?');
  return q >= 0 ? { path: rest.slice(0, q), query: rest.slice(q + 1) } : { path: rest, query: '' };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function matchRoute(method: string, path: string): RouteMatch {
  if (path === COLLECTION) {
    if (method === 'GET') return { kind: 'operation', operationId: 'ListOAuthApplications' };
    if (method === 'POST') return { kind: 'operation', operationId: 'CreateOAuthApplication' };
    return { kind: 'method', allowed: ['GET', 'POST'] };
  }
  if (!path.startsWith(`${COLLECTION}/`)) return { kind: 'none' };
  const segments = path.slice(COLLECTION.length + 1).split('/');
  const rawId = segments[0] ?? '';
  // An undecodable id cannot name an application: it gets the same 404 as an unknown id.
  const applicationId = decodeSegment(rawId) ?? '';
  if (segments.length === 1) {
    if (method === 'GET') return { kind: 'operation', operationId: 'GetOAuthApplication', applicationId };
    if (method === 'PATCH') return { kind: 'operation', operationId: 'UpdateOAuthApplication', applicationId };
    if (method === 'DELETE') return { kind: 'operation', operationId: 'DeleteOAuthApplication', applicationId };
    return { kind: 'method', allowed: ['GET', 'PATCH', 'DELETE'] };
  }
  if (segments.length === 2 && segments[1] === 'rotate_secret') {
    if (method === 'POST') {
      return { kind: 'operation', operationId: 'RotateOAuthApplicationSecret', applicationId };
    }
    return { kind: 'method', allowed: ['POST'] };
  }
  return { kind: 'none' };
}
