/**
 * Secret-key authentication and API-version negotiation, checked before routing as the
 * Backend API does ([GUESS] for the order).
 */
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { apiVersionInvalid, authorizationHeaderFormatInvalid, clerkKeyInvalid } from './errors.js';

export const SUPPORTED_API_VERSIONS: readonly string[] = [
  '2021-02-05',
  '2024-10-01',
  '2025-04-10',
  '2025-11-10',
  '2026-05-12',
];

const BEARER = /^Bearer +(\S+) *$/i;

function digest(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export class KeyChecker {
  // Keys are compared by digest, so lookups take the same time whatever the prefix matched.
  private readonly digests: ReadonlySet<string>;

  constructor(keys: readonly string[]) {
    this.digests = new Set(keys.map(digest));
  }

  /** Throws the 401 ApiError Clerk would send. */
  check(header: string | undefined): void {
    const match = header === undefined ? null : BEARER.exec(header);
    if (!match?.[1]) throw authorizationHeaderFormatInvalid();
    if (!this.digests.has(digest(match[1]))) throw clerkKeyInvalid();
  }
}

/**
 * Accepts at most one of the `Clerk-API-Version` header and the `__clerk_api_version` query
 * parameter; both at once, or an unknown version, is an invalid request.
 */
export function checkApiVersion(headers: IncomingHttpHeaders, query: string): void {
  const header = headers['clerk-api-version'];
  const fromQuery = query.includes('__clerk_api_version')
    ? new URLSearchParams(query).getAll('__clerk_api_version')
    : [];
  if (header === undefined && fromQuery.length === 0) return;
  const values = [...(header === undefined ? [] : [header]), ...fromQuery];
  if (values.length !== 1 || !SUPPORTED_API_VERSIONS.includes(String(values[0]).trim())) {
    throw apiVersionInvalid();
  }
}
