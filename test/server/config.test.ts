import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const KEY = 'sk_test_abcdefghijklmnopqrstuvwxyz012345';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('defaults to the embedded emulator on loopback port 4000 with GraphiQL', () => {
    expect(loadConfig({})).toEqual({
      nodeEnv: 'development',
      port: 4000,
      host: '127.0.0.1',
      upstream: { mode: 'embedded-emulator' },
      clerkApiVersion: '2026-05-12',
      maxCallDurationMs: 30_000,
      attemptTimeoutMs: 10_000,
      maxRetryAfterMs: 60_000,
      clerkRateLimit: 'off',
      maxConcurrentRequests: 64,
      maxQueuedRequests: 256,
      callerAuth: { mode: 'none' },
      graphiqlEnabled: true,
      introspectionEnabled: true,
      trustedDocumentsPath: null,
      maxBodyBytes: 102_400,
      metricsAccess: { mode: 'open' },
      corsOrigins: [],
      loopbackHostOnly: true,
      federation: false,
      logLevel: 'info',
      otlpEndpoint: null,
      serviceName: 'clerk-oauth-graphql-gateway',
      redisUrl: null,
      readCacheTtlMs: 0,
      idempotencyTtlMs: 86_400_000,
      idempotencyReplaySecrets: true,
      idempotencyMaxKeys: 10_000,
    });
  });

  it('reads the idempotency settings, and refuses a TTL under a second or a non-boolean secret replay', () => {
    const config = loadConfig({ IDEMPOTENCY_TTL_MS: '3600000', IDEMPOTENCY_REPLAY_SECRETS: 'false', IDEMPOTENCY_MAX_KEYS: '500' });
    expect(config).toMatchObject({ idempotencyTtlMs: 3_600_000, idempotencyReplaySecrets: false, idempotencyMaxKeys: 500 });
    expect(problemsOf({ IDEMPOTENCY_TTL_MS: '999' })).toEqual([expect.stringMatching(/^IDEMPOTENCY_TTL_MS: /)]);
    expect(problemsOf({ IDEMPOTENCY_REPLAY_SECRETS: 'maybe' })).toEqual(['IDEMPOTENCY_REPLAY_SECRETS: must be true or false']);
    expect(problemsOf({ IDEMPOTENCY_MAX_KEYS: '0' })).toEqual([expect.stringMatching(/^IDEMPOTENCY_MAX_KEYS: /)]);
  });

  it('uses real Clerk with a key, binding all interfaces and requiring caller tokens', () => {
    const config = loadConfig({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'token-aaaaaaaaaaaaaaaa, token-bbbbbbbbbbbbbbbb', CLERK_API_URL: 'https://api.clerk.com/v1/' });
    expect(config.upstream).toEqual({ mode: 'clerk', secretKey: KEY, apiUrl: 'https://api.clerk.com' });
    expect(config.host).toBe('0.0.0.0');
    expect(config.callerAuth).toEqual({ mode: 'tokens', tokens: ['token-aaaaaaaaaaaaaaaa', 'token-bbbbbbbbbbbbbbbb'] });
  });

  it('refuses a real key without caller authentication unless told `none`', () => {
    expect(problemsOf({ CLERK_SECRET_KEY: KEY })).toEqual([expect.stringMatching(/^GATEWAY_AUTH_TOKENS: required with CLERK_SECRET_KEY/)]);
    expect(loadConfig({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'none' }).callerAuth).toEqual({ mode: 'none' });
  });

  it('keeps the unauthenticated embedded mode on loopback', () => {
    expect(problemsOf({ HOST: '0.0.0.0' })).toEqual([expect.stringMatching(/^HOST: the embedded emulator mode/)]);
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('turns GraphiQL and introspection off in production unless enabled', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ graphiqlEnabled: false, introspectionEnabled: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL_ENABLED: 'true', GRAPHQL_INTROSPECTION: 'yes' })).toMatchObject({
      graphiqlEnabled: true,
      introspectionEnabled: true,
    });
  });

  it('caps the Retry-After it honours as told, from one second to an hour', () => {
    expect(loadConfig({ CLERK_MAX_RETRY_AFTER_MS: '5000' })).toMatchObject({ maxRetryAfterMs: 5_000 });
    expect(loadConfig({ CLERK_MAX_RETRY_AFTER_MS: '1000' })).toMatchObject({ maxRetryAfterMs: 1_000 });
    expect(loadConfig({ CLERK_MAX_RETRY_AFTER_MS: '3600000' })).toMatchObject({ maxRetryAfterMs: 3_600_000 });
    for (const value of ['999', '3600001', '1.5', 'a minute', '-1']) {
      expect(problemsOf({ CLERK_MAX_RETRY_AFTER_MS: value }), value).toEqual([expect.stringMatching(/^CLERK_MAX_RETRY_AFTER_MS: /)]);
    }
  });

  it('bounds the Clerk calls in flight as told', () => {
    expect(loadConfig({ CLERK_MAX_CONCURRENCY: '20' })).toMatchObject({ maxConcurrentRequests: 20 });
  });

  it('limits Clerk calls by the key unless told otherwise', () => {
    const withKey = { CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'none' };
    expect(loadConfig(withKey).clerkRateLimit).toBe('auto');
    expect(loadConfig({ ...withKey, CLERK_RATE_LIMIT: '500' }).clerkRateLimit).toEqual({ requests: 500, windowMs: 10_000 });
    expect(loadConfig({ ...withKey, CLERK_RATE_LIMIT: 'off' }).clerkRateLimit).toBe('off');
    expect(problemsOf({ ...withKey, CLERK_RATE_LIMIT: '-3' })).toEqual([expect.stringMatching(/^CLERK_RATE_LIMIT: must be a number of requests per 10 seconds/)]);
  });

  it('configures JWT caller authentication with issuer, audience and asymmetric algorithms pinned', () => {
    const jwt = {
      CLERK_SECRET_KEY: KEY,
      GATEWAY_JWT_JWKS_URL: 'https://auth.example.com/.well-known/jwks.json',
      GATEWAY_JWT_ISSUER: 'https://auth.example.com/',
      GATEWAY_JWT_AUDIENCE: 'clerk-oauth-gateway',
    };
    expect(loadConfig(jwt).callerAuth).toEqual({
      mode: 'jwt',
      jwksUrl: 'https://auth.example.com/.well-known/jwks.json',
      issuer: 'https://auth.example.com/',
      audience: 'clerk-oauth-gateway',
      algorithms: ['RS256'],
    });
    expect(problemsOf({ ...jwt, GATEWAY_JWT_ALGORITHMS: 'RS256,HS256' })).toEqual([expect.stringMatching(/^GATEWAY_JWT_ALGORITHMS: .*HS\* and none are refused/)]);
    expect(problemsOf({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_MODE: 'jwt' })).toEqual([
      expect.stringMatching(/^GATEWAY_JWT_JWKS_URL: required/),
      expect.stringMatching(/^GATEWAY_JWT_ISSUER: required/),
      expect.stringMatching(/^GATEWAY_JWT_AUDIENCE: required/),
    ]);
  });

  it('configures pass-through mode without a server key', () => {
    expect(loadConfig({ GATEWAY_AUTH_MODE: 'passthrough' })).toMatchObject({
      upstream: { mode: 'clerk-passthrough', apiUrl: 'https://api.clerk.com' },
      callerAuth: { mode: 'passthrough' },
      host: '0.0.0.0',
      clerkRateLimit: 'auto',
    });
    expect(problemsOf({ GATEWAY_AUTH_MODE: 'passthrough', CLERK_SECRET_KEY: KEY })).toEqual([expect.stringMatching(/^CLERK_SECRET_KEY: must be unset/)]);
  });

  it('names every bad variable, and never echoes a key', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      CLERK_SECRET_KEY: 'pk_live_notasecretkeyvalue',
      CLERK_API_URL: 'ftp://api.clerk.com',
      CLERK_API_VERSION: 'latest',
      NODE_ENV: 'staging',
      GRAPHIQL_ENABLED: 'maybe',
    });
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual(
      ['CLERK_API_URL', 'CLERK_API_VERSION', 'CLERK_SECRET_KEY', 'GRAPHIQL_ENABLED', 'NODE_ENV', 'PORT'].sort(),
    );
    expect(problems.join('\n')).not.toContain('notasecretkeyvalue');
  });

  it('closes /metrics in front of real Clerk until GATEWAY_METRICS_TOKEN says who may read it', () => {
    const real = { CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'none' };
    expect(loadConfig(real).metricsAccess).toEqual({ mode: 'closed' });
    expect(loadConfig({ GATEWAY_AUTH_MODE: 'passthrough' }).metricsAccess).toEqual({ mode: 'closed' });
    expect(loadConfig({ ...real, GATEWAY_METRICS_TOKEN: 'metrics-token-0123456789' }).metricsAccess).toEqual({ mode: 'token', token: 'metrics-token-0123456789' });
    expect(loadConfig({ ...real, GATEWAY_METRICS_TOKEN: 'none' }).metricsAccess).toEqual({ mode: 'open' });
    expect(loadConfig({ GATEWAY_METRICS_TOKEN: 'metrics-token-0123456789' }).metricsAccess).toEqual({ mode: 'token', token: 'metrics-token-0123456789' });
    const problems = problemsOf({ ...real, GATEWAY_METRICS_TOKEN: 'short-secret' });
    expect(problems).toEqual([expect.stringMatching(/^GATEWAY_METRICS_TOKEN: must be at least 16 printable characters/)]);
    expect(problems.join('\n')).not.toContain('short-secret');
  });

  it('takes CORS_ORIGINS as exact origins, and refuses `*`, paths and credentials without echoing them', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://App.Example.com/, http://localhost:5173 ,https://app.example.com:443' }).corsOrigins).toEqual([
      'https://app.example.com',
      'http://localhost:5173',
    ]);
    expect(problemsOf({ CORS_ORIGINS: '*' })).toEqual([expect.stringMatching(/^CORS_ORIGINS: `\*` is not accepted/)]);
    expect(problemsOf({ CORS_ORIGINS: 'https://app.example.com/login' })).toEqual([expect.stringMatching(/^CORS_ORIGINS: "https:\/\/app.example.com\/login" is not an origin/)]);
    expect(problemsOf({ CORS_ORIGINS: 'app.example.com' })).toEqual([expect.stringMatching(/^CORS_ORIGINS: .* is not an origin/)]);
    const withPassword = problemsOf({ CORS_ORIGINS: 'https://user:hunter2-password@app.example.com' });
    expect(withPassword).toEqual([expect.stringMatching(/^CORS_ORIGINS: an entry is not an origin/)]);
    expect(withPassword.join('\n')).not.toContain('hunter2-password');
  });

  it('checks the Host of requests when callers are unauthenticated on loopback', () => {
    const real = { CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'none' };
    expect(loadConfig({}).loopbackHostOnly).toBe(true);
    expect(loadConfig({ HOST: '::1' }).loopbackHostOnly).toBe(true);
    expect(loadConfig({ ...real, HOST: '127.0.0.1' }).loopbackHostOnly).toBe(true);
    // Callers must authenticate: a rebinding page has nothing to use.
    expect(loadConfig({ GATEWAY_AUTH_TOKENS: 'token-aaaaaaaaaaaaaaaa' }).loopbackHostOnly).toBe(false);
    expect(loadConfig({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'token-aaaaaaaaaaaaaaaa', HOST: '127.0.0.1' }).loopbackHostOnly).toBe(false);
    // On all interfaces the names callers use are unknown.
    expect(loadConfig(real).loopbackHostOnly).toBe(false);
  });

  it('refuses URLs that cannot work, naming the part and never quoting the URL', () => {
    const real = { CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'none' };
    const problems = [
      ...problemsOf({ ...real, CLERK_API_URL: 'https://user:api-password@api.clerk.com' }),
      ...problemsOf({ ...real, CLERK_API_URL: 'https://api.clerk.com/?key=query-secret' }),
      ...problemsOf({ REDIS_URL: 'redis://:bad%ZZ-redis-password@redis:6379' }),
      ...problemsOf({ REDIS_URL: 'redis://redis:6379/cache' }),
      ...problemsOf({
        CLERK_SECRET_KEY: KEY,
        GATEWAY_JWT_JWKS_URL: 'https://jwks-user:jwks-password@auth.example.com/.well-known/jwks.json',
        GATEWAY_JWT_ISSUER: 'https://auth.example.com/',
        GATEWAY_JWT_AUDIENCE: 'gateway',
      }),
    ];
    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['CLERK_API_URL', 'CLERK_API_URL', 'REDIS_URL', 'REDIS_URL', 'GATEWAY_JWT_JWKS_URL']);
    for (const secret of ['api-password', 'query-secret', 'redis-password', 'jwks-password']) expect(problems.join('\n')).not.toContain(secret);
    // A Redis password is how Redis authenticates: accepted, percent-encoded.
    expect(loadConfig({ REDIS_URL: 'rediss://default:p%40ss@redis.example.com:6380/2' }).redisUrl).toBe('rediss://default:p%40ss@redis.example.com:6380/2');
  });

  it('refuses short or blank caller tokens', () => {
    expect(problemsOf({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'short' })).toEqual([expect.stringMatching(/at least 16 printable/)]);
    expect(problemsOf({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: ' , ' })).toEqual([expect.stringMatching(/at least one token/)]);
  });
});
