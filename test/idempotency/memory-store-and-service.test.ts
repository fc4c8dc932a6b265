/**
 * The in-process store (bound, expiry, leases, waking waiters) and the Idempotency service's own
 * rules (what is recorded, replays, conflicts, a vanished first request, an unreachable store, an
 * answer sealed under another key), without HTTP.
 */
import { describe, expect, it } from 'vitest';
import { IdempotencyConflictError, RateLimitedError, UpstreamError, ValidationError } from '../../src/clerk/errors.js';
import { Idempotency, type IdempotentCall } from '../../src/idempotency/idempotency.js';
import { MemoryIdempotencyStore } from '../../src/idempotency/memory-store.js';
import type { IdempotencyStore } from '../../src/idempotency/store.js';

describe('MemoryIdempotencyStore', () => {
  it('claims a free key once; the claim is pending for others until completed, then done', async () => {
    const store = new MemoryIdempotencyStore();
    const claim = await store.claim('k', 'fp', 1_000, 10_000);
    expect(claim.state).toBe('claimed');
    expect(await store.claim('k', 'fp2', 1_000, 10_000)).toEqual({ state: 'pending', fingerprint: 'fp', leaseExpired: false });
    await store.complete('k', claim.state === 'claimed' ? claim.owner : '', 'sealed', 10_000);
    expect(await store.claim('k', 'fp', 1_000, 10_000)).toEqual({ state: 'done', fingerprint: 'fp', answer: 'sealed' });
  });

  it('ignores completion and release by anyone but the owner; release frees the key', async () => {
    const store = new MemoryIdempotencyStore();
    const claim = await store.claim('k', 'fp', 1_000, 10_000);
    await store.complete('k', 'someone-else', 'forged', 10_000);
    await store.release('k', 'someone-else');
    expect((await store.claim('k', 'fp', 1_000, 10_000)).state).toBe('pending');
    await store.release('k', claim.state === 'claimed' ? claim.owner : '');
    expect((await store.claim('k', 'fp', 1_000, 10_000)).state).toBe('claimed');
  });

  it('reports a pending record whose lease ran out, and forgets any record after its TTL', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ clock: () => now });
    const claim = await store.claim('k', 'fp', 1_000, 10_000);
    now = 1_001;
    expect(await store.claim('k', 'fp', 1_000, 10_000)).toEqual({ state: 'pending', fingerprint: 'fp', leaseExpired: true });
    await store.complete('k', claim.state === 'claimed' ? claim.owner : '', 'sealed', 10_000);
    now = 1_001 + 9_999;
    expect((await store.claim('k', 'fp', 1_000, 10_000)).state).toBe('done');
    now += 1;
    expect((await store.claim('k', 'fp', 1_000, 10_000)).state).toBe('claimed');
  });

  it('stays within maxEntries: the oldest finished records go first, pending ones never', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ maxEntries: 3, clock: () => now });
    const pending = await store.claim('pending', 'fp', 60_000, 60_000);
    for (const key of ['a', 'b']) {
      now += 1;
      const claim = await store.claim(key, 'fp', 60_000, 60_000);
      await store.complete(key, claim.state === 'claimed' ? claim.owner : '', key, 60_000);
    }
    now += 1;
    expect((await store.claim('c', 'fp', 60_000, 60_000)).state).toBe('claimed');
    expect(store.size).toBe(3);
    expect((await store.claim('pending', 'fp', 60_000, 60_000)).state).toBe('pending');
    // 'a' was the oldest finished record.
    expect((await store.claim('b', 'fp', 60_000, 60_000)).state).toBe('done');
    expect(store.size).toBe(3);
    expect(pending.state).toBe('claimed');
  });

  it('refuses a new key when every record is pending (an evicted pending key could be written twice)', async () => {
    const store = new MemoryIdempotencyStore({ maxEntries: 2 });
    await store.claim('a', 'fp', 60_000, 60_000);
    await store.claim('b', 'fp', 60_000, 60_000);
    await expect(store.claim('c', 'fp', 60_000, 60_000)).rejects.toThrow('in flight');
  });

  it('wakes waiters when the record completes or is released, and after maxWaitMs at the latest', async () => {
    const store = new MemoryIdempotencyStore();
    const claim = await store.claim('k', 'fp', 60_000, 60_000);
    const owner = claim.state === 'claimed' ? claim.owner : '';
    let woken = 0;
    const waiting = Promise.all([store.changed('k', 60_000), store.changed('k', 60_000)]).then(() => (woken = 2));
    await store.complete('k', owner, 'sealed', 60_000);
    await waiting;
    expect(woken).toBe(2);
    await store.changed('other', 1);
  });
});

function call(overrides: Partial<IdempotentCall> = {}): IdempotentCall {
  return { key: 'key-0001', scope: 'token:a', operation: 'op', input: { n: 1 }, waitMs: 1_000, leaseMs: 5_000, secretFields: ['secret'], ...overrides };
}

