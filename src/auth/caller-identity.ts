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
