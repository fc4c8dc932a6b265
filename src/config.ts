import { isIP } from 'node:net';
import { en } from 'zod/locales';
import * as z from 'zod/mini';

/**
 * Every environment variable the gateway reads, parsed and validated in one place. A bad value
 * stops the start with a message naming the variable; nothing else reads process.env.
 */
/** Every default the gateway runs with: the variables below and the Clerk client fall back to these. */
export const DEFAULTS = Object.freeze({
  clerkApiVersion: '2026-05-12',
  /** One deadline for all attempts and waits of a Clerk call; caps every per-call retry override. */
  maxCallDurationMs: 30_000,
  attemptTimeoutMs: 10_000,
  /** How long a Clerk call may wait for a rate-limit slot before it is refused. */
  rateLimitMaxWaitMs: 2_000,
  /** The longest a Retry-After from Clerk is honoured, whatever it says: for waits, blocks and what callers are told. */
  maxRetryAfterMs: 60_000,
  maxConcurrentRequests: 64,
  maxQueuedRequests: 256,
  maxBodyBytes: 100 * 1024,
  /** Every Redis command fails within this, connected or not: a caller never hangs on Redis. */
  redisCommandTimeoutMs: 1_000,
  /** A client must send its whole request (headers and body) within this, or gets 408. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  maxResponseBytes: 5 * 1024 * 1024,
  /** How long a mutation's answer is kept for repeats with the same idempotency key. */
  idempotencyTtlMs: 24 * 60 * 60_000,
  /** Idempotency records kept in process (without Redis); the oldest finished ones go first. */
  idempotencyMaxKeys: 10_000,
});

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);
const JWT_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

// zod's mini build: the same checks as its chained API, and the bundle keeps only those used.
z.config(en());

const booleanFlag = z.pipe(
  z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }),
  z.transform((value) => value === 'true' || value === '1' || value === 'yes'),
);

const nonBlank = () => z.string().check(z.trim(), z.minLength(1));

const boundedInt = (min: number, max: number, fallback: number, unit: string) =>
  z._default(z.coerce.number({ message: `must be a number of ${unit}` }).check(z.int(), z.minimum(min), z.maximum(max)), fallback);

const httpUrl = (example: string) => z.url({ message: `must be an http(s) URL such as ${example}`, protocol: /^https?$/ });

/** Messages never quote a URL (it may hold a password): they say which part is wrong. */
const urlCheck = (isUsable: (url: URL) => boolean, message: string) =>
  z.refine<string>((value) => {
    const url = parsedUrl(value);
    // A value that is no URL at all is reported by the URL check itself.
    return url === null || isUsable(url);
  }, { message });

const hasNoCredentials = (url: URL) => url.username === '' && url.password === '';

/** What ioredis can take: percent-encoded user name and password (it decodes them), a database number as path. */
const isUsableRedisUrl = (url: URL) => {
  try {
    decodeURIComponent(url.username);
    decodeURIComponent(url.password);
  } catch {
    return false;
  }
  return /^(\/\d*)?$/.test(url.pathname);
};

