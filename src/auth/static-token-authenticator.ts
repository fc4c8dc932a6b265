import { createHash, timingSafeEqual } from 'node:crypto';
import { type Authenticator, bearerToken } from './caller-identity.js';

/**
 * Accepts callers presenting one of the configured tokens. Tokens are compared as SHA-256
 * digests with timingSafeEqual, against every known token: constant time whatever the lengths.
 */
export function staticTokenAuthenticator(tokens: readonly string[]): Authenticator {
  const digests = tokens.map(digest);
  return (request) => {
    const presented = bearerToken(request);
    if (presented === null) return null;
    const candidate = digest(presented);
    let matched = false;
    for (const known of digests) matched = timingSafeEqual(candidate, known) || matched;
    return matched ? { kind: 'static-token', tokenId: candidate.toString('hex', 0, 8) } : null;
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
