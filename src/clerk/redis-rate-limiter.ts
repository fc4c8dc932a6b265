/**
 * The rate limiter that replicas share: the sliding log of InProcessRateLimiter, kept in Redis so
 * that N gateway processes using one Clerk key stay together under Clerk's limit for that key.
 *
 * One sorted set per key (`<prefix>:<key>`, the key being the SHA-256 of the secret key: no secret
 * ever reaches Redis). Each member is one permit, scored with the time (ms, Redis server clock) at
 * which it stops counting:
 *
 * - granted, request in flight: `grant + windowMs + inFlightLeaseMs` (a lease: a replica that
 *   crashes mid-request cannot hold the slot forever; it frees one window after the lease ends);
 * - answered (`complete(true)`): `answer + windowMs`, the answer time read from Redis's clock when
 *   the completion reaches Redis (never earlier than the answer arrived);
 * - surely not sent (`complete(false)`): removed.
 *
 * Both steps are Lua scripts, so every decision is atomic and all times come from one clock (Redis
 * `TIME`): replicas whose clocks disagree still agree on every slot. Why no window can exceed the
 * limit: a request Clerk counts at r lies between its grant g (script time, before it is sent) and
 * its completion c (script time, after its answer arrived), and its member counts over [g, c + W),
 * which contains [r, r + W). If k requests arrive in some window (x - W, x], all k members are in
 * the set at the latest of their grants (each was granted no later, and counts until past x), and
 * that grant was given only while fewer than `requests` members counted: k ≤ requests. This holds
 * as long as every request completes within its lease (`inFlightLeaseMs` must exceed the longest a
 * request can be in flight: the client's call duration).
 *
 * Waiting: a refused acquire learns from the script when the next slot can free (counted as
 * InProcessRateLimiter counts it: an in-flight slot frees no sooner than one window from now) and,
 * when that is within its wait, sleeps until then (plus jitter, so waiters of several replicas do
 * not all ask at the same instant) and asks again; otherwise it is refused at once with that time.
 * Unlike the in-process limiter there is no first-come-first-served queue across replicas: a waiter
 * may lose the freed slot to another replica, ask again, and be refused at its deadline.
 *
 * Failure: when Redis cannot be reached (or does not answer within `commandTimeoutMs`), `acquire`
 * rejects and the client refuses the attempt with UpstreamError `gateway_rate_limiter_failed`
 * without sending it. The limiter fails closed: the other choice, sending anyway, is exactly the
 * case where N replicas together exceed Clerk's limit. A completion that cannot be written leaves
 * the member with its lease, so the slot counts longer than needed, never shorter.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Redis, RedisOptions } from 'ioredis';
import { DEFAULTS } from '../config.js';
import { connectRedis } from '../redis/connection.js';
import type { RateLimit, RateLimitDecision, RateLimiter, RateLimitPermit } from './rate-limiter.js';
import { sleep as realSleep } from './sleep.js';

export const DEFAULT_REDIS_RATE_LIMIT_PREFIX = 'clerk-gateway:ratelimit';
/** Longer than the client's default call duration (30 s): every request completes within it. */
export const DEFAULT_IN_FLIGHT_LEASE_MS = 60_000;
/** Upper bound of the random delay added to each wait. */
const MAX_JITTER_MS = 25;

/**
 * KEYS[1] the log; ARGV: requests, windowMs, leaseMs, member.
 * Returns {1, 0} when a slot was taken, or {0, ms until a slot can free}.
 */
const ACQUIRE_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local requests = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lease = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local count = redis.call('ZCARD', KEYS[1])
if count < requests then
  redis.call('ZADD', KEYS[1], now + window + lease, ARGV[4])
  local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
  redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(last[2]) - now) + 1)
  return {1, 0}
