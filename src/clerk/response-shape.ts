/**
 * Minimal checks that a 2xx body is the operation's result before it is handed on as typed data.
 * They catch a proxy's page, an empty body or a wrong endpoint, not every field: the wire types
 * stay the contract, and a missing optional detail should not turn a success into an error.
 */
import type {
  DeletedObjectJson,
  OAuthApplicationJson,
  OAuthApplicationListJson,
  OAuthApplicationWithSecretJson,
} from './wire-types.js';

export type ResponseGuard<T> = (value: unknown) => value is T;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOAuthApplication(value: unknown): value is OAuthApplicationJson {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '';
}

export function isOAuthApplicationWithSecret(value: unknown): value is OAuthApplicationWithSecretJson {
  if (!isOAuthApplication(value)) return false;
  const secret = (value as Record<string, unknown>).client_secret;
  return secret === undefined || typeof secret === 'string';
}

export function isOAuthApplicationList(value: unknown): value is OAuthApplicationListJson {
  return (
    isRecord(value) &&
    Array.isArray(value.data) &&
    value.data.every(isOAuthApplication) &&
    typeof value.total_count === 'number'
  );
}

export function isDeletedObject(value: unknown): value is DeletedObjectJson {
  return isRecord(value) && typeof value.deleted === 'boolean' && typeof value.object === 'string';
}