const environmentSchema = z.object({
  NODE_ENV: z._default(z.enum(['development', 'production', 'test']), 'development'),
  PORT: z._default(z.coerce.number({ message: 'must be a port number' }).check(z.int(), z.minimum(0), z.maximum(65_535)), 4000),
  HOST: z.optional(nonBlank()),
  CLERK_SECRET_KEY: z.optional(
    z.string().check(z.trim(), z.regex(/^sk_(test|live)_[A-Za-z0-9]+$/, 'must look like sk_test_... or sk_live_... (from the Clerk Dashboard, API Keys)')),
  ),
  CLERK_API_URL: z.pipe(
    z._default(
      httpUrl('https://api.clerk.com').check(
        urlCheck(
          (url) => hasNoCredentials(url) && url.search === '' && url.hash === '',
          'must be an address such as https://api.clerk.com, without a user name, password, query or fragment (Clerk is authenticated by CLERK_SECRET_KEY)',
        ),
      ),
      'https://api.clerk.com',
    ),
    z.transform((url) => url.replace(/\/+$/, '').replace(/\/v1$/, '')),
  ),
  CLERK_API_VERSION: z._default(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-05-12')), DEFAULTS.clerkApiVersion),
  CLERK_MAX_CALL_DURATION_MS: boundedInt(1, 3_600_000, DEFAULTS.maxCallDurationMs, 'milliseconds'),
  CLERK_ATTEMPT_TIMEOUT_MS: boundedInt(1, 3_600_000, DEFAULTS.attemptTimeoutMs, 'milliseconds'),
  // Retry-After counts whole seconds: a ceiling under one second would ignore every one of them.
  CLERK_MAX_RETRY_AFTER_MS: boundedInt(1_000, 3_600_000, DEFAULTS.maxRetryAfterMs, 'milliseconds'),
  CLERK_RATE_LIMIT: z.optional(
    z.string().check(z.trim(), z.regex(/^(off|auto|[1-9]\d{0,6})$/, 'must be a number of requests per 10 seconds, `auto` or `off`')),
  ),
  CLERK_MAX_CONCURRENCY: boundedInt(1, 10_000, DEFAULTS.maxConcurrentRequests, 'requests'),
  CLERK_MAX_QUEUE: boundedInt(0, 100_000, DEFAULTS.maxQueuedRequests, 'requests'),
  GATEWAY_AUTH_MODE: z.optional(z.enum(['none', 'tokens', 'jwt', 'passthrough'], { message: 'must be none, tokens, jwt or passthrough' })),
  GATEWAY_AUTH_TOKENS: z.optional(z.string()),
  GATEWAY_JWT_JWKS_URL: z.optional(
    httpUrl('https://auth.example.com/.well-known/jwks.json').check(
      urlCheck(hasNoCredentials, 'must not hold a user name or password: fetching a URL with credentials is refused, so no token could ever be verified'),
    ),
  ),
  GATEWAY_JWT_ISSUER: z.optional(nonBlank()),
  GATEWAY_JWT_AUDIENCE: z.optional(nonBlank()),
  GATEWAY_JWT_ALGORITHMS: z.optional(z.string()),
  GATEWAY_TRUSTED_DOCUMENTS: z.optional(nonBlank()),
  GATEWAY_METRICS_TOKEN: z.optional(z.string()),
  CORS_ORIGINS: z.optional(z.string()),
  GATEWAY_FEDERATION: z.optional(booleanFlag),
  GATEWAY_MAX_BODY_BYTES: boundedInt(1024, 10 * 1024 * 1024, DEFAULTS.maxBodyBytes, 'bytes'),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.optional(httpUrl('http://otel-collector:4318')),
  OTEL_SERVICE_NAME: z._default(nonBlank(), 'clerk-oauth-graphql-gateway'),
  REDIS_URL: z.optional(
    z.url({ message: 'must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379', protocol: /^rediss?$/ }).check(
      urlCheck(isUsableRedisUrl, 'must be redis://[user:password@]host[:port][/database]: user name and password percent-encoded (e.g. %40 for @), the path a database number'),
    ),
  ),
  READ_CACHE_TTL_MS: boundedInt(0, 3_600_000, 0, 'milliseconds'),
  IDEMPOTENCY_TTL_MS: boundedInt(1_000, 7 * 24 * 60 * 60_000, DEFAULTS.idempotencyTtlMs, 'milliseconds'),
  IDEMPOTENCY_REPLAY_SECRETS: z._default(booleanFlag, true),
  IDEMPOTENCY_MAX_KEYS: boundedInt(1, 10_000_000, DEFAULTS.idempotencyMaxKeys, 'keys'),
  LOG_LEVEL: z._default(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be fatal, error, warn, info, debug, trace or silent' }),
    'info',
  ),
  GRAPHIQL_ENABLED: z.optional(booleanFlag),
  GRAPHQL_INTROSPECTION: z.optional(booleanFlag),
});

/** Every environment variable the gateway reads (deployment files are checked against this list). */
export const ENVIRONMENT_VARIABLES: readonly string[] = Object.keys(environmentSchema.shape);

export type JwtAlgorithm = (typeof JWT_ALGORITHMS)[number];

export type CallerAuth =
  | { readonly mode: 'none' }
  | { readonly mode: 'tokens'; readonly tokens: readonly string[] }
  | {
      readonly mode: 'jwt';
      readonly jwksUrl: string;
      readonly issuer: string;
      readonly audience: string;
      readonly algorithms: readonly JwtAlgorithm[];
    }
  /** The caller's own `Bearer sk_…` is forwarded to Clerk; the gateway holds no key. */
  | { readonly mode: 'passthrough' };

/** Who may read /metrics. */
export type MetricsAccess =
  | { readonly mode: 'open' }
  /** A scraper sends `Authorization: Bearer <token>`. */
  | { readonly mode: 'token'; readonly token: string }
  /** Real Clerk with no GATEWAY_METRICS_TOKEN: /metrics answers 403, naming the variable. */
  | { readonly mode: 'closed' };

export type Upstream =
  | { readonly mode: 'embedded-emulator' }
  | { readonly mode: 'clerk'; readonly secretKey: string; readonly apiUrl: string }
  | { readonly mode: 'clerk-passthrough'; readonly apiUrl: string };

/** Requests per 10 s Clerk allows; `auto` derives it from the key (sk_live_ 1000, else 100). */
export type ClerkRateLimit = 'auto' | 'off' | { readonly requests: number; readonly windowMs: number };

export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly upstream: Upstream;
  readonly clerkApiVersion: string;
  readonly maxCallDurationMs: number;
  readonly attemptTimeoutMs: number;
  /** The longest a Retry-After from Clerk is honoured. */
  readonly maxRetryAfterMs: number;
  readonly clerkRateLimit: ClerkRateLimit;
  readonly maxConcurrentRequests: number;
  readonly maxQueuedRequests: number;
  readonly callerAuth: CallerAuth;
  readonly graphiqlEnabled: boolean;
  readonly introspectionEnabled: boolean;
  /** Path of a persisted-documents JSON (hash → document); when set, only those operations run. */
  readonly trustedDocumentsPath: string | null;
  readonly maxBodyBytes: number;
  readonly metricsAccess: MetricsAccess;
  /** Origins (scheme://host[:port]) whose pages may call the gateway from a browser. */
  readonly corsOrigins: readonly string[];
  /** Requests must name a loopback host: callers are unauthenticated and the gateway listens on loopback. */
  readonly loopbackHostOnly: boolean;
  /** Serve a Federation v2 subgraph (`_service`, `_entities`, `@key`) instead of the plain schema. */
  readonly federation: boolean;
  readonly logLevel: string;
  /** Traces go to this OTLP/HTTP endpoint when set. */
  readonly otlpEndpoint: string | null;
  readonly serviceName: string;
  /** Replicas share Clerk's rate limit (and the read cache) through this Redis when set. */
  readonly redisUrl: string | null;
  /** How long read results are cached; 0 turns the cache off. */
  readonly readCacheTtlMs: number;
  /** How long a mutation's answer is kept for repeats with its idempotency key. */
  readonly idempotencyTtlMs: number;
  /** Whether a replayed create or rotate answers the client secret (stored encrypted) or null. */
  readonly idempotencyReplaySecrets: boolean;
  /** Idempotency records kept in process when there is no Redis. */
  readonly idempotencyMaxKeys: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const MIN_TOKEN_LENGTH = 16;
const RATE_LIMIT_WINDOW_MS = 10_000;

type Environment = z.infer<typeof environmentSchema>;

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  // Empty variables count as unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];

  const callerAuth = parseCallerAuth(values, problems);
  const upstream: Upstream =
    callerAuth?.mode === 'passthrough'
      ? { mode: 'clerk-passthrough', apiUrl: values.CLERK_API_URL }
      : values.CLERK_SECRET_KEY
        ? { mode: 'clerk', secretKey: values.CLERK_SECRET_KEY, apiUrl: values.CLERK_API_URL }
        : { mode: 'embedded-emulator' };

  if (callerAuth?.mode === 'passthrough' && values.CLERK_SECRET_KEY) {
    problems.push('CLERK_SECRET_KEY: must be unset with GATEWAY_AUTH_MODE=passthrough, where each caller sends its own key');
  }
  const host = values.HOST ?? (upstream.mode === 'embedded-emulator' ? '127.0.0.1' : '0.0.0.0');
  if (values.HOST && !isIP(values.HOST) && values.HOST !== 'localhost') {
    problems.push('HOST: must be an IP address to bind to (e.g. 127.0.0.1 or 0.0.0.0) or localhost');
  }
  if (upstream.mode === 'clerk' && callerAuth === undefined) {
    problems.push(
      'GATEWAY_AUTH_TOKENS: required with CLERK_SECRET_KEY, so that only your callers can use the key; give comma-separated tokens, configure GATEWAY_AUTH_MODE=jwt, or set GATEWAY_AUTH_TOKENS=none to accept anyone',
    );
  }
  if (upstream.mode === 'embedded-emulator' && !LOOPBACK_HOSTS.has(host) && (callerAuth ?? { mode: 'none' }).mode === 'none') {
    problems.push('HOST: the embedded emulator mode serves without caller authentication, so it only binds to loopback (127.0.0.1, ::1, localhost) unless caller authentication is configured');
  }
  const metricsAccess = parseMetricsAccess(values.GATEWAY_METRICS_TOKEN, upstream, problems);
  const corsOrigins = parseCorsOrigins(values.CORS_ORIGINS, problems);
  if (values.GATEWAY_FEDERATION && values.GATEWAY_TRUSTED_DOCUMENTS) {
    problems.push('GATEWAY_TRUSTED_DOCUMENTS: cannot be combined with GATEWAY_FEDERATION=true, where the router sends query plans of its own; enforce trusted documents at the router');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const production = values.NODE_ENV === 'production';
  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host,
    upstream,
    clerkApiVersion: values.CLERK_API_VERSION,
    maxCallDurationMs: values.CLERK_MAX_CALL_DURATION_MS,
    attemptTimeoutMs: values.CLERK_ATTEMPT_TIMEOUT_MS,
    maxRetryAfterMs: values.CLERK_MAX_RETRY_AFTER_MS,
    // The emulator has no rate limit of its own; real Clerk does, per key.
    clerkRateLimit: parseRateLimit(values.CLERK_RATE_LIMIT ?? (upstream.mode === 'embedded-emulator' ? 'off' : 'auto')),
    maxConcurrentRequests: values.CLERK_MAX_CONCURRENCY,
    maxQueuedRequests: values.CLERK_MAX_QUEUE,
    callerAuth: callerAuth ?? { mode: 'none' },
    graphiqlEnabled: values.GRAPHIQL_ENABLED ?? !production,
    introspectionEnabled: values.GRAPHQL_INTROSPECTION ?? !production,
    trustedDocumentsPath: values.GATEWAY_TRUSTED_DOCUMENTS ?? null,
    maxBodyBytes: values.GATEWAY_MAX_BODY_BYTES,
    metricsAccess,
    corsOrigins,
    // A page that rebinds its own name to 127.0.0.1 reaches a loopback gateway from the browser; it
    // can do nothing where callers must authenticate. Listening on all interfaces, the names callers
    // use are unknown, and the network must keep strangers out (docs/security.md).
    loopbackHostOnly: (callerAuth ?? { mode: 'none' }).mode === 'none' && LOOPBACK_HOSTS.has(host),
    federation: values.GATEWAY_FEDERATION ?? false,
    logLevel: values.LOG_LEVEL,
    otlpEndpoint: values.OTEL_EXPORTER_OTLP_ENDPOINT ?? null,
    serviceName: values.OTEL_SERVICE_NAME,
    redisUrl: values.REDIS_URL ?? null,
    readCacheTtlMs: values.READ_CACHE_TTL_MS,
    idempotencyTtlMs: values.IDEMPOTENCY_TTL_MS,
    idempotencyReplaySecrets: values.IDEMPOTENCY_REPLAY_SECRETS,
    idempotencyMaxKeys: values.IDEMPOTENCY_MAX_KEYS,
  };
}

