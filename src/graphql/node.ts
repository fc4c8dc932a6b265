import { GraphQLError } from 'graphql';
import { GatewayError, NotFoundError } from '../clerk/errors.js';
import type { GatewayContext } from '../context.js';
import { builder } from './builder.js';
import { resultTypeName } from './result-type-name.js';

interface NodeShape {
  readonly id: string;
}

/** How node and nodes load one type: Clerk's ids are typed by prefix (oa_, ins_), so the id tells. */
export interface NodeLoader {
  readonly isId: (id: string) => boolean;
  readonly load: (id: string, context: GatewayContext) => Promise<NodeShape>;
}

const loaders: NodeLoader[] = [];

/** Makes a type that implements Node loadable through node and nodes. */
export function registerNodeLoader(loader: NodeLoader): void {
  loaders.push(loader);
}

/** Clerk's ids are globally unique and typed by prefix, so they serve verbatim as node ids. */
export const NodeInterface = builder.interfaceRef<NodeShape>('Node').implement({
  description: "An object with a globally unique ID. IDs are Clerk's own ids, used verbatim (oa_..., ins_...).",
  resolveType: resultTypeName,
  fields: (t) => ({
    id: t.exposeID('id', { description: "Clerk's id of the object." }),
  }),
});

/**
 * Resolves one node id. An id that names no object (malformed, unknown prefix, or not found) is
 * null, as Relay expects.
 */
async function loadNode(id: string, context: GatewayContext): Promise<NodeShape | null> {
  const loader = loaders.find((candidate) => candidate.isId(id));
  return loader === undefined ? null : nullIfNotFound(loader.load(id, context));
}

/**
 * A lookup for a field with no room for a typed error (node, a federation entity): not found is
 * null; any other failure is a GraphQL error that keeps Clerk's code and trace id.
 */
export async function nullIfNotFound<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    if (error instanceof GatewayError) {
      throw new GraphQLError(error.message, {
        extensions: { code: error.code, status: error.status, traceId: error.traceId, type: error.name },
      });
    }
    throw error;
  }
}

builder.queryFields((t) => ({
  node: t.field({
    type: NodeInterface,
    nullable: true,
    description: 'Fetches any object by its id; null when no object has that id.',
    extensions: { raisesFieldErrors: true },
    args: { id: t.arg.id({ required: true, description: 'The id of the object, e.g. oa_2O4BCh3zUONvWlZHtBXv6s6tm7u.' }) },
    resolve: (_root, { id }, context) => loadNode(id, context),
  }),
  nodes: t.field({
    type: [NodeInterface],
    nullable: { list: false, items: true },
    description: 'Fetches several objects by id, in the order given; null for an id that names no object.',
    extensions: { raisesFieldErrors: true },
    args: { ids: t.arg.idList({ required: true, description: 'The ids of the objects (at most 100).' }) },
    resolve: (_root, { ids }, context) => {
      if (ids.length > 100) throw new GraphQLError('nodes accepts at most 100 ids.', { extensions: { code: 'too_many_ids' } });
      return ids.map((id) => loadNode(id, context));
    },
  }),
}));
