import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './date-time-scalar.js';
import './error-types.js';
import './node.js';
// One line per Clerk resource.
import './oauth-applications/index.js';
import { withoutPropertyResolvers } from './property-resolvers.js';

builder.queryType({ description: 'Reads of OAuth applications.' });
builder.mutationType({ description: 'Changes to OAuth applications.' });

/** The whole schema, types sorted so the printed SDL is stable. */
export const schema = withoutPropertyResolvers(lexicographicSortSchema(builder.toSchema()));
