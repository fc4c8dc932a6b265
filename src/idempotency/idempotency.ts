/**
 * Idempotency keys, Stripe-style, for writes whose upstream has none. A request carrying a key is
 * carried out at most once per key and caller for the record's lifetime:
 *
 * - the first request claims the key and runs; its answer is recorded (sealed, answer-cipher.ts);
 * - a repeat with the same fingerprint (fingerprint.ts) gets that answer again, `replayed: true`;
 *   with another fingerprint, IdempotencyConflictError `idempotency_key_reused`;
 * - a repeat while the first still runs waits for it (on every replica sharing the store) and gets
 *   its answer, or `idempotency_key_in_use` when its own deadline comes first;
 * - failures that surely changed nothing (everything but success and an UpstreamError with
 *   outcomeUnknown) are not recorded: the key is released, so the client can fix and retry with it;
 * - a record whose first request vanished mid-flight (its lease ran out: a crashed replica) answers
 *   an unknown outcome, never a second execution.
 *
 * Knows nothing of GraphQL or of the resources: the caller names the operation, gives the input to
 * compare, the caller's scope, and which fields of the answer are secrets.
 */
import { createHash, randomBytes } from 'node:crypto';
import { abortedCallError } from '../clerk/error-from-transport.js';
import { GatewayError, IdempotencyConflictError, UpstreamError } from '../clerk/errors.js';
import { DEFAULTS } from '../config.js';
import { AnswerCipher } from './answer-cipher.js';
import { fingerprintOf, recordKeyOf } from './fingerprint.js';
import type { Claim, IdempotencyStore } from './store.js';

/** A waiting repeat looks at a record at least this often (the Redis store is polled). */
const DEFAULT_POLL_INTERVAL_MS = 100;

export interface IdempotencyOptions {
  readonly store: IdempotencyStore;
  /** How long a finished request's answer is kept. Default: DEFAULTS.idempotencyTtlMs (24 h, as Stripe keeps keys). */
  readonly ttlMs?: number;
  /** When false, secret fields are stored (and replayed) as null. Default true. */
  readonly replaySecrets?: boolean;
  /**
   * What the answer key and the namespace of record keys are derived from: the gateway's Clerk
   * secret key, so that replicas sharing a store can open each other's records and gateways of other
   * Clerk instances never meet. Default: random bytes (records then open only in this process).
   */
  readonly keyMaterial?: string;
  readonly clock?: () => number;
  readonly pollIntervalMs?: number;
  /** A record could not be completed or released in the store (the answer itself still went out). */
  readonly onStoreError?: (error: unknown) => void;
}

export interface IdempotentCall {
  /** The client's key; null or absent runs the request as it is. */
  readonly key: string | null | undefined;
  /** Who is calling (caller-identity.ts `callerScope`): keys of different callers never meet. */
  readonly scope: string;
  /** The operation's name: the same key on another operation is other input. */
  readonly operation: string;
  /** The input to compare, without the key itself and the retry override. */
  readonly input: unknown;
  /** How long a repeat may wait for the first request: its own call's deadline. */
  readonly waitMs: number;
  /** How long the first request may hold the key before it is presumed gone. */
  readonly leaseMs: number;
  /** Opens and seals this caller's records instead of the gateway's key material (pass-through mode). */
  readonly keyMaterial?: string;
  /** Answer fields holding secrets (stored sealed, or as null when secrets are not replayed). */
  readonly secretFields?: readonly string[];
  /** The caller's request: a repeat stops waiting for the first once its caller has gone. */
  readonly signal?: AbortSignal;
}

export type Replayable<T> = T & { readonly replayed: boolean };

/** What is sealed and stored: the answer, or the error that left the outcome unknown. */
type StoredAnswer =
  | { readonly v: 1; readonly value: object }
  | {
      readonly v: 1;
      readonly error: {
        readonly code: string;
        readonly message: string;
        readonly longMessage: string | null;
        readonly traceId: string | null;
        readonly status: number | null;
        readonly retryAfterSeconds: number | null;
      };
    };

export class Idempotency {
  readonly #store: IdempotencyStore;
  readonly #ttlMs: number;
  readonly #replaySecrets: boolean;
  readonly #cipher: AnswerCipher;
  readonly #namespace: string;
  readonly #clock: () => number;
  readonly #pollIntervalMs: number;
  readonly #onStoreError: (error: unknown) => void;

  constructor(options: IdempotencyOptions) {
    const ttlMs = options.ttlMs ?? DEFAULTS.idempotencyTtlMs;
    if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError('Idempotency: ttlMs must be a positive number of milliseconds.');
    const keyMaterial = options.keyMaterial ?? randomBytes(32).toString('hex');
    this.#store = options.store;
    this.#ttlMs = ttlMs;
    this.#replaySecrets = options.replaySecrets ?? true;
    this.#cipher = new AnswerCipher(keyMaterial);
    this.#namespace = createHash('sha256').update('idempotency namespace\n').update(keyMaterial).digest('hex');
    this.#clock = options.clock ?? Date.now;
    this.#pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.#onStoreError = options.onStoreError ?? (() => undefined);
  }

