/**
 * Scale-out, end to end: two gateway processes (`node --import tsx src/main.ts`) on one Clerk key
 * and one REDIS_URL stay together under the key's limit, as Clerk sees it. The upstream is one
 * emulator in this process, behind a server that timestamps every /v1 request on arrival, so the
 * limit is checked where Clerk would count it: in every sliding 10 s window.
 *
 * The contrast runs the same load on two gateways without REDIS_URL (each limiting in process):
 * each stays under the limit alone, together they exceed it. That is what the shared limiter
 * prevents, and it shows the check above can fail.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** CLERK_RATE_LIMIT counts per 10 s. */
const LIMIT = 20;
const WINDOW_MS = 10_000;
const REQUESTS_PER_REPLICA = 30;
const DEFAULT_PREFIX = 'clerk-gateway:ratelimit';

const SHARED_KEY = `sk_test_shared${randomBytes(16).toString('hex')}`;
const ALONE_KEY = `sk_test_alone${randomBytes(16).toString('hex')}`;

const QUERY = `query {
  oauthApplications(limit: 1) {
    __typename
    ... on OAuthApplicationConnection { totalCount }
    ... on Error { code message }
    ... on RateLimitedError { retryAfterSeconds }
  }
}`;

interface Gateway {
  readonly endpoint: string;
  readonly output: () => string;
  readonly child: ChildProcessWithoutNullStreams;
}

interface Answer {
  readonly typename: string;
  readonly code: string | null;
  readonly retryAfterSeconds: number | null;
  /** Anything that is neither data nor a typed union member (GraphQL errors, HTTP failures). */
  readonly unexpected: string | null;
}

let redis: RedisServer;
let emulator: Emulator;
let upstream: Server;
let origin: string;
/** Arrival time of every /v1 request, by the Authorization header it carried. */
const arrivals: Array<{ at: number; authorization: string }> = [];
const children: ChildProcessWithoutNullStreams[] = [];
let shared: Gateway[];
let alone: Gateway[];

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = createEmulator({ secretKeys: [SHARED_KEY, ALONE_KEY], seed: true });
  upstream = createServer((req, res) => {
    if (req.url?.startsWith('/v1/')) arrivals.push({ at: Date.now(), authorization: req.headers.authorization ?? '' });
    emulator.handler(req, res);
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

  // Four processes start at once; the pairs differ only in REDIS_URL and their key.
  [shared, alone] = await Promise.all([
    Promise.all([startGateway(SHARED_KEY, redis.url), startGateway(SHARED_KEY, redis.url)]),
    Promise.all([startGateway(ALONE_KEY, null), startGateway(ALONE_KEY, null)]),
  ]);
}, 40_000);

afterAll(async () => {
  await Promise.all(children.map(stopChild));
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
  upstream?.closeAllConnections();
  await emulator?.close();
  await redis?.stop();
});

