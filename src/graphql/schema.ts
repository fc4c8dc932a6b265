import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './date-time-scalar.js';
import './error-types.js';
import './node.js';
import './oauth-applications/oauth-application.js';
import './oauth-applications/list-oauth-applications.js';
import './oauth-applications/create-oauth-application.js';
import './oauth-applications/update-oauth-application.js';
import './oauth-applications/delete-oauth-application.js';
import './oauth-applications/rotate-oauth-application-secret.js';
import { withoutPropertyResolvers } from './property-resolvers.js';

builder.queryType({ description: 'Reads of OAuth applications.' });
builder.mutationType({ description: 'Changes to OAuth applications.' });

/** The whole schema, types sorted so the printed SDL is stable. */
export const schema = withoutPropertyResolvers(lexicographicSortSchema(builder.toSchema()));
