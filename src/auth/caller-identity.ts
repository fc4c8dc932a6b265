import { createHash } from 'node:crypto';

/** Who is calling, as established before any resolver runs. */
export type CallerIdentity =
  | { readonly kind: 'anonymous' }
  /** `tokenId` tells callers apart (a digest prefix, never the token). */
  | { readonly kind: 'static-token'; readonly tokenId: string }
  | { readonly kind: 'jwt'; readonly subject: string | null }
  /** Pass-through mode: the caller's own Clerk key, used for its calls and never stored. */
  | { readonly kind: 'clerk-key'; readonly secretKey: string };

/** Establishes the caller from a request, or null to refuse it with 401. */
export type Authenticator = (request: Request) => Promise<CallerIdentity | null> | CallerIdentity | null;

export const ANONYMOUS: CallerIdentity = Object.freeze({ kind: 'anonymous' });

/** The token of `Authorization: Bearer <token>`, or null. Only printable ASCII is a token. */
export function bearerToken(request: Request): string | null {
  return /^Bearer ([\x21-\x7e]+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;
}

/**
 * Who owns what a caller leaves behind (its idempotency keys): the token's digest prefix, the JWT's
 * subject, or a hash of the pass-through key; every caller is one when authentication is off. Null
 * for a JWT without a subject, which names nobody in particular.
 */
export function callerScope(caller: CallerIdentity): string | null {
  switch (caller.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'static-token':
      return `token:${caller.tokenId}`;
    case 'jwt':
      return caller.subject === null ? null : `jwt:${caller.subject}`;
    case 'clerk-key':
      return `clerk-key:${createHash('sha256').update(caller.secretKey).digest('hex')}`;
  }
}