describe('two gateway replicas on one Clerk key', () => {
  it('with REDIS_URL, stay together under the limit in every window; callers beyond it get gateway_rate_limited', async () => {
    const perReplica = await burst(shared);
    const answers = perReplica.flat();
    const times = arrivalsOf(SHARED_KEY);
    const successes = answers.filter((answer) => answer.typename === 'OAuthApplicationConnection').length;
    const usedRedis = (await zcard(SHARED_KEY)) > 0;

    expect(answers.filter((answer) => answer.unexpected !== null).map((answer) => answer.unexpected)).toEqual([]);
    expect(
      peakInWindow(times, WINDOW_MS),
      `${times.length} requests reached the upstream from the two replicas (limit ${LIMIT} per ${WINDOW_MS} ms); ` +
        (usedRedis
          ? 'the replicas did write to Redis, yet exceeded the limit'
          : `nothing was written under ${DEFAULT_PREFIX}:<key hash> in Redis: main.ts does not pass a ` +
            'RedisRateLimiter on REDIS_URL to the ClerkClient, so each replica limits alone'),
    ).toBeLessThanOrEqual(LIMIT);
    // Every answer is the data or the gateway's own refusal, never an unmasked error.
    for (const answer of answers) {
      if (answer.typename === 'OAuthApplicationConnection') continue;
      expect(answer).toMatchObject({ typename: 'RateLimitedError', code: 'gateway_rate_limited' });
      expect(answer.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    // The limit is used, not just respected: each success is one request that reached the upstream.
    expect(successes).toBe(times.length);
    expect(successes).toBe(LIMIT);
    expect(usedRedis).toBe(true);
  });

  it('without REDIS_URL, each replica stays under the limit alone but together they exceed it', async () => {
    const perReplica = await burst(alone);
    const times = arrivalsOf(ALONE_KEY);
    for (const answers of perReplica) {
      expect(answers.filter((answer) => answer.unexpected !== null)).toEqual([]);
      const successes = answers.filter((answer) => answer.typename === 'OAuthApplicationConnection').length;
      expect(successes).toBeLessThanOrEqual(LIMIT);
      expect(successes).toBeGreaterThan(0);
    }
    expect(peakInWindow(times, WINDOW_MS)).toBeGreaterThan(LIMIT);
    expect(await zcard(ALONE_KEY)).toBe(0);
  });
});

/** Every replica gets REQUESTS_PER_REPLICA list queries, all at once, both replicas together. */
function burst(gateways: Gateway[]): Promise<Answer[][]> {
  return Promise.all(gateways.map((gateway) => Promise.all(Array.from({ length: REQUESTS_PER_REPLICA }, () => ask(gateway)))));
}

async function ask(gateway: Gateway): Promise<Answer> {
  let text = '';
  try {
    const response = await fetch(gateway.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    text = await response.text();
    const body = JSON.parse(text) as {
      data?: { oauthApplications?: { __typename: string; code?: string; retryAfterSeconds?: number } };
      errors?: unknown[];
    };
    const result = body.data?.oauthApplications;
    if (response.status !== 200 || body.errors !== undefined || result === undefined) {
      return { typename: '', code: null, retryAfterSeconds: null, unexpected: `HTTP ${response.status}: ${text}` };
    }
    return { typename: result.__typename, code: result.code ?? null, retryAfterSeconds: result.retryAfterSeconds ?? null, unexpected: null };
  } catch (error) {
    return { typename: '', code: null, retryAfterSeconds: null, unexpected: `${String(error)} ${text}` };
  }
}

function arrivalsOf(secretKey: string): number[] {
  return arrivals
    .filter((arrival) => arrival.authorization === `Bearer ${secretKey}`)
    .map((arrival) => arrival.at)
    .sort((a, b) => a - b);
}

/** The most arrivals in any window (t - W, t]; it peaks at some arrival. */
function peakInWindow(times: number[], windowMs: number): number {
  let peak = 0;
  let start = 0;
  for (let end = 0; end < times.length; end += 1) {
    while ((times[start] as number) <= (times[end] as number) - windowMs) start += 1;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** Members of the shared log of this key (the client names it by the key's SHA-256). */
async function zcard(secretKey: string): Promise<number> {
  const client = new Redis(redis.url);
  try {
    return await client.zcard(`${DEFAULT_PREFIX}:${createHash('sha256').update(secretKey).digest('hex')}`);
  } finally {
    await client.quit();
  }
}

function startGateway(secretKey: string, redisUrl: string | null): Promise<Gateway> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) if (value !== undefined && name !== 'REDIS_URL') env[name] = value;
  Object.assign(env, {
    PORT: '0',
    HOST: '127.0.0.1',
    CLERK_SECRET_KEY: secretKey,
    CLERK_API_URL: origin,
    CLERK_RATE_LIMIT: String(LIMIT),
    GATEWAY_AUTH_TOKENS: 'none',
    LOG_LEVEL: 'warn',
  });
  if (redisUrl !== null) env.REDIS_URL = redisUrl;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Gateway listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ endpoint: match[1], output: () => output, child });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`gateway exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
