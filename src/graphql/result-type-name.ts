/**
 * The GraphQL type of a value of a result union or of Node. Such values say what they are (their
 * `kind`), so no executor has to probe every member's isTypeOf: the compiled executor calls
 * resolveType without the union, which the default resolver needs.
 */
export function resultTypeName(value: unknown): string | undefined {
  const kind = typeof value === 'object' && value !== null ? (value as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? kind : undefined;
}
