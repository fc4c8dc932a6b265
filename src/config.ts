import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * Every environment variable the gateway reads, parsed and validated in one place. A bad value
 * stops the start with a message naming the variable; nothing else reads process.env.
 */
export const DEFAULT_CLERK_API_VERSION = '2026-05-12';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', 'localhost']);

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveMs = (fallback: number) => z.coerce.number({ message: 'must be a number of milliseconds' }).int().min(1).max(3_600_000).default(fallback);

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65_535).default(4000),
  HOST: z.string().trim().min(1).optional(),
  CLERK_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^sk_(test|live)_[A-Za-z0-9]+$/, 'must look like sk_test_... or sk_live_... (from the Clerk Dashboard, API Keys)')
    .optional(),
  CLERK_API_URL: z
    .url({ message: 'must be an http(s) URL such as https://api.clerk.com', protocol: /^https?$/ })
    .default('https://api.clerk.com')
    .transform((url) => url.replace(/\/+$/, '').replace(/\/v1$/, '')),
  CLERK_API_VERSION: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-05-12').default(DEFAULT_CLERK_API_VERSION),
  CLERK_MAX_CALL_DURATION_MS: positiveMs(30_000),
  CLERK_ATTEMPT_TIMEOUT_MS: positiveMs(10_000),
  GATEWAY_AUTH_TOKENS: z.string().optional(),
  GRAPHIQL_ENABLED: booleanFlag.optional(),
});

export type CallerAuth = { readonly mode: 'none' } | { readonly mode: 'tokens'; readonly tokens: readonly string[] };

export type Upstream =
  | { readonly mode: 'embedded-emulator' }
  | { readonly mode: 'clerk'; readonly secretKey: string; readonly apiUrl: string };

export interface Config {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly upstream: Upstream;
  readonly clerkApiVersion: string;
  readonly maxCallDurationMs: number;
  readonly attemptTimeoutMs: number;
  readonly callerAuth: CallerAuth;
  readonly graphiqlEnabled: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const MIN_TOKEN_LENGTH = 16;

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  // Empty variables count as unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const problems: string[] = [];

  const upstream: Upstream = values.CLERK_SECRET_KEY
    ? { mode: 'clerk', secretKey: values.CLERK_SECRET_KEY, apiUrl: values.CLERK_API_URL }
    : { mode: 'embedded-emulator' };

  const host = values.HOST ?? (upstream.mode === 'embedded-emulator' ? '127.0.0.1' : '0.0.0.0');
  if (values.HOST && !isIP(values.HOST) && values.HOST !== 'localhost') {
    problems.push('HOST: must be an IP address to bind to (e.g. 127.0.0.1 or 0.0.0.0) or localhost');
  }

  const callerAuth = parseCallerAuth(values.GATEWAY_AUTH_TOKENS, problems);
  if (upstream.mode === 'clerk' && callerAuth === undefined) {
    problems.push(
      'GATEWAY_AUTH_TOKENS: required with CLERK_SECRET_KEY, so that only your callers can use the key; give comma-separated tokens, or `none` to accept anyone',
    );
  }
  if (upstream.mode === 'embedded-emulator' && !LOOPBACK_HOSTS.has(host) && callerAuth?.mode !== 'tokens') {
    problems.push('HOST: the embedded emulator mode serves without caller authentication, so it only binds to loopback (127.0.0.1, ::1, localhost) unless GATEWAY_AUTH_TOKENS is set');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    nodeEnv: values.NODE_ENV,
    port: values.PORT,
    host,
    upstream,
    clerkApiVersion: values.CLERK_API_VERSION,
    maxCallDurationMs: values.CLERK_MAX_CALL_DURATION_MS,
    attemptTimeoutMs: values.CLERK_ATTEMPT_TIMEOUT_MS,
    callerAuth: callerAuth ?? { mode: 'none' },
    graphiqlEnabled: values.GRAPHIQL_ENABLED ?? values.NODE_ENV !== 'production',
  };
}

function parseCallerAuth(raw: string | undefined, problems: string[]): CallerAuth | undefined {
  if (raw === undefined) return undefined;
  if (raw.trim().toLowerCase() === 'none') return { mode: 'none' };
  const tokens = raw.split(',').map((token) => token.trim()).filter((token) => token !== '');
  if (tokens.length === 0) problems.push('GATEWAY_AUTH_TOKENS: give at least one token, or `none`');
  if (tokens.some((token) => token.length < MIN_TOKEN_LENGTH || /[^\x21-\x7e]/.test(token))) {
    problems.push(`GATEWAY_AUTH_TOKENS: every token must be at least ${MIN_TOKEN_LENGTH} printable characters without spaces`);
  }
  return { mode: 'tokens', tokens };
}
