/**
 * Wire rendering of stored applications, typed with the shapes generated from the spec.
 */
import type {
  DeletedObjectJson,
  OAuthApplicationJson,
  OAuthApplicationListJson,
  OAuthApplicationWithSecretJson,
} from '../clerk/resources/oauth-applications.js';
import type { ApplicationRecord } from './store.js';

export interface RenderContext {
  instanceId: string;
  /** Frontend API origin without a trailing slash, e.g. https://clerk.emulator.localhost */
  frontendApiHost: string;
}

export function renderApplication(record: ApplicationRecord, ctx: RenderContext): OAuthApplicationJson {
  const host = ctx.frontendApiHost;
  return {
    object: 'oauth_application',
    id: record.id,
    instance_id: ctx.instanceId,
    name: record.name,
    client_id: record.client_id,
    client_uri: record.client_uri,
    client_image_url: record.client_image_url,
    dynamically_registered: record.dynamically_registered,
    consent_screen_enabled: record.consent_screen_enabled,
    pkce_required: record.pkce_required,
    public: record.public,
    scopes: record.scopes,
    redirect_uris: [...record.redirect_uris],
    // [GUESS] The deprecated field mirrors the first redirect URI.
    callback_url: record.redirect_uris[0] ?? '',
    authorize_url: `${host}/oauth/authorize`,
    token_fetch_url: `${host}/oauth/token`,
    user_info_url: `${host}/oauth/userinfo`,
    discovery_url: `${host}/.well-known/openid-configuration`,
    token_introspection_url: `${host}/oauth/token_info`,
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
}

export function renderApplicationWithSecret(
  record: ApplicationRecord,
  ctx: RenderContext,
): OAuthApplicationWithSecretJson {
  // [GUESS] Public clients get "" rather than no key: it satisfies both readings of the spec.
  return { ...renderApplication(record, ctx), client_secret: record.client_secret };
}

export function renderList(
  data: readonly ApplicationRecord[],
  totalCount: number,
  ctx: RenderContext,
): OAuthApplicationListJson {
  return { data: data.map((record) => renderApplication(record, ctx)), total_count: totalCount };
}

export function renderDeleted(id: string): DeletedObjectJson {
  return { object: 'oauth_application', id, deleted: true };
}