function parseRateLimit(value: string): ClerkRateLimit {
  if (value === 'off' || value === 'auto') return value;
  return { requests: Number(value), windowMs: RATE_LIMIT_WINDOW_MS };
}

/** Undefined when nothing about caller authentication was configured. */
function parseCallerAuth(values: Environment, problems: string[]): CallerAuth | undefined {
  const tokensValue = values.GATEWAY_AUTH_TOKENS?.trim();
  const mode =
    values.GATEWAY_AUTH_MODE ??
    (tokensValue?.toLowerCase() === 'none' ? 'none' : tokensValue !== undefined ? 'tokens' : values.GATEWAY_JWT_JWKS_URL ? 'jwt' : undefined);
  switch (mode) {
    case undefined:
      return undefined;
    case 'none':
    case 'passthrough':
      return { mode };
    case 'tokens':
      return parseTokens(tokensValue, problems);
    case 'jwt':
      return parseJwt(values, problems);
  }
}

function parseTokens(raw: string | undefined, problems: string[]): CallerAuth {
  const tokens = (raw ?? '').split(',').map((token) => token.trim()).filter((token) => token !== '');
  if (tokens.length === 0) problems.push('GATEWAY_AUTH_TOKENS: give at least one token, or `none`');
  if (tokens.some((token) => !isStrongToken(token))) {
    problems.push(`GATEWAY_AUTH_TOKENS: every token must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces`);
  }
  return { mode: 'tokens', tokens };
}

