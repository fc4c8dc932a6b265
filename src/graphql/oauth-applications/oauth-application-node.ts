import type { OAuthApplicationJson } from '../../clerk/resources/oauth-applications.js';

/**
 * An application as the GraphQL type reads it: every field a plain property under its GraphQL
 * name. The schema then needs no resolver for these fields (see `withoutPropertyResolvers`), so the
 * compiled executor reads them inline instead of calling a function and building resolve info for
 * each of the ~20 fields of every application. `kind` names the GraphQL type for type resolution;
 * the client secret is never copied in.
 */
export interface OAuthApplicationNode {
  readonly kind: 'OAuthApplication';
  readonly id: string;
  readonly instanceId: string;
  readonly name: string;
  readonly clientId: string;
  readonly clientUri: string | null;
  readonly clientImageUrl: string | null;
  readonly isPublic: boolean;
  readonly dynamicallyRegistered: boolean;
  readonly consentScreenEnabled: boolean;
  readonly pkceRequired: boolean;
  readonly scopes: readonly string[];
  readonly redirectUris: readonly string[];
  readonly callbackUrl: string | null;
  readonly authorizeUrl: string;
  readonly tokenFetchUrl: string;
  readonly userInfoUrl: string;
  readonly discoveryUrl: string;
  readonly tokenIntrospectionUrl: string;
  /** Unix milliseconds, as Clerk sends them; the DateTime scalar writes ISO-8601. */
  readonly createdAt: number;
  readonly updatedAt: number;
}

export function toOAuthApplicationNode(application: OAuthApplicationJson): OAuthApplicationNode {
  return {
    kind: 'OAuthApplication',
    id: application.id,
    instanceId: application.instance_id,
    name: application.name,
    clientId: application.client_id,
    clientUri: application.client_uri ?? null,
    clientImageUrl: application.client_image_url ?? null,
    isPublic: application.public,
    dynamicallyRegistered: application.dynamically_registered,
    consentScreenEnabled: application.consent_screen_enabled,
    pkceRequired: application.pkce_required,
    scopes: splitScopes(application.scopes),
    redirectUris: application.redirect_uris,
    // Clerk's deprecated single callback URL; an empty string means none.
    callbackUrl: application.callback_url || null,
    authorizeUrl: application.authorize_url,
    tokenFetchUrl: application.token_fetch_url,
    userInfoUrl: application.user_info_url,
    discoveryUrl: application.discovery_url,
    tokenIntrospectionUrl: application.token_introspection_url,
    createdAt: application.created_at,
    updatedAt: application.updated_at,
  };
}

/** Clerk's space-separated scope string as a list; an empty string is no scopes. */
export function splitScopes(scopes: string): string[] {
  return scopes.split(' ').filter((scope) => scope !== '');
}
