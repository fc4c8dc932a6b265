import { NotFoundError, ValidationError } from '../clerk/errors.js';
import type { OAuthApplicationJson } from '../clerk/wire-types.js';
import { builder } from './builder.js';
import { resultTypeName } from './result-type-name.js';
import { COMMON_ERRORS } from './error-types.js';
import { InputProblems } from './input-validation.js';
import { NodeInterface } from './node.js';
import { retriesArgument, toRetryOverride } from './retry-config-input.js';

/** Clerk's space-separated scope string as a list; an empty string is no scopes. */
export function splitScopes(scopes: string): string[] {
  return scopes.split(' ').filter((scope) => scope !== '');
}

export const OAuthApplication = builder.objectRef<OAuthApplicationJson>('OAuthApplication').implement({
  description: 'An OAuth application: a client that uses this Clerk instance as its OAuth 2.0 / OpenID Connect provider.',
  interfaces: [NodeInterface],
  isTypeOf: (value) => typeof value === 'object' && value !== null && (value as { object?: unknown }).object === 'oauth_application',
  fields: (t) => ({
    instanceId: t.exposeString('instance_id', { description: 'The Clerk instance (ins_...) the application belongs to.' }),
    name: t.exposeString('name', { description: 'Display name, shown on the consent screen.' }),
    clientId: t.exposeString('client_id', { description: 'The OAuth client_id.' }),
    clientUri: t.exposeString('client_uri', { nullable: true, description: "The client's home page, when known." }),
    clientImageUrl: t.exposeString('client_image_url', { nullable: true, description: "URL of the client's logo, when set." }),
    isPublic: t.exposeBoolean('public', {
      description: 'True for a public client (no client secret; PKCE expected). Clerk calls this `public`.',
    }),
    dynamicallyRegistered: t.exposeBoolean('dynamically_registered', {
      description: 'True when the client registered itself through dynamic client registration.',
    }),
    consentScreenEnabled: t.exposeBoolean('consent_screen_enabled', { description: 'Whether users see a consent screen.' }),
    pkceRequired: t.exposeBoolean('pkce_required', { description: 'Whether the PKCE flow is required.' }),
    scopes: t.stringList({
      description: "Clerk's space-separated scope string, split into a list.",
      resolve: (application) => splitScopes(application.scopes),
    }),
    redirectUris: t.exposeStringList('redirect_uris', { description: 'Where Clerk may redirect after authorization.' }),
    callbackUrl: t.string({
      nullable: true,
      deprecationReason: 'Use redirectUris.',
      description: 'The first redirect URI (Clerk\'s deprecated callback_url); null when there is none.',
      resolve: (application) => application.callback_url || null,
    }),
    authorizeUrl: t.exposeString('authorize_url', { description: 'The authorization endpoint.' }),
    tokenFetchUrl: t.exposeString('token_fetch_url', { description: 'The token endpoint.' }),
    userInfoUrl: t.exposeString('user_info_url', { description: 'The OpenID Connect userinfo endpoint.' }),
    discoveryUrl: t.exposeString('discovery_url', { description: 'The OpenID Connect discovery document.' }),
    tokenIntrospectionUrl: t.exposeString('token_introspection_url', { description: 'The token introspection endpoint.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the application was created.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the application was last changed.' }),
  }),
});

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
      problems.checkOAuthApplicationId('id', id);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();
      return context.oauthApplications.load(id, retry);
    },
  }),
);
