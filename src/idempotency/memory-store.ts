/**
 * Idempotency records in this process: a Map bounded to `maxEntries`, each record expiring `ttlMs`
 * after its last write. The Map's order is the order of last writes (a write re-inserts), so with
 * one TTL the oldest record is always first: expired records are dropped from the front, and when
 * the bound is reached the oldest finished record goes first. Pending records are never evicted (an
 * evicted pending key could be written twice); if every record is pending, a new key is refused.
 * Waiters for a pending key are woken when it completes or is released.
 */
import { randomBytes } from 'node:crypto';
import { DEFAULTS } from '../config.js';
import { type Claim, type IdempotencyStore, IdempotencyStoreError } from './store.js';

interface Entry {
  readonly fingerprint: string;
  readonly expiresAt: number;
  readonly owner: string | null;
  readonly leaseUntil: number;
  readonly answer: string | null;
}

export interface MemoryIdempotencyStoreOptions {
  /** Records kept at most; default DEFAULTS.idempotencyMaxKeys. */
  maxEntries?: number;
  /** Milliseconds; default Date.now. Tests move it to expire records. */
  clock?: () => number;
}

export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly #entries = new Map<string, Entry>();
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #maxEntries: number;
  readonly #clock: () => number;

  constructor(options: MemoryIdempotencyStoreOptions = {}) {
    const maxEntries = options.maxEntries ?? DEFAULTS.idempotencyMaxKeys;
    if (!Number.isSafeInteger(maxEntries) || maxEntries < 1) throw new RangeError('MemoryIdempotencyStore: maxEntries must be a positive integer.');
    this.#maxEntries = maxEntries;
    this.#clock = options.clock ?? Date.now;
  }

  /** Records held now (expired ones included until they are swept). */
  get size(): number {
    return this.#entries.size;
  }

  async claim(key: string, fingerprint: string, leaseMs: number, ttlMs: number): Promise<Claim> {
    const now = this.#clock();
    this.#sweep(now);
    const entry = this.#live(key, now);
    if (entry !== undefined) {
      if (entry.answer !== null) return { state: 'done', fingerprint: entry.fingerprint, answer: entry.answer };
      return { state: 'pending', fingerprint: entry.fingerprint, leaseExpired: entry.leaseUntil < now };
    }
    if (this.#entries.size >= this.#maxEntries) this.#evictOne();
    const owner = randomBytes(12).toString('hex');
    this.#entries.set(key, { fingerprint, expiresAt: now + ttlMs, owner, leaseUntil: now + leaseMs, answer: null });
    return { state: 'claimed', owner };
  }

  async complete(key: string, owner: string, answer: string, ttlMs: number): Promise<void> {
    const entry = this.#entries.get(key);
    if (entry?.owner !== owner) return;
    this.#entries.delete(key);
    this.#entries.set(key, { fingerprint: entry.fingerprint, expiresAt: this.#clock() + ttlMs, owner: null, leaseUntil: 0, answer });
    this.#wake(key);
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.#entries.get(key)?.owner !== owner) return;
    this.#entries.delete(key);
    this.#wake(key);
  }

  changed(key: string, maxWaitMs: number): Promise<void> {
    return new Promise((resolve) => {
      let waiters = this.#waiters.get(key);
      if (waiters === undefined) this.#waiters.set(key, (waiters = new Set()));
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0 && this.#waiters.get(key) === waiters) this.#waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, maxWaitMs));
      waiters.add(done);
    });
  }

  async close(): Promise<void> {
    for (const key of [...this.#waiters.keys()]) this.#wake(key);
    this.#entries.clear();
  }

  #live(key: string, now: number): Entry | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined || entry.expiresAt > now) return entry;
    this.#entries.delete(key);
    return undefined;
  }

  /** Drops expired records from the front (the oldest writes). */
  #sweep(now: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt > now) return;
      this.#entries.delete(key);
    }
  }

  #evictOne(): void {
    for (const [key, entry] of this.#entries) {
      if (entry.answer === null) continue;
      this.#entries.delete(key);
      return;
    }
    throw new IdempotencyStoreError('Every idempotency record is held by a request in flight.');
  }

  #wake(key: string): void {
    const waiters = this.#waiters.get(key);
    if (waiters === undefined) return;
    for (const wake of [...waiters]) wake();
  }
}
