import { type Authenticator, bearerToken } from './caller-identity.js';

const CLERK_SECRET_KEY = /^sk_(test|live)_[A-Za-z0-9]{1,256}$/;

/**
 * Pass-through mode: the caller authenticates to Clerk with its own secret key, which the gateway
 * forwards for that request only. Clerk judges the key; the gateway only refuses what cannot be one.
 */
export function passthroughAuthenticator(): Authenticator {
  return (request) => {
    const key = bearerToken(request);
    return key !== null && CLERK_SECRET_KEY.test(key) ? { kind: 'clerk-key', secretKey: key } : null;
  };
}
