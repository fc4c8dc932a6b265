/**
 * The Clerk REST requests behind each workload, built with the client's own path helpers so that
 * the pass-through targets send byte for byte what the gateway sends upstream.
 */
import { applicationPath, collectionPath, listQueryString } from '../../../src/clerk/request-path.js';
import { LIST_LIMIT } from '../constants.js';

/** The gateway asks for newest first explicitly; so does every other target. */
export function listPath(limit = LIST_LIMIT): string {
  return collectionPath() + listQueryString({ limit, offset: 0, order_by: '-created_at' });
}

export function getPath(id: string): string {
  return applicationPath(encodeURIComponent(id));
}

export function createPath(): string {
  return collectionPath();
}
