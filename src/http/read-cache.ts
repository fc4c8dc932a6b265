import { type Cache, createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { type DefinitionNode, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { callerIdentityOf } from '../auth/caller-auth-plugin.js';
import { callerScope } from '../auth/caller-identity.js';

/**
 * Opt-in cache of read results. Entries are scoped to the caller (pass-through callers, who may
 * reach different Clerk instances, never share one), only queries are cached (client secrets only
 * travel in mutation payloads), answers that report a failure are never kept, and every
 * successful mutation drops all cached reads of applications, on every replica when the cache
 * lives in Redis: writes are rare next to reads, and a coarse invalidation cannot serve a stale list.
 */
export interface ReadCache {
  readonly cache: Cache;
  close(): Promise<void>;
}

/** In process, or in Redis (loaded only then) so replicas share entries and invalidations. */
export async function createReadCache(redisUrl: string | null): Promise<ReadCache> {
  if (redisUrl === null) return { cache: createInMemoryCache(), close: async () => undefined };
  // ioredis is CommonJS: reached through its module object (the default export), which works under
  // Node's loader and in the esbuild bundle alike; the bundle gives a lazily imported CommonJS
  // module no named exports.
  const [{ default: ioredis }, { createRedisCache }] = await Promise.all([import('ioredis'), import('@envelop/response-cache-redis')]);
  const redis = new ioredis.Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 1 });
  // Failures reach the cache as failed commands; without a listener ioredis would also print every
  // reconnect failure, with its stack, on the process's stderr.
  redis.on('error', () => undefined);
  return {
    cache: createRedisCache({ redis }),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** Results holding one of these are never cached: they say nothing lasting about Clerk's data. */
const UNCACHEABLE_TYPES = ['UpstreamError', 'RateLimitedError', 'UnauthorizedError', 'ForbiddenError', 'ValidationError'];
const CACHED_TYPES = ['OAuthApplication', 'OAuthApplicationConnection', 'NotFoundError'];

export function useReadCache(options: { readonly cache: Cache; readonly ttlMs: number }): Plugin[] {
  const { cache } = options;
  return [
    useResponseCache({
      cache,
      ttl: options.ttlMs,
      // A JWT without a subject names nobody in particular: its reads are not cached at all, since
      // one shared entry would hand one caller's answer to another.
      enabled: (request) => callerScope(callerIdentityOf(request)) !== null,
      session: (request) => callerScope(callerIdentityOf(request)),
      ignoredTypes: UNCACHEABLE_TYPES,
      invalidateViaMutation: true,
      includeExtensionMetadata: false,
    }),
    {
      onExecute({ args }) {
        const isMutation = args.document.definitions.some((definition: DefinitionNode) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation');
        if (!isMutation) return;
        return {
          async onExecuteDone({ result }) {
            if ('data' in result && result.data) await cache.invalidate(CACHED_TYPES.map((typename) => ({ typename })));
          },
        };
      },
    },
  ];
}
