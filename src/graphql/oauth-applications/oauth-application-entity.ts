import { builder } from '../builder.js';
import { nullIfNotFound } from '../node.js';
import { isOAuthApplicationId } from './oauth-application-id.js';
import { OAuthApplication } from './oauth-application.js';
import { oauthApplicationLoader } from './oauth-application-loader.js';

/**
 * OAuthApplication as a federation entity (served with GATEWAY_FEDERATION): other subgraphs
 * reference an application by its id alone and the router fetches the rest through `_entities`.
 * Every representation goes through the request's loader, so N references cost one Clerk call
 * per distinct id. A representation whose id names no application (not a string, not an `oa_` id,
 * or unknown to Clerk) resolves to a null entity, as `node` does; any other Clerk failure is a
 * field error at that entity carrying Clerk's code and trace id.
 */
builder.asEntity(OAuthApplication, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: ({ id }, context) =>
    typeof id === 'string' && isOAuthApplicationId(id) ? nullIfNotFound(oauthApplicationLoader(context).load(id)) : null,
});
