import { type ClerkIdKind, isClerkId } from '../input-validation.js';

/** Clerk's OAuth application ids: `oa_` and base62 characters. */
export const OAUTH_APPLICATION_ID: ClerkIdKind = { prefix: 'oa', name: 'OAuth application' };

export function isOAuthApplicationId(id: string): boolean {
  return isClerkId(id, OAUTH_APPLICATION_ID);
}
