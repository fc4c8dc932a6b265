/**
 * Invariant 2, per response: HTTP 200, a JSON body with `data`, and a root field whose __typename
 * is a member of the contract's result union, with no `errors` at all. The unions are read from the
 * gateway's own schema, so a member added to the contract is accepted without editing the soak.
 *
 * `node` and `nodes` are the contract's two fields without a result union (Relay's Node interface
 * leaves no room for one): there the contract (schema description of `node`, src/graphql/node.ts)
 * is "null when no object has that id; any other failure is a GraphQL error that keeps Clerk's code".
 * For them a GraphQL error is accepted only when it is such a typed error: `extensions.type` names
 * one of the contract's error types and `extensions.code` is set. A masked "Unexpected error." (an
 * unmasked exception turned into a generic error) fails, as it does everywhere.
 */
import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLField } from 'graphql';
import { schema } from '../../src/graphql/schema.js';
import type { RootField } from './documents.js';

export interface GraphQLErrorJson {
  message?: unknown;
  path?: unknown;
  extensions?: { code?: unknown; type?: unknown; [key: string]: unknown };
}

export interface JudgedResponse {
  /** The root field's value (union member object, node, list), or undefined when unusable. */
  value: unknown;
  /** For the summary: the __typename, `null`, `list`, or `GraphQLError(<type>)`. */
  typename: string;
  /** GraphQL errors of a node/nodes answer that are typed per the contract. */
  typedErrors: GraphQLErrorJson[];
  /** Why the response breaks invariant 2; null when it is fine. */
  problem: string | null;
}

function rootField(name: RootField): GraphQLField<unknown, unknown> {
  const field = schema.getQueryType()?.getFields()[name] ?? schema.getMutationType()?.getFields()[name];
  if (!field) throw new Error(`the schema has no root field ${name}`);
  return field;
}

function unionMembers(name: RootField): ReadonlySet<string> | null {
  const type = getNamedType(rootField(name).type);
  return isUnionType(type) ? new Set(type.getTypes().map((member) => member.name)) : null;
}

const errorInterface = schema.getType('Error');
/** Every type implementing the contract's Error interface. */
export const ERROR_TYPE_NAMES: ReadonlySet<string> = new Set(
  isInterfaceType(errorInterface) ? schema.getPossibleTypes(errorInterface).map((type) => type.name) : [],
);
const nodeInterface = schema.getType('Node');
const NODE_TYPE_NAMES: ReadonlySet<string> = new Set(
  isInterfaceType(nodeInterface) ? schema.getPossibleTypes(nodeInterface).map((type) => type.name) : [],
);

const UNIONS = new Map<RootField, ReadonlySet<string> | null>();
function membersOf(field: RootField): ReadonlySet<string> | null {
  if (!UNIONS.has(field)) UNIONS.set(field, unionMembers(field));
  return UNIONS.get(field) ?? null;
}

function isTypedGraphQLError(error: GraphQLErrorJson): boolean {
  return (
    typeof error.message === 'string' &&
    error.message !== 'Unexpected error.' &&
    typeof error.extensions?.code === 'string' &&
    typeof error.extensions.type === 'string' &&
    ERROR_TYPE_NAMES.has(error.extensions.type)
  );
}

function isNodeValue(value: unknown): boolean {
  if (value === null) return true;
  const typename = (value as { __typename?: unknown } | undefined)?.__typename;
  return typeof typename === 'string' && NODE_TYPE_NAMES.has(typename) && isObjectType(schema.getType(typename));
}

export function judgeResponse(field: RootField, status: number, raw: string): JudgedResponse {
  const judged: JudgedResponse = { value: undefined, typename: 'unusable', typedErrors: [], problem: null };
  let body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorJson[] };
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    judged.problem = `HTTP ${status} with a body that is not JSON: ${raw.slice(0, 200)}`;
    return judged;
  }
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const value = body.data?.[field];
  judged.value = value;
  const members = membersOf(field);

  if (members !== null) {
    const typename = (value as { __typename?: unknown } | null | undefined)?.__typename;
    judged.typename = typeof typename === 'string' ? typename : 'missing';
    if (status !== 200) judged.problem = `HTTP ${status}`;
    else if (errors.length > 0) judged.problem = `GraphQL errors: ${JSON.stringify(errors).slice(0, 300)}`;
    else if (typeof typename !== 'string' || !members.has(typename)) {
      judged.problem = `${field} answered ${JSON.stringify(value)?.slice(0, 200)}, not a member of its union`;
    }
    return judged;
  }

  // node / nodes
  const untyped = errors.filter((error) => !isTypedGraphQLError(error));
  judged.typedErrors = errors.filter(isTypedGraphQLError);
  if (field === 'node') {
    judged.typename =
      errors.length > 0 && value === null
        ? `GraphQLError(${String(errors[0]?.extensions?.type)})`
        : value === null
          ? 'null'
          : String((value as { __typename?: unknown } | undefined)?.__typename);
  } else {
    judged.typename = errors.length > 0 ? `list+GraphQLError(${String(errors[0]?.extensions?.type)})` : 'list';
  }
  if (status !== 200) judged.problem = `HTTP ${status}: ${raw.slice(0, 200)}`;
  else if (untyped.length > 0) judged.problem = `untyped GraphQL errors: ${JSON.stringify(untyped).slice(0, 300)}`;
  else if (field === 'node' && (value === undefined || !isNodeValue(value))) judged.problem = `node answered ${JSON.stringify(value)}`;
  else if (field === 'nodes' && (!Array.isArray(value) || !value.every(isNodeValue))) {
    judged.problem = `nodes answered ${JSON.stringify(value)?.slice(0, 200)}`;
  }
  return judged;
}
