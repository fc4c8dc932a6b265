/**
 * The GraphQL type of a success value in a result union. Success values say what they are (Clerk's
 * `object`, or the payload's `kind`), so no executor has to probe every member's isTypeOf: the
 * compiled executor calls resolveType without the union, which the default resolver needs.
 */
export function resultTypeName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ((value as { object?: unknown }).object === 'oauth_application') return 'OAuthApplication';
  const kind = (value as { kind?: unknown }).kind;
  return typeof kind === 'string' ? kind : undefined;
}
