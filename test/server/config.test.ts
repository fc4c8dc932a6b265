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
      callerAuth: { mode: 'none' },
      graphiqlEnabled: true,
    });
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

  it('turns GraphiQL off in production unless enabled', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphiqlEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL_ENABLED: 'true' }).graphiqlEnabled).toBe(true);
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

  it('refuses short or blank caller tokens', () => {
    expect(problemsOf({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'short' })).toEqual([expect.stringMatching(/at least 16 printable/)]);
    expect(problemsOf({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: ' , ' })).toEqual([expect.stringMatching(/at least one token/)]);
  });
});
