/**
 * Clerk names request parameters in snake_case (`meta.param_name`); callers think in the GraphQL
 * arguments they sent. This translates one into the other, e.g. `callback_url` → `input.callbackUrl`
 * and `redirect_uris[0]` → `input.redirectUris.0`. Names that are already GraphQL paths pass through.
 * The list parameters are common to Clerk's lists; each resource adds those of its inputs.
 */
const GRAPHQL_PATH_BY_CLERK_PARAM = new Map<string, string>([
  ['limit', 'limit'],
  ['offset', 'offset'],
  ['order_by', 'orderBy'],
  ['name_query', 'nameQuery'],
]);

export function addClerkParamPaths(paths: Readonly<Record<string, string>>): void {
  for (const [param, path] of Object.entries(paths)) GRAPHQL_PATH_BY_CLERK_PARAM.set(param, path);
}

export function graphqlPathForClerkParam(paramName: string | null): string | null {
  if (paramName === null || paramName === '') return null;
  const match = /^([a-z_]+)(?:\[(\d+)\]|\.(\d+))?$/.exec(paramName);
  if (!match) return paramName;
  const base = GRAPHQL_PATH_BY_CLERK_PARAM.get(match[1]!);
  if (base === undefined) return paramName;
  const index = match[2] ?? match[3];
  return index === undefined ? base : `${base}.${index}`;
}
