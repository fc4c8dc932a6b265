import { NotFoundError, ValidationError } from '../../clerk/errors.js';
import { builder } from '../builder.js';
import type { OAuthApplicationNode } from './oauth-application-node.js';
import { resultTypeName } from '../result-type-name.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems } from '../input-validation.js';
import { isOAuthApplicationId, OAUTH_APPLICATION_ID } from './oauth-application-id.js';
import { NodeInterface, registerNodeLoader } from '../node.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';
import { oauthApplicationLoader } from './oauth-application-loader.js';

// Every field reads a property of the same name (see OAuthApplicationNode): no resolvers.
export const OAuthApplication = builder.objectRef<OAuthApplicationNode>('OAuthApplication').implement({
  description: 'An OAuth application: a client that uses this Clerk instance as its OAuth 2.0 / OpenID Connect provider.',
  interfaces: [NodeInterface],
  isTypeOf: (value) => resultTypeName(value) === 'OAuthApplication',
  fields: (t) => ({
    instanceId: t.exposeString('instanceId', { description: 'The Clerk instance (ins_...) the application belongs to.' }),
    name: t.exposeString('name', { description: 'Display name, shown on the consent screen.' }),
    clientId: t.exposeString('clientId', { description: 'The OAuth client_id.' }),
    clientUri: t.exposeString('clientUri', { nullable: true, description: "The client's home page, when known." }),
    clientImageUrl: t.exposeString('clientImageUrl', { nullable: true, description: "URL of the client's logo, when set." }),
    isPublic: t.exposeBoolean('isPublic', {
      description: 'True for a public client (no client secret; PKCE expected). Clerk calls this `public`.',
    }),
    dynamicallyRegistered: t.exposeBoolean('dynamicallyRegistered', {
      description: 'True when the client registered itself through dynamic client registration.',
    }),
    consentScreenEnabled: t.exposeBoolean('consentScreenEnabled', { description: 'Whether users see a consent screen.' }),
    pkceRequired: t.exposeBoolean('pkceRequired', { description: 'Whether the PKCE flow is required.' }),
    scopes: t.exposeStringList('scopes', { description: "Clerk's space-separated scope string, split into a list." }),
    redirectUris: t.exposeStringList('redirectUris', { description: 'Where Clerk may redirect after authorization.' }),
    callbackUrl: t.exposeString('callbackUrl', {
      nullable: true,
      deprecationReason: 'Use redirectUris.',
      description: 'The first redirect URI (Clerk\'s deprecated callback_url); null when there is none.',
    }),
    authorizeUrl: t.exposeString('authorizeUrl', { description: 'The authorization endpoint.' }),
    tokenFetchUrl: t.exposeString('tokenFetchUrl', { description: 'The token endpoint.' }),
    userInfoUrl: t.exposeString('userInfoUrl', { description: 'The OpenID Connect userinfo endpoint.' }),
    discoveryUrl: t.exposeString('discoveryUrl', { description: 'The OpenID Connect discovery document.' }),
    tokenIntrospectionUrl: t.exposeString('tokenIntrospectionUrl', { description: 'The token introspection endpoint.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the application was created.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the application was last changed.' }),
  }),
});

registerNodeLoader({ isId: isOAuthApplicationId, load: (id, context) => oauthApplicationLoader(context).load(id) });

const OAuthApplicationResult = builder.errorUnion('OAuthApplicationResult', {
  description: 'The application, or why it could not be read.',
  types: [OAuthApplication, NotFoundError, ValidationError, ...COMMON_ERRORS],
  resolveType: resultTypeName,
});

builder.queryField('oauthApplication', (t) =>
  t.field({
    type: OAuthApplicationResult,
    description: 'One OAuth application by id. Repeated ids in one operation cost one Clerk call.',
    args: {
      id: t.arg.id({ required: true, description: 'The application id (oa_...).' }),
      ...retriesArgument(),
    },
    resolve: (_root, { id, retries }, context) => {
      const problems = new InputProblems();
      problems.checkClerkId('id', id, OAUTH_APPLICATION_ID);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();
      return oauthApplicationLoader(context).load(id, retry);
    },
  }),
);
