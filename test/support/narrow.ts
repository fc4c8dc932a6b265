/**
 * Narrows a result union to one member, failing the test with the actual value otherwise.
 * Typed documents make every field access below it checked at compile time.
 */
export function asType<T extends { __typename?: string }, Name extends NonNullable<T['__typename']>>(
  value: T | null | undefined,
  typename: Name,
): Extract<T, { __typename?: Name }> {
  if (value == null || value.__typename !== typename) {
    throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  }
  return value as Extract<T, { __typename?: Name }>;
}
