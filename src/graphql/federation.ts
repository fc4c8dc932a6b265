import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import { withoutPropertyResolvers } from './property-resolvers.js';
// Every type and root field registered (the plain schema is built there too).
import './schema.js';

/**
 * The Federation v2 subgraph (GATEWAY_FEDERATION=true): the plain schema's types and fields, the
 * entities their resources declare with `builder.asEntity`, and `_service { sdl }` and
 * `_entities(representations:)` for the router. The link URL is fixed so that the printed SDL
 * (schema/subgraph.graphql) changes only when the schema does.
 */
const FEDERATION_LINK_URL = 'https://specs.apollo.dev/federation/v2.6';

export const subgraphSchema: GraphQLSchema = withEntityLookupsRaisingFieldErrors(
  withoutPropertyResolvers(builder.toSubGraphSchema({ linkUrl: FEDERATION_LINK_URL })),
);

/**
 * `_entities` answers a failed lookup (a Clerk outage, a representation naming a type that is
 * not an entity) with a field error, which graphql-jit words without locations: marked like
 * `node`, it is left to graphql-js (jit-eligibility.ts).
 */
function withEntityLookupsRaisingFieldErrors(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()['_entities'];
  if (entities !== undefined) entities.extensions = { ...entities.extensions, raisesFieldErrors: true };
  return schema;
}