describe('Idempotency', () => {
  it('without a key, runs the request every time with replayed: false', async () => {
    const idempotency = new Idempotency({ store: new MemoryIdempotencyStore() });
    let runs = 0;
    for (let i = 0; i < 2; i += 1) await expect(idempotency.run(call({ key: null }), async () => ({ run: (runs += 1) }))).resolves.toEqual({ run: i + 1, replayed: false });
  });

  it('replays the first answer, and refuses other input with idempotency_key_reused', async () => {
    const idempotency = new Idempotency({ store: new MemoryIdempotencyStore() });
    let runs = 0;
    const execute = async () => ({ secret: 's3cret', run: (runs += 1) });
    expect(await idempotency.run(call(), execute)).toEqual({ secret: 's3cret', run: 1, replayed: false });
    expect(await idempotency.run(call(), execute)).toEqual({ secret: 's3cret', run: 1, replayed: true });
    const conflict = await idempotency.run(call({ input: { n: 2 } }), execute).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(IdempotencyConflictError);
    expect(conflict).toMatchObject({ code: 'idempotency_key_reused' });
    expect(runs).toBe(1);
  });

  it('records success and unknown outcomes; releases every other failure', async () => {
    const idempotency = new Idempotency({ store: new MemoryIdempotencyStore() });
    let runs = 0;
    const failWith = (error: Error) => async () => {
      runs += 1;
      throw error;
    };
    for (const error of [new ValidationError({ code: 'v', message: 'm' }), new RateLimitedError({ code: 'r', message: 'm' }), new UpstreamError({ code: 'u', message: 'm', outcomeUnknown: false }), new Error('bug')]) {
      await expect(idempotency.run(call(), failWith(error))).rejects.toBe(error);
    }
    expect(runs).toBe(4);
    const unknown = new UpstreamError({ code: 'upstream_timeout', message: 'Clerk did not answer in time.', status: null, outcomeUnknown: true });
    await expect(idempotency.run(call(), failWith(unknown))).rejects.toBe(unknown);
    const replayed = await idempotency.run(call(), failWith(new Error('not run'))).catch((error: unknown) => error);
    expect(replayed).toBeInstanceOf(UpstreamError);
    expect(replayed).toMatchObject({ code: 'upstream_timeout', message: 'Clerk did not answer in time.', status: null, outcomeUnknown: true });
    expect(runs).toBe(5);
  });

  it('keeps callers and namespaces apart: another scope or key material runs anew', async () => {
    const store = new MemoryIdempotencyStore();
    let runs = 0;
    const execute = async () => ({ run: (runs += 1) });
    await new Idempotency({ store, keyMaterial: 'sk_test_one' }).run(call(), execute);
    await new Idempotency({ store, keyMaterial: 'sk_test_one' }).run(call({ scope: 'token:b' }), execute);
    await new Idempotency({ store, keyMaterial: 'sk_test_two' }).run(call(), execute);
    expect(runs).toBe(3);
    expect(await new Idempotency({ store, keyMaterial: 'sk_test_one' }).run(call(), execute)).toEqual({ run: 1, replayed: true });
  });

  it('a record sealed with another caller key (pass-through) does not open: an unknown outcome, not a second write', async () => {
    const idempotency = new Idempotency({ store: new MemoryIdempotencyStore() });
    await idempotency.run(call({ keyMaterial: 'sk_test_caller_one' }), async () => ({ secret: 'x' }));
    const error = await idempotency.run(call({ keyMaterial: 'sk_test_caller_two' }), async () => ({ secret: 'y' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'idempotency_answer_unreadable', outcomeUnknown: true });
  });

  it('an unreachable store refuses the request before it runs', async () => {
    const broken: IdempotencyStore = {
      claim: () => Promise.reject(new Error('connection refused')),
      complete: () => Promise.resolve(),
      release: () => Promise.resolve(),
      changed: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    let runs = 0;
    const error = await new Idempotency({ store: broken }).run(call(), async () => ({ run: (runs += 1) })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'idempotency_store_unavailable', outcomeUnknown: false });
    expect(runs).toBe(0);
  });

  it('a store that fails to record the answer still lets it go out, and says so', async () => {
    const errors: unknown[] = [];
    const store = new MemoryIdempotencyStore();
    const failing: IdempotencyStore = { ...bind(store), complete: () => Promise.reject(new Error('gone')) };
    const answer = await new Idempotency({ store: failing, onStoreError: (error) => errors.push(error) }).run(call(), async () => ({ ok: true }));
    expect(answer).toEqual({ ok: true, replayed: false });
    expect(errors).toHaveLength(1);
  });
});

describe('Idempotency: a repeat whose caller goes away', () => {
  it('stops waiting for the first request within a poll interval, and nothing runs twice', async () => {
    const idempotency = new Idempotency({ store: new MemoryIdempotencyStore(), pollIntervalMs: 20 });
    let finish!: (value: object) => void;
    let runs = 0;
    const first = idempotency.run(call(), () => new Promise<object>((resolve) => ((runs += 1), (finish = resolve))));
    const caller = new AbortController();
    const repeat = idempotency.run(call({ waitMs: 60_000, signal: caller.signal }), async () => ({ run: (runs += 1) })).catch((error: unknown) => error);
    setTimeout(() => caller.abort(), 30);
    const startedAt = performance.now();
    const error = await repeat;
    expect(performance.now() - startedAt).toBeLessThan(1_000);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    finish({ done: true });
    expect(await first).toEqual({ done: true, replayed: false });
    expect(runs).toBe(1);
  });
});

describe('Idempotency: a first request that vanished', () => {
  it('answers an unknown outcome to repeats with the same input, never a second execution', async () => {
    let now = 0;
    const store = new MemoryIdempotencyStore({ clock: () => now });
    const first = new Idempotency({ store, keyMaterial: 'k', clock: () => now });
    let release!: () => void;
    const hung = first.run(call({ leaseMs: 10 }), () => new Promise<object>((resolve) => (release = () => resolve({})))).catch(() => undefined);
    now = 100;
    let runs = 0;
    const error = await new Idempotency({ store, keyMaterial: 'k', clock: () => now }).run(call(), async () => ({ run: (runs += 1) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'idempotency_outcome_lost', outcomeUnknown: true });
    expect(runs).toBe(0);
    release();
    await hung;
  });
});

function bind(store: MemoryIdempotencyStore): IdempotencyStore {
  return {
    claim: store.claim.bind(store),
    complete: store.complete.bind(store),
    release: store.release.bind(store),
    changed: store.changed.bind(store),
    close: store.close.bind(store),
  };
}
