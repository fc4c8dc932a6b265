import { ClerkClient } from './clerk/client.js';
import { ConfigError, DEFAULTS, loadConfig, type Config } from './config.js';
import type { Emulator } from './emulator/emulator.js';
import { createGatewayServer } from './http/gateway-server.js';
import { closeGracefully } from './http/graceful-shutdown.js';
import { type GraphiqlTab, loadGraphiqlTabs } from './http/graphiql-tabs.js';
import { listen } from './http/listen.js';
import { createLogger } from './observability/logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { createGateway, GRAPHQL_ENDPOINT } from './app.js';
import { loadTrustedDocuments } from './http/trusted-documents.js';
import { Idempotency } from './idempotency/idempotency.js';
import { MemoryIdempotencyStore } from './idempotency/memory-store.js';

/** Process entry: config → upstream → gateway → listen → graceful shutdown. */
const SHUTDOWN_GRACE_MS = 10_000;
const PASSTHROUGH_PLACEHOLDER_KEY = 'passthrough-mode-holds-no-key';
const REDIS_WARNING_INTERVAL_MS = 30_000;

async function main(): Promise<void> {
  const config: Config = loadConfig();

  let emulator: Emulator | undefined;
  let clerkConnection: { apiUrl: string; secretKey: string };
  if (config.upstream.mode === 'embedded-emulator') {
    // Loaded only here: a gateway in front of Clerk never holds the emulator's code.
    const { createEmulator } = await import('./emulator/emulator.js');
    emulator = createEmulator({ seed: true });
    clerkConnection = { apiUrl: await emulator.listen(0, '127.0.0.1'), secretKey: emulator.secretKeys[0]! };
  } else if (config.upstream.mode === 'clerk-passthrough') {
    // Every call carries the caller's own key; this one only labels the client and is never accepted.
    clerkConnection = { apiUrl: config.upstream.apiUrl, secretKey: PASSTHROUGH_PLACEHOLDER_KEY };
  } else {
    clerkConnection = { apiUrl: config.upstream.apiUrl, secretKey: config.upstream.secretKey };
  }

  const logger = createLogger({ level: config.logLevel });
  // GraphiQL sends documents of its own, which the trusted-documents mode would refuse.
  const graphiqlEnabled = config.graphiqlEnabled && config.trustedDocumentsPath === null;
  // Optional parts are imported only when configured: each costs start time and memory.
  const tracing = config.otlpEndpoint
    ? (await import('./observability/tracing.js')).startTracing({ endpoint: config.otlpEndpoint, serviceName: config.serviceName })
    : undefined;
  // With Redis, replicas share Clerk's limit and idempotency keys, over one connection.
  const redis =
    config.redisUrl === null
      ? null
      : (await import('./redis/connection.js')).connectRedis(config.redisUrl, {
          commandTimeoutMs: DEFAULTS.redisCommandTimeoutMs,
          onConnectionError: throttled(REDIS_WARNING_INTERVAL_MS, (error: Error) => logger.warn({ err: { message: error.message } }, 'Redis connection error')),
        });
  // A slot's lease must outlive the longest call.
  const sharedLimiter =
    redis === null
      ? null
      : new (await import('./clerk/redis-rate-limiter.js')).RedisRateLimiter(redis.redis, {
          inFlightLeaseMs: config.maxCallDurationMs + 30_000,
          onError: () => logger.warn('rate limiter: a completion could not be written to Redis; its slot counts until its lease ends'),
        });
  // One registry for the gateway and the client's hooks; the gauges read the client and the server when scraped.
  const metrics = new GatewayMetrics(() => clerk.poolUsage());
  const clerk = new ClerkClient({
    onAttempt: (event) => {
      metrics.recordAttempt(event);
      tracing?.recordClerkAttempt(event);
    },
    onLimiter: (event) => metrics.recordLimiter(event),
    ...clerkConnection,
    apiVersion: config.clerkApiVersion,
    maxCallDurationMs: config.maxCallDurationMs,
    attemptTimeoutMs: config.attemptTimeoutMs,
    maxRetryAfterMs: config.maxRetryAfterMs,
    rateLimit: config.clerkRateLimit,
    maxConcurrentRequests: config.maxConcurrentRequests,
    maxQueuedRequests: config.maxQueuedRequests,
    ...(sharedLimiter === null ? {} : { rateLimiter: sharedLimiter }),
  });
  // Idempotency keys: in process, or in Redis so that a retry on another replica finds the answer.
  // Answers are sealed with a key derived from the Clerk key (pass-through: the caller's own).
  const redisIdempotencyStore = redis === null ? null : new (await import('./idempotency/redis-store.js')).RedisIdempotencyStore(redis.redis);
  const idempotency = new Idempotency({
    store: redisIdempotencyStore ?? new MemoryIdempotencyStore({ maxEntries: config.idempotencyMaxKeys }),
    ttlMs: config.idempotencyTtlMs,
    replaySecrets: config.idempotencyReplaySecrets,
    keyMaterial: clerkConnection.secretKey,
    onStoreError: () => logger.warn('idempotency keys: a record could not be written; a repeat of that request may answer an unknown outcome'),
  });
  const readCacheModule = config.readCacheTtlMs > 0 ? await import('./http/read-cache.js') : undefined;
  const readCache = await readCacheModule?.createReadCache(config.redisUrl);
  const graphiql = graphiqlEnabled && (await loadGraphiql(emulator?.state().applications[0]?.id));
  // The subgraph is built only when served: it is a second build of the schema.
  const subgraphSchema = config.federation ? (await import('./graphql/federation.js')).subgraphSchema : undefined;
  const gateway = createGateway({
    clerk,
    callerAuth: config.callerAuth,
    graphiql,
    production: config.nodeEnv === 'production',
    introspection: config.introspectionEnabled,
    trustedDocuments: config.trustedDocumentsPath === null ? undefined : loadTrustedDocuments(config.trustedDocumentsPath),
    maxBodyBytes: config.maxBodyBytes,
    ...(subgraphSchema ? { schema: subgraphSchema } : {}),
    idempotency,
    logger,
    metrics,
    metricsAccess: config.metricsAccess,
    corsOrigins: config.corsOrigins,
    loopbackHostOnly: config.loopbackHostOnly,
    ...(tracing ? { tracer: tracing.tracer } : {}),
    ...(readCache && readCacheModule ? { plugins: readCacheModule.useReadCache({ cache: readCache.cache, ttlMs: config.readCacheTtlMs }) } : {}),
  });

  const server = createGatewayServer(gateway);
  await listen(server, config.port, config.host);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const displayHost = config.host.includes(':') ? `[${config.host}]` : config.host === '0.0.0.0' ? 'localhost' : config.host;
  const url = `http://${displayHost}:${port}${GRAPHQL_ENDPOINT}`;
  const upstreamName = emulator ? 'the embedded Clerk emulator' : clerkConnection.apiUrl;
  const authName = config.callerAuth.mode === 'none' ? 'none' : config.callerAuth.mode;
  console.log(`Gateway listening on ${url} (upstream: ${upstreamName}; caller auth: ${authName})`);
  // Its fault endpoint lets a developer (and the browser tests) see how clients meet Clerk's failures.
  if (emulator) console.log(`Embedded Clerk emulator on ${clerkConnection.apiUrl} (faults: ${clerkConnection.apiUrl}/__emulator/faults)`);
  if (graphiqlEnabled) console.log(`GraphiQL: open ${url} in a browser`);
  if (subgraphSchema) console.log('Federation: serving a Federation v2 subgraph (_service, _entities)');
  if (config.trustedDocumentsPath !== null) console.log('Trusted-documents mode: only persisted documents are executed (GraphiQL is off)');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing in-flight requests, then stopping`);
    await closeGracefully(server, SHUTDOWN_GRACE_MS);
    await clerk.close();
    await emulator?.close();
    await tracing?.shutdown();
    await readCache?.close();
    await redis?.close();
    console.log('Stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // A bad setting names itself; anything else is told by its message alone, never with a stack.
  console.error(error instanceof ConfigError ? error.message : `Gateway failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

/** GraphiQL's page and its tabs (schema/operations/), read at start: a copy that lacks them names the setting. */
async function loadGraphiql(sampleId: string | undefined): Promise<{ defaultTabs: GraphiqlTab[]; render: (typeof import('./http/graphiql-page.js'))['renderGraphiQL'] }> {
  try {
    const { renderGraphiQL } = await import('./http/graphiql-page.js');
    return { defaultTabs: loadGraphiqlTabs(sampleId), render: renderGraphiQL };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new ConfigError([
      `GRAPHIQL_ENABLED: GraphiQL is on, but its page or its example operations (schema/operations/) cannot be loaded (${reason}); install them with the gateway, or set GRAPHIQL_ENABLED=false`,
    ]);
  }
}

/** Calls `log` at most once per interval: a Redis outage reports itself every couple of seconds. */
function throttled<T>(intervalMs: number, log: (value: T) => void): (value: T) => void {
  let lastAt = -Infinity;
  return (value) => {
    const now = Date.now();
    if (now - lastAt < intervalMs) return;
    lastAt = now;
    log(value);
  };
}