  async run<T extends object>(call: IdempotentCall, execute: () => Promise<T>): Promise<Replayable<T>> {
    if (call.key == null) return { ...(await execute()), replayed: false };
    const recordKey = recordKeyOf(this.#namespace, call.scope, call.key);
    const fingerprint = fingerprintOf(call.operation, call.input);
    const cipher = call.keyMaterial === undefined ? this.#cipher : new AnswerCipher(call.keyMaterial);
    const waitUntil = this.#clock() + call.waitMs;
    for (;;) {
      const claim = await this.#claim(recordKey, fingerprint, call.leaseMs);
      if (claim.state === 'claimed') return this.#runFirst(call, recordKey, claim.owner, cipher, execute);
      if (claim.fingerprint !== fingerprint) throw keyReused();
      if (claim.state === 'done') return replay<T>(cipher.open(claim.answer, recordKey));
      if (claim.leaseExpired) throw firstRequestLost();
      const left = waitUntil - this.#clock();
      if (left <= 0) throw keyInUse();
      // Nothing was sent for this repeat, so its caller's leaving changes nothing at Clerk.
      if (call.signal?.aborted) throw abortedCallError(false, call.signal.reason);
      await this.#store.changed(recordKey, Math.min(left, this.#pollIntervalMs));
    }
  }

  async #claim(recordKey: string, fingerprint: string, leaseMs: number): Promise<Claim> {
    try {
      return await this.#store.claim(recordKey, fingerprint, leaseMs, this.#ttlMs);
    } catch {
      throw new UpstreamError({
        code: 'idempotency_store_unavailable',
        message: 'The gateway could not look up the idempotency key, so nothing was sent to Clerk; try again.',
        outcomeUnknown: false,
      });
    }
  }

  async #runFirst<T extends object>(call: IdempotentCall, recordKey: string, owner: string, cipher: AnswerCipher, execute: () => Promise<T>): Promise<Replayable<T>> {
    let value: T;
    try {
      value = await execute();
    } catch (error) {
      if (error instanceof UpstreamError && error.outcomeUnknown) {
        await this.#complete(recordKey, owner, cipher, { v: 1, error: errorFields(error) });
      } else {
        await this.#settle(() => this.#store.release(recordKey, owner));
      }
      throw error;
    }
    await this.#complete(recordKey, owner, cipher, { v: 1, value: this.#storable(value, call.secretFields ?? []) });
    return { ...value, replayed: false };
  }

  #storable(value: object, secretFields: readonly string[]): object {
    if (this.#replaySecrets || secretFields.length === 0) return value;
    const copy: Record<string, unknown> = { ...value };
    for (const field of secretFields) if (field in copy) copy[field] = null;
    return copy;
  }

  async #complete(recordKey: string, owner: string, cipher: AnswerCipher, answer: StoredAnswer): Promise<void> {
    const sealed = cipher.seal(JSON.stringify(answer), recordKey);
    await this.#settle(() => this.#store.complete(recordKey, owner, sealed, this.#ttlMs));
  }

  async #settle(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      try {
        this.#onStoreError(error);
      } catch {
        // A logging hook must not change the answer.
      }
    }
  }
}

function replay<T extends object>(plaintext: string | null): Replayable<T> {
  const stored = parse(plaintext);
  if (stored === null) {
    throw new UpstreamError({
      code: 'idempotency_answer_unreadable',
      message: 'This idempotency key was used before, but its answer cannot be read here (it was stored under another key); check the outcome before trying again with a new key.',
      outcomeUnknown: true,
    });
  }
  if ('error' in stored) throw new UpstreamError({ ...stored.error, outcomeUnknown: true });
  return { ...(stored.value as T), replayed: true };
}

function parse(plaintext: string | null): StoredAnswer | null {
  if (plaintext === null) return null;
  try {
    const value = JSON.parse(plaintext) as Partial<StoredAnswer> | null;
    return value !== null && typeof value === 'object' && value.v === 1 ? (value as StoredAnswer) : null;
  } catch {
    return null;
  }
}

function errorFields(error: GatewayError): Extract<StoredAnswer, { error: unknown }>['error'] {
  return {
    code: error.code,
    message: error.message,
    longMessage: error.longMessage,
    traceId: error.traceId,
    status: error.status,
    retryAfterSeconds: error.retryAfterSeconds,
  };
}

function keyReused(): IdempotencyConflictError {
  return new IdempotencyConflictError({
    code: 'idempotency_key_reused',
    message: 'This idempotency key was already used with other input; use a new key for a new action.',
  });
}

function keyInUse(): IdempotencyConflictError {
  return new IdempotencyConflictError({
    code: 'idempotency_key_in_use',
    message: "The first request with this idempotency key is still running; retry with the same key to get its answer.",
  });
}

function firstRequestLost(): UpstreamError {
  return new UpstreamError({
    code: 'idempotency_outcome_lost',
    message: 'The first request with this idempotency key stopped before it recorded an answer; Clerk may have acted. Check before trying again with a new key.',
    outcomeUnknown: true,
  });
}
