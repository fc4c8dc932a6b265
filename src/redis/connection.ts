import { Redis, type RedisOptions } from 'ioredis';

export interface RedisConnectionOptions {
  /** How long one command may take, connected or not, before it fails. */
  readonly commandTimeoutMs: number;
  /** Connection errors (ioredis reconnects by itself); the URL, which may hold a password, is never passed. */
  readonly onConnectionError?: (error: Error) => void;
  /** Further ioredis options (e.g. TLS settings). */
  readonly redisOptions?: RedisOptions;
}

export interface RedisConnection {
  readonly redis: Redis;
  /** Quits, or drops the connection when Redis cannot be reached. */
  close(): Promise<void>;
}

/**
 * A connection to `url` (`redis://` or `rediss://`) on which every command fails within its
 * timeout, so a caller never hangs on Redis, and which keeps reconnecting in the background.
 */
export function connectRedis(url: string, options: RedisConnectionOptions): RedisConnection {
  const redis = new Redis(url, {
    commandTimeout: options.commandTimeoutMs,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(100 * times, 2_000),
    ...options.redisOptions,
  });
  // Without a listener ioredis prints every reconnect failure itself.
  redis.on('error', (error: Error) => options.onConnectionError?.(error));
  return {
    redis,
    close: async () => {
      try {
        await redis.quit();
      } catch {
        redis.disconnect();
      }
    },
  };
}