end
local rank = count - requests
local entry = redis.call('ZRANGE', KEYS[1], rank, rank, 'WITHSCORES')
local freeAt = math.min(tonumber(entry[2]), now + window)
return {0, math.max(1, math.ceil(freeAt - now))}
`;

/**
 * KEYS[1] the log; ARGV: member, sent ('1' or '0'), windowMs.
 * Sent: the member counts until now + windowMs (re-added if its lease already ran out, which only
 * counts more). Not sent: removed.
 */
const COMPLETE_SCRIPT = `
if ARGV[2] ~= '1' then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return 0
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(last[2]) - now) + 1)
return 1
`;

interface ScriptedRedis extends Redis {
  clerkRateLimitAcquire(key: string, requests: number, windowMs: number, leaseMs: number, member: string): Promise<[number, number]>;
  clerkRateLimitComplete(key: string, member: string, sent: '1' | '0', windowMs: number): Promise<number>;
}

export interface RedisRateLimiterOptions {
  /** Prefix of every key; default `clerk-gateway:ratelimit`. */
  keyPrefix?: string;
  /**
   * How long a granted, uncompleted slot counts as in flight before it may expire (its replica
   * presumably crashed); it then counts one more window. Must exceed the longest a request can be
   * in flight, i.e. the client's `maxCallDurationMs`. Default 60 000.
   */
  inFlightLeaseMs?: number;
  /** Local clock, for the wait's deadline only (slot times come from Redis). Default Date.now. */
  clock?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** A completion could not be written (the slot then counts until its lease ends). */
  onError?: (error: unknown) => void;
}

export class RedisRateLimiter implements RateLimiter {
  private readonly redis: ScriptedRedis;
  private readonly prefix: string;
  private readonly leaseMs: number;
  private readonly clock: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly random: () => number;
  private readonly onError: (error: unknown) => void;
  /** Members are `<replica>:<counter>`: unique across replicas without asking Redis. */
  private readonly replicaId = randomBytes(12).toString('hex');
  private counter = 0;

  /** `redis` is used as given (not closed by the limiter); its `commandTimeout` bounds every wait for Redis. */
  constructor(redis: Redis, options: RedisRateLimiterOptions = {}) {
    const leaseMs = options.inFlightLeaseMs ?? DEFAULT_IN_FLIGHT_LEASE_MS;
    if (!Number.isFinite(leaseMs) || leaseMs <= 0) throw new RangeError('RedisRateLimiter: inFlightLeaseMs must be a positive number of milliseconds.');
    this.leaseMs = leaseMs;
    this.prefix = options.keyPrefix ?? DEFAULT_REDIS_RATE_LIMIT_PREFIX;
    this.clock = options.clock ?? Date.now;
    this.sleep = options.sleep ?? realSleep;
    this.random = options.random ?? Math.random;
    this.onError = options.onError ?? (() => undefined);
    const scripted = redis as ScriptedRedis;
    if (typeof scripted.clerkRateLimitAcquire !== 'function') {
      redis.defineCommand('clerkRateLimitAcquire', { numberOfKeys: 1, lua: ACQUIRE_SCRIPT });
      redis.defineCommand('clerkRateLimitComplete', { numberOfKeys: 1, lua: COMPLETE_SCRIPT });
    }
    this.redis = scripted;
  }

  async acquire(key: string, limit: RateLimit, maxWaitMs: number, signal?: AbortSignal): Promise<RateLimitDecision> {
    if (signal?.aborted) throw signal.reason;
    checkLimit(limit);
    const redisKey = `${this.prefix}:${storedKeyOf(key)}`;
    const deadline = this.clock() + Math.max(0, maxWaitMs);
    let waited = false;
    for (;;) {
      const member = `${this.replicaId}:${(this.counter += 1)}`;
      const call = this.redis.clerkRateLimitAcquire(redisKey, limit.requests, limit.windowMs, this.leaseMs, member);
      const [granted, retryAfterMs] = await untilAborted(call, signal, ([taken]) => {
        // Aborted while the script ran: a slot it took is given back.
        if (taken === 1) this.complete(redisKey, member, false, limit.windowMs);
      });
      if (granted === 1) return this.permit(redisKey, member, limit.windowMs, waited);
      const hint = Math.max(1, Number(retryAfterMs));
      const left = deadline - this.clock();
      if (hint > left) return { ok: false, retryAfterMs: hint };
      waited = true;
      await this.sleep(Math.min(left, hint + this.random() * Math.min(MAX_JITTER_MS, hint)), signal);
    }
  }

  private permit(redisKey: string, member: string, windowMs: number, waited: boolean): RateLimitPermit {
    let done = false;
    return {
      ok: true,
      waited,
      complete: (sent) => {
        if (done) return;
        done = true;
        this.complete(redisKey, member, sent, windowMs);
      },
    };
  }

  private complete(redisKey: string, member: string, sent: boolean, windowMs: number): void {
    this.redis.clerkRateLimitComplete(redisKey, member, sent ? '1' : '0', windowMs).catch((error: unknown) => {
      try {
        this.onError(error);
      } catch {
        // A logging hook must not turn into an unhandled rejection.
      }
    });
  }
}

export interface RedisRateLimiterHandle {
  readonly limiter: RedisRateLimiter;
  /** The connection, for a readiness check (`redis.ping()`) or metrics. */
  readonly redis: Redis;
  /** Closes the connection (pending completions are sent first). */
  close(): Promise<void>;
}

export interface CreateRedisRateLimiterOptions extends RedisRateLimiterOptions {
  /** How long one Redis round trip may take before acquire fails (fail closed). Default 1000. */
  commandTimeoutMs?: number;
  /** Connection errors (ioredis reconnects by itself). The URL, which may hold a password, is never passed. */
  onConnectionError?: (error: Error) => void;
  /** Further ioredis options (e.g. TLS settings). */
  redisOptions?: RedisOptions;
}

/** A limiter on its own connection to `url` (`redis://` or `rediss://`). */
export function createRedisRateLimiter(url: string, options: CreateRedisRateLimiterOptions = {}): RedisRateLimiterHandle {
  const { redis, close } = connectRedis(url, { ...options, commandTimeoutMs: options.commandTimeoutMs ?? DEFAULTS.redisCommandTimeoutMs });
  return { limiter: new RedisRateLimiter(redis, options), redis, close };
}

/** The client passes a SHA-256 hex of the secret key; anything else is hashed before it reaches Redis. */
function storedKeyOf(key: string): string {
  return /^[0-9a-f]{64}$/.test(key) ? key : createHash('sha256').update(key).digest('hex');
}

function checkLimit(limit: RateLimit): void {
  if (!Number.isSafeInteger(limit.requests) || limit.requests < 1) throw new RangeError('RedisRateLimiter: requests must be a positive integer.');
  if (!Number.isFinite(limit.windowMs) || limit.windowMs <= 0) throw new RangeError('RedisRateLimiter: windowMs must be a positive number.');
}

/** Rejects with the signal's reason as soon as it aborts; a late result goes to `onLate`. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined, onLate: (value: T) => void): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    if (signal.aborted) {
      settled = true;
      reject(signal.reason);
    }
    const onAbort = (): void => {
      settled = true;
      reject(signal.reason);
    };
    if (!settled) signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (settled) onLate(value);
        else resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        if (!settled) reject(error);
      },
    );
  });
}
