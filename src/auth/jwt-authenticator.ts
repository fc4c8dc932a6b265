import type { JWTVerifyGetKey } from 'jose';
import type { JwtAlgorithm } from '../config.js';
import { type Authenticator, bearerToken } from './caller-identity.js';

export interface JwtAuthenticatorOptions {
  readonly jwksUrl: string;
  readonly issuer: string;
  readonly audience: string;
  /** Asymmetric algorithms only: pinning them refuses `alg: none` and HS/RS key confusion. */
  readonly algorithms: readonly JwtAlgorithm[];
  /** Tests inject a key set; production fetches (and caches) the JWKS URL. */
  readonly keySet?: JWTVerifyGetKey;
}

/**
 * Accepts callers whose bearer token is a JWT signed by the issuer's JWKS, for this audience, unexpired.
 * jose (some fifty modules) is loaded with the first token, so gateways in other modes never load it.
 */
export function jwtAuthenticator(options: JwtAuthenticatorOptions): Authenticator {
  let verifier: Promise<{ jwtVerify: typeof import('jose').jwtVerify; keySet: JWTVerifyGetKey }> | undefined;
  const loadVerifier = () =>
    import('jose').then((jose) => ({
      jwtVerify: jose.jwtVerify,
      keySet: options.keySet ?? jose.createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 }),
    }));
  return async (request) => {
    const token = bearerToken(request);
    if (token === null || token.length > 8192) return null;
    verifier ??= loadVerifier();
    const { jwtVerify, keySet } = await verifier;
    try {
      const { payload } = await jwtVerify(token, keySet, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: [...options.algorithms],
        requiredClaims: ['exp'],
        clockTolerance: 5,
      });
      return { kind: 'jwt', subject: typeof payload.sub === 'string' ? payload.sub : null };
    } catch {
      // Every failure (bad signature, expired, wrong issuer or audience, unknown key, JWKS down) is a 401.
      return null;
    }
  };
}
