/**
 * Idempotency records in Redis, so that a retry landing on another replica finds the first answer
 * and a repeat arriving while the first request runs elsewhere waits for it.
 *
 * One hash per record, `<prefix>:<record key>` (the record key is already a SHA-256: no caller key,
 * token or idempotency key reaches Redis), with the fields `state` (`pending` or `done`), `fp` (the
 * input's fingerprint), `owner` and `lease` while pending, `answer` (sealed) once done. The whole
 * hash expires with the record's TTL. Claim, complete and release are Lua scripts, so each decision
 * is atomic, and lease times come from Redis's clock (`TIME`), the one clock all replicas share.
 *
 * Waiting for a pending record polls it (`changed` sleeps up to the poll interval): simple, and it
 * needs no second connection for pub/sub. Every command fails within `commandTimeoutMs` when Redis
 * is unreachable, and the request carrying the key is then refused before anything is sent.
 */
import { randomBytes } from 'node:crypto';
import type { Redis, RedisOptions } from 'ioredis';
import { DEFAULTS } from '../config.js';
import { connectRedis } from '../redis/connection.js';
import type { Claim, IdempotencyStore } from './store.js';

export const DEFAULT_REDIS_IDEMPOTENCY_PREFIX = 'clerk-gateway:idempotency';

/** KEYS[1] the record; ARGV: fingerprint, owner, leaseMs, ttlMs. */
const CLAIM_SCRIPT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  redis.call('HSET', KEYS[1], 'state', 'pending', 'fp', ARGV[1], 'owner', ARGV[2], 'lease', now + tonumber(ARGV[3]))
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return {'claimed'}
end
local fp = redis.call('HGET', KEYS[1], 'fp')
if state == 'done' then
  return {'done', fp, redis.call('HGET', KEYS[1], 'answer')}
end
local lease = tonumber(redis.call('HGET', KEYS[1], 'lease'))
if lease < now then return {'pending', fp, '1'} end
return {'pending', fp, '0'}
`;

/** KEYS[1] the record; ARGV: owner, sealed answer, ttlMs. */
const COMPLETE_SCRIPT = `
if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'state', 'done', 'answer', ARGV[2])
redis.call('HDEL', KEYS[1], 'owner', 'lease')
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/** KEYS[1] the record; ARGV: owner. */
const RELEASE_SCRIPT = `
if redis.call('HGET', KEYS[1], 'owner') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[1])
return 1
`;

interface ScriptedRedis extends Redis {
  idempotencyClaim(key: string, fingerprint: string, owner: string, leaseMs: number, ttlMs: number): Promise<string[]>;
  idempotencyComplete(key: string, owner: string, answer: string, ttlMs: number): Promise<number>;
  idempotencyRelease(key: string, owner: string): Promise<number>;
}

export interface RedisIdempotencyStoreOptions {
  /** Prefix of every key; default `clerk-gateway:idempotency`. */
  keyPrefix?: string;
  /** How often a waiting request looks at a pending record. Default 100 ms. */
  pollIntervalMs?: number;
}

export class RedisIdempotencyStore implements IdempotencyStore {
  readonly #redis: ScriptedRedis;
  readonly #prefix: string;
  readonly #pollIntervalMs: number;

  /** `redis` is used as given; its `commandTimeout` bounds every command. */
  constructor(redis: Redis, options: RedisIdempotencyStoreOptions = {}) {
    const scripted = redis as ScriptedRedis;
    if (typeof scripted.idempotencyClaim !== 'function') {
      redis.defineCommand('idempotencyClaim', { numberOfKeys: 1, lua: CLAIM_SCRIPT });
      redis.defineCommand('idempotencyComplete', { numberOfKeys: 1, lua: COMPLETE_SCRIPT });
      redis.defineCommand('idempotencyRelease', { numberOfKeys: 1, lua: RELEASE_SCRIPT });
    }
    this.#redis = scripted;
    this.#prefix = options.keyPrefix ?? DEFAULT_REDIS_IDEMPOTENCY_PREFIX;
    this.#pollIntervalMs = options.pollIntervalMs ?? 100;
  }

  /** The Redis key of a record (for tests and operators: `HGETALL` shows what is stored). */
  redisKeyOf(recordKey: string): string {
    return `${this.#prefix}:${recordKey}`;
  }

  async claim(key: string, fingerprint: string, leaseMs: number, ttlMs: number): Promise<Claim> {
    const owner = randomBytes(12).toString('hex');
    const [state, storedFingerprint, detail] = await this.#redis.idempotencyClaim(this.redisKeyOf(key), fingerprint, owner, Math.ceil(leaseMs), Math.ceil(ttlMs));
    if (state === 'claimed') return { state, owner };
    if (state === 'done') return { state, fingerprint: storedFingerprint ?? '', answer: detail ?? '' };
    return { state: 'pending', fingerprint: storedFingerprint ?? '', leaseExpired: detail === '1' };
  }

  async complete(key: string, owner: string, answer: string, ttlMs: number): Promise<void> {
    await this.#redis.idempotencyComplete(this.redisKeyOf(key), owner, answer, Math.ceil(ttlMs));
  }

  async release(key: string, owner: string): Promise<void> {
    await this.#redis.idempotencyRelease(this.redisKeyOf(key), owner);
  }

  changed(_key: string, maxWaitMs: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(maxWaitMs, this.#pollIntervalMs))));
  }

  async close(): Promise<void> {
    // The connection belongs to whoever made it (createRedisIdempotencyStore closes its own).
  }
}

export interface RedisIdempotencyStoreHandle {
  readonly store: RedisIdempotencyStore;
  readonly redis: Redis;
  close(): Promise<void>;
}

export interface CreateRedisIdempotencyStoreOptions extends RedisIdempotencyStoreOptions {
  /** How long one command may take before the request is refused. Default 1000. */
  commandTimeoutMs?: number;
  /** Connection errors (ioredis reconnects by itself); the URL, which may hold a password, is never passed. */
  onConnectionError?: (error: Error) => void;
  redisOptions?: RedisOptions;
}

/** A store on its own connection to `url` (`redis://` or `rediss://`). */
export function createRedisIdempotencyStore(url: string, options: CreateRedisIdempotencyStoreOptions = {}): RedisIdempotencyStoreHandle {
  const { redis, close } = connectRedis(url, { ...options, commandTimeoutMs: options.commandTimeoutMs ?? DEFAULTS.redisCommandTimeoutMs });
  return { store: new RedisIdempotencyStore(redis, options), redis, close };
}
