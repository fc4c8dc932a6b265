/**
 * The client-side limiter that keeps the gateway under Clerk's rate limit, behind an interface so
 * that replicas can later share one limiter (Redis) instead of each holding its own.
 *
 * The in-process implementation is a sliding log, not a token bucket: Clerk refuses the request
 * that would make more than `requests` in any `windowMs`, and a log is the one structure that can
 * promise never to exceed that in *any* window (a bucket either allows a burst of its capacity on
 * top of its refill, or must be set to half the rate to be safe).
 *
 * Each permit's slot is held while its request is in flight and for `windowMs` after the answer
 * arrived. Clerk counts a request when it arrives, somewhere between the moment the gateway sends
 * it and the moment the answer is back; counting the window from the answer therefore stays within
 * Clerk's count whatever the network delay, at the cost of one round trip per window.
 */
import { sleep as realSleep, type StartTimer, timerFor } from './sleep.js';

export interface RateLimit {
  /** Requests allowed in any window of `windowMs`. */
  readonly requests: number;
  readonly windowMs: number;
}

export interface RateLimitPermit {
  readonly ok: true;
  /** True when the permit came after a wait for a slot (for metrics). */
  readonly waited: boolean;
  /**
   * Must be called once the request is over. `sent: false` (the request surely never reached the
   * upstream) gives the slot back; otherwise the slot counts until now + windowMs.
   */
  complete(sent: boolean): void;
}

export interface RateLimitRefusal {
  readonly ok: false;
  /** Earliest time from now at which a slot may be free (≥ 1). */
  readonly retryAfterMs: number;
}

export type RateLimitDecision = RateLimitPermit | RateLimitRefusal;

export interface RateLimiter {
  /**
   * A permit for one request under `key`, waiting at most `maxWaitMs` for a slot. Refuses at once
   * when the slot cannot come within `maxWaitMs`. Rejects with the signal's reason when the signal
   * aborts while waiting. `key` carries no secret (the client passes a hash of the secret key).
   */
  acquire(key: string, limit: RateLimit, maxWaitMs: number, signal?: AbortSignal): Promise<RateLimitDecision>;
}

export interface InProcessRateLimiterOptions {
  clock?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

interface Slot {
  /** When the slot stops counting; Infinity while its request is in flight. */
  freeAt: number;
}

interface Waiter {
  readonly deadline: number;
  /** Set once the waiter's first turn passed without a slot. */
  queued: boolean;
  settle(decision: RateLimitDecision): void;
}

interface Log {
  limit: RateLimit;
  slots: Slot[];
  /** First come, first served: a newcomer never takes a slot a waiter is owed. */
  waiters: Waiter[];
  wake: { readonly at: number; cancel: () => void } | null;
}

/** Keys (one per secret key) are swept when their count doubles, so idle keys do not accumulate. */
const MIN_SWEEP_SIZE = 64;

export class InProcessRateLimiter implements RateLimiter {
  private readonly clock: () => number;
  private readonly startTimer: StartTimer;
  private readonly logs = new Map<string, Log>();
  private sweepAtSize = MIN_SWEEP_SIZE;

  constructor(options: InProcessRateLimiterOptions = {}) {
    this.clock = options.clock ?? Date.now;
    this.startTimer = timerFor(options.sleep ?? realSleep);
  }

  acquire(key: string, limit: RateLimit, maxWaitMs: number, signal?: AbortSignal): Promise<RateLimitDecision> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.logs.size >= this.sweepAtSize) this.sweep();
    let log = this.logs.get(key);
    if (log === undefined) {
      log = { limit, slots: [], waiters: [], wake: null };
      this.logs.set(key, log);
    }
    log.limit = limit;
    const target = log;
    return new Promise<RateLimitDecision>((resolve, reject) => {
      const onAbort = (): void => {
        const index = target.waiters.indexOf(waiter);
        if (index >= 0) target.waiters.splice(index, 1);
        reject(signal?.reason);
        this.pump(target);
      };
      const waiter: Waiter = {
        deadline: this.clock() + Math.max(0, maxWaitMs),
        queued: false,
        settle: (decision) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(decision);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      target.waiters.push(waiter);
      this.pump(target);
      waiter.queued = true;
    });
  }

  /** Grants what can be granted now, refuses waiters that cannot be served in time, re-arms the timer. */
  private pump(log: Log): void {
    const now = this.clock();
    const { requests, windowMs } = log.limit;
    log.slots = log.slots.filter((slot) => slot.freeAt > now);
    while (log.waiters.length > 0 && log.slots.length < requests) {
      const waiter = log.waiters.shift() as Waiter;
      waiter.settle(this.grant(log, waiter.queued));
    }

    if (log.waiters.length > 0) {
      // Earliest time each occupied slot can free: a request in flight frees no sooner than
      // now + window. Waiter p gets the (occupied - requests + p + 1)-th slot to free; past the
      // occupied ones, the slot a waiter ahead of it will take, one window after that waiter's turn.
      const frees = log.slots.map((slot) => Math.min(slot.freeAt, now + windowMs)).sort((a, b) => a - b);
      const turns: number[] = [];
      const kept: Waiter[] = [];
      for (const waiter of log.waiters) {
        const index = log.slots.length - requests + turns.length;
        const turn = index < frees.length ? (frees[index] as number) : (turns[turns.length - requests] as number) + windowMs;
        if (turn > waiter.deadline) {
          waiter.settle({ ok: false, retryAfterMs: Math.max(1, Math.ceil(turn - now)) });
        } else {
          turns.push(turn);
          kept.push(waiter);
        }
      }
      log.waiters = kept;
    }
    this.arm(log, now);
  }

  private grant(log: Log, waited: boolean): RateLimitPermit {
    const slot: Slot = { freeAt: Number.POSITIVE_INFINITY };
    log.slots.push(slot);
    let done = false;
    return {
      ok: true,
      waited,
      complete: (sent) => {
        if (done) return;
        done = true;
        if (sent) slot.freeAt = this.clock() + log.limit.windowMs;
        else log.slots.splice(log.slots.indexOf(slot), 1);
        this.pump(log);
      },
    };
  }

  /** One timer per key, only while someone waits: at the next slot that frees or the next deadline. */
  private arm(log: Log, now: number): void {
    let at = Number.POSITIVE_INFINITY;
    if (log.waiters.length > 0) {
      for (const slot of log.slots) at = Math.min(at, slot.freeAt);
      for (const waiter of log.waiters) at = Math.min(at, waiter.deadline);
    }
    if (log.wake !== null && log.wake.at === at) return;
    log.wake?.cancel();
    log.wake = null;
    if (at === Number.POSITIVE_INFINITY) return;
    const wake = { at, cancel: (): void => undefined };
    log.wake = wake;
    wake.cancel = this.startTimer(Math.max(0, at - now), () => {
      if (log.wake === wake) log.wake = null;
      this.pump(log);
    });
  }

  private sweep(): void {
    const now = this.clock();
    for (const [key, log] of this.logs) {
      if (log.waiters.length === 0 && log.slots.every((slot) => slot.freeAt <= now)) this.logs.delete(key);
    }
    this.sweepAtSize = Math.max(MIN_SWEEP_SIZE, this.logs.size * 2);
  }
}