function isStrongToken(token: string): boolean {
  return token.length >= MIN_TOKEN_LENGTH && !/[^\x21-\x7e]/.test(token);
}

/**
 * Origins as browsers send them (scheme://host[:port], lower case, no default port), so that a
 * request's Origin is matched exactly. `*` is refused: the gateway answers with client secrets, and
 * listing the few origins of its frontends costs one line.
 */
function parseCorsOrigins(raw: string | undefined, problems: string[]): string[] {
  const entries = (raw ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const origins: string[] = [];
  for (const entry of entries) {
    if (entry === '*') {
      problems.push('CORS_ORIGINS: `*` is not accepted; list each origin whose pages may call the gateway, e.g. https://app.example.com');
      continue;
    }
    const url = parsedUrl(entry);
    // Not echoed when it could hold a password.
    const shown = entry.includes('@') ? 'an entry' : `"${entry}"`;
    if (url === null || !/^https?:$/.test(url.protocol) || url.username !== '' || url.password !== '' || url.pathname !== '/' || url.search !== '' || url.hash !== '' || entry.endsWith('?') || entry.endsWith('#')) {
      problems.push(`CORS_ORIGINS: ${shown} is not an origin; write scheme://host[:port], e.g. https://app.example.com, without a path`);
      continue;
    }
    origins.push(url.origin);
  }
  return [...new Set(origins)];
}

function parsedUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * Metrics tell a stranger the traffic, error rates and operation names of the gateway's clients.
 * On the embedded emulator (loopback only, for exploring) they are open unless a token is set; in
 * front of real Clerk they are closed until GATEWAY_METRICS_TOKEN gives the scraper's token or says `none`.
 */
function parseMetricsAccess(raw: string | undefined, upstream: Upstream, problems: string[]): MetricsAccess {
  const token = raw?.trim();
  if (token === undefined || token === '') return upstream.mode === 'embedded-emulator' ? { mode: 'open' } : { mode: 'closed' };
  if (token.toLowerCase() === 'none') return { mode: 'open' };
  if (!isStrongToken(token)) {
    problems.push(`GATEWAY_METRICS_TOKEN: must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces, or \`none\` to serve /metrics to anyone`);
  }
  return { mode: 'token', token };
}

function parseJwt(values: Environment, problems: string[]): CallerAuth {
  const missing = (['GATEWAY_JWT_JWKS_URL', 'GATEWAY_JWT_ISSUER', 'GATEWAY_JWT_AUDIENCE'] as const).filter((name) => !values[name]);
  for (const name of missing) problems.push(`${name}: required with GATEWAY_AUTH_MODE=jwt (issuer and audience are always checked)`);
  const algorithms = (values.GATEWAY_JWT_ALGORITHMS ?? 'RS256').split(',').map((algorithm) => algorithm.trim()).filter(Boolean);
  const unknown = algorithms.filter((algorithm) => !(JWT_ALGORITHMS as readonly string[]).includes(algorithm));
  if (unknown.length > 0 || algorithms.length === 0) {
    problems.push(`GATEWAY_JWT_ALGORITHMS: must list asymmetric algorithms among ${JWT_ALGORITHMS.join(', ')} (HS* and none are refused)`);
  }
  return {
    mode: 'jwt',
    jwksUrl: values.GATEWAY_JWT_JWKS_URL ?? '',
    issuer: values.GATEWAY_JWT_ISSUER ?? '',
    audience: values.GATEWAY_JWT_AUDIENCE ?? '',
    algorithms: algorithms as JwtAlgorithm[],
  };
}
