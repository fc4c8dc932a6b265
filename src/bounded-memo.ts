/**
 * Remembers a pure function's results by string argument, for inputs that repeat from request to
 * request (an Accept header, an application's scope string). Bounded, because the inputs come
 * from outside: when full, it starts over rather than grow.
 */
export function boundedMemo<T>(compute: (input: string) => T, maxEntries: number): (input: string) => T {
  const results = new Map<string, T>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined || results.has(input)) return known as T;
    const result = compute(input);
    if (results.size >= maxEntries) results.clear();
    results.set(input, result);
    return result;
  };
}
