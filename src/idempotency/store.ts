/**
 * Where idempotency records live: in process (memory-store.ts) or in Redis (redis-store.ts), behind
 * one interface. A record is keyed by an opaque string (a hash: no caller key, token or subject is
 * ever a key) and holds the request's fingerprint and, once done, its answer, sealed by the caller
 * (answer-cipher.ts): a store never sees a secret in the clear.
 *
 * A record is `pending` from the claim until its owner completes or releases it. A pending record
 * carries a lease: past it, its owner is presumed gone (a crashed replica) and the record is
 * reported as such, never handed to another request, since the write may have been sent.
 */
export type Claim =
  /** The key was free: the caller owns it now and must complete or release it. */
  | { readonly state: 'claimed'; readonly owner: string }
  /** Another request holds the key; `leaseExpired` when it has not finished within its lease. */
  | { readonly state: 'pending'; readonly fingerprint: string; readonly leaseExpired: boolean }
  /** The key's first request finished: its sealed answer. */
  | { readonly state: 'done'; readonly fingerprint: string; readonly answer: string };

export interface IdempotencyStore {
  /** Claims `key` for a request with this fingerprint, or reports who has it. The record lives `ttlMs`. */
  claim(key: string, fingerprint: string, leaseMs: number, ttlMs: number): Promise<Claim>;
  /** Records the owner's answer; it is kept `ttlMs` from now. No effect unless `owner` holds the key. */
  complete(key: string, owner: string, answer: string, ttlMs: number): Promise<void>;
  /** Frees the key (the request changed nothing); no effect unless `owner` holds it. */
  release(key: string, owner: string): Promise<void>;
  /** Resolves when the key's record may have changed, and after `maxWaitMs` at the latest. */
  changed(key: string, maxWaitMs: number): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be reached or is full: the request is refused before anything is sent. */
export class IdempotencyStoreError extends Error {
  override readonly name = 'IdempotencyStoreError';
}
