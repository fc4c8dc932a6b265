/**
 * What the client derives from a Clerk secret key: the Authorization header, the key's identity
 * for the rate limiter (a hash: the key itself never leaves this file in any other form), and
 * Clerk's default rate limit for the kind of key. Nothing here logs or echoes the key.
 */
import { createHash } from 'node:crypto';
import type { RateLimit } from './rate-limiter.js';

export interface KeyIdentity {
  readonly authorization: string;
  /** SHA-256 of the key, hex: the same key always maps to the same limit, and names no secret. */
  readonly limiterKey: string;
  /** Clerk's limit for this kind of key (production or development instance). */
  readonly defaultRateLimit: RateLimit;
}

/** Clerk's Backend API limits per application instance: 1000 / 10 s in production, 100 / 10 s in development. */
export const CLERK_PRODUCTION_RATE_LIMIT: RateLimit = Object.freeze({ requests: 1_000, windowMs: 10_000 });
export const CLERK_DEVELOPMENT_RATE_LIMIT: RateLimit = Object.freeze({ requests: 100, windowMs: 10_000 });

/** Any key that is not a production key gets the development limit: the lower one is the safe guess. */
export function defaultRateLimitFor(secretKey: string): RateLimit {
  return secretKey.startsWith('sk_live_') ? CLERK_PRODUCTION_RATE_LIMIT : CLERK_DEVELOPMENT_RATE_LIMIT;
}

/** One header value: visible ASCII only, so a key can never inject a header or break the request line. */
export function isUsableSecretKey(value: unknown): value is string {
  return typeof value === 'string' && /^[\x21-\x7e]+$/.test(value);
}

export function keyIdentity(secretKey: string): KeyIdentity {
  return {
    authorization: `Bearer ${secretKey}`,
    limiterKey: createHash('sha256').update(secretKey).digest('hex'),
    defaultRateLimit: defaultRateLimitFor(secretKey),
  };
}
