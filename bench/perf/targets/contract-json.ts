/**
 * Clerk's wire JSON mapped by hand to exactly the JSON the gateway answers for the workload
 * documents (field names, key order, ISO dates, split scopes, isPublic, offset cursors). The
 * suite checks at start that both give the same bytes, so this mapping cannot drift silently.
 */
import type { OAuthApplicationJson, OAuthApplicationListJson, OAuthApplicationWithSecretJson } from '../../../src/clerk/wire-types.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function contractApplication(app: OAuthApplicationJson): { [key: string]: Json } {
  return {
    id: app.id,
    instanceId: app.instance_id,
    name: app.name,
    clientId: app.client_id,
    clientUri: app.client_uri ?? null,
    clientImageUrl: app.client_image_url ?? null,
    isPublic: app.public,
    dynamicallyRegistered: app.dynamically_registered,
    consentScreenEnabled: app.consent_screen_enabled,
    pkceRequired: app.pkce_required,
    scopes: app.scopes.split(' ').filter((scope) => scope !== ''),
    redirectUris: app.redirect_uris,
    callbackUrl: app.callback_url || null,
    authorizeUrl: app.authorize_url,
    tokenFetchUrl: app.token_fetch_url,
    userInfoUrl: app.user_info_url,
    discoveryUrl: app.discovery_url,
    tokenIntrospectionUrl: app.token_introspection_url,
    createdAt: new Date(app.created_at).toISOString(),
    updatedAt: new Date(app.updated_at).toISOString(),
  };
}

export function typedApplication(app: OAuthApplicationJson): { [key: string]: Json } {
  return { __typename: 'OAuthApplication', ...contractApplication(app) };
}

function offsetCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function contractConnection(list: OAuthApplicationListJson, offset: number): { [key: string]: Json } {
  const count = list.data.length;
  return {
    __typename: 'OAuthApplicationConnection',
    totalCount: list.total_count,
    pageInfo: {
      hasNextPage: offset + count < list.total_count,
      hasPreviousPage: offset > 0,
      startCursor: count > 0 ? offsetCursor(offset) : null,
      endCursor: count > 0 ? offsetCursor(offset + count - 1) : null,
    },
    nodes: list.data.map(contractApplication),
  };
}

/** The page as the list-then-nodes document selects it: only id and name per node. */
export function contractConnectionIdsAndNames(list: OAuthApplicationListJson): { [key: string]: Json } {
  return {
    __typename: 'OAuthApplicationConnection',
    totalCount: list.total_count,
    nodes: list.data.map((app) => ({ id: app.id, name: app.name })),
  };
}

export function contractCreatePayload(created: OAuthApplicationWithSecretJson): { [key: string]: Json } {
  const { client_secret: secret, ...application } = created;
  return {
    __typename: 'CreateOAuthApplicationPayload',
    clientSecret: secret || null,
    oauthApplication: contractApplication(application),
  };
}

/** A typed error as the documents select it (`... on Error { code message }`). */
export function contractError(error: unknown): { [key: string]: Json } {
  const named = error as { name?: unknown; code?: unknown; message?: unknown };
  return {
    __typename: typeof named.name === 'string' ? named.name : 'UpstreamError',
    code: typeof named.code === 'string' ? named.code : 'internal',
    message: typeof named.message === 'string' ? named.message : 'Unexpected failure',
  };
}
