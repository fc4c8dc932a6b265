import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './date-time-scalar.js';
import './error-types.js';
import './node.js';
// One line per Clerk resource.
import './oauth-applications/index.js';
import { withoutPropertyResolvers } from './property-resolvers.js';
import { withoutFederationAnnotations } from './without-federation-annotations.js';

builder.queryType({ description: 'Reads of OAuth applications.' });
builder.mutationType({ description: 'Changes to OAuth applications.' });

/** The whole schema, types sorted so the printed SDL is stable; federation.ts builds the subgraph's. */
export const schema = withoutFederationAnnotations(withoutPropertyResolvers(lexicographicSortSchema(builder.toSchema())));
