/**
 * Idempotency keys in a real Redis, shared by two gateway instances on separate loopback ports
 * (each with its own Clerk client and its own Redis connection) in front of one emulator: a retry
 * that lands on the other replica gets the first answer, a duplicate in flight on the other replica
 * waits for it, and what Redis holds reveals no secret, key or caller.
 */
import { createServer, type AddressInfo } from 'node:net';
import { print } from 'graphql';
import { Redis } from 'ioredis';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGateway } from '../../src/app.js';
import { ClerkClient } from '../../src/clerk/client.js';
import { createEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { Idempotency } from '../../src/idempotency/idempotency.js';
import { createRedisIdempotencyStore, DEFAULT_REDIS_IDEMPOTENCY_PREFIX, type RedisIdempotencyStoreHandle } from '../../src/idempotency/redis-store.js';
import { CreateApplication, RotateSecret } from '../support/documents.js';
import { asType } from '../support/narrow.js';
import { serveGateway, type ServedGateway } from '../support/serve-gateway.js';
import { startRedisServer, type RedisServer } from './redis-server.js';

const CLERK_KEY = 'sk_test_idempotencyacrossreplicas000000';
const TOKEN = 'replica-caller-token-0000000000';
const TTL_MS = 3_600_000;

let redis: RedisServer;
let inspector: Redis;
let emulator: Emulator;
const clients: ClerkClient[] = [];
const stores: RedisIdempotencyStoreHandle[] = [];
const replicas: ServedGateway[] = [];

/** A replica as main.ts builds it with REDIS_URL: its own client and connection, the Clerk key as key material. */
async function startReplica(redisUrl: string, commandTimeoutMs?: number): Promise<ServedGateway> {
  const clerk = new ClerkClient({ apiUrl: await emulatorOrigin(), secretKey: CLERK_KEY, rateLimit: 'off' });
  clients.push(clerk);
  const handle = createRedisIdempotencyStore(redisUrl, commandTimeoutMs === undefined ? {} : { commandTimeoutMs, redisOptions: { retryStrategy: () => null } });
  stores.push(handle);
  const idempotency = new Idempotency({ store: handle.store, ttlMs: TTL_MS, keyMaterial: CLERK_KEY });
  const served = await serveGateway(createGateway({ clerk, callerAuth: { mode: 'tokens', tokens: [TOKEN] }, graphiql: false, idempotency }));
  replicas.push(served);
  return served;
}

let origin: string | undefined;
async function emulatorOrigin(): Promise<string> {
  origin ??= await emulator.listen(0, '127.0.0.1');
  return origin;
}

beforeAll(async () => {
  redis = await startRedisServer();
  inspector = new Redis(redis.url);
  emulator = createEmulator({ secretKeys: [CLERK_KEY] });
  await startReplica(redis.url);
  await startReplica(redis.url);
}, 30_000);
afterAll(async () => {
  for (const replica of replicas) await replica.close();
  for (const client of clients) await client.close();
  for (const store of stores) await store.close();
  await inspector?.quit();
  await emulator?.close();
  await redis?.stop();
});
beforeEach(() => {
  emulator.faults.clear();
  emulator.resetStats();
});

let keyCounter = 0;
const newKey = () => `replica-key-${Date.now()}-${(keyCounter += 1)}`;
const creates = () => emulator.stats().byOperation.CreateOAuthApplication;

async function execute<Result, Variables>(replica: ServedGateway, document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<{ data?: Result; raw: string }> {
  const response = await replica.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const raw = await response.text();
  return { raw, ...(JSON.parse(raw) as { data?: Result }) };
}

async function clearRecords(): Promise<void> {
  const keys = await inspector.keys(`${DEFAULT_REDIS_IDEMPOTENCY_PREFIX}:*`);
  if (keys.length > 0) await inspector.del(...keys);
}

/** A loopback port nothing listens on (found free, then closed). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Every record Redis holds under the idempotency prefix, as stored. */
async function storedRecords(): Promise<Array<{ key: string; fields: Record<string, string>; pttl: number }>> {
  const keys = await inspector.keys(`${DEFAULT_REDIS_IDEMPOTENCY_PREFIX}:*`);
  return Promise.all(keys.map(async (key) => ({ key, fields: await inspector.hgetall(key), pttl: await inspector.pttl(key) })));
}

describe('idempotency keys shared through Redis', () => {
  it('a retry on the other replica gets the first answer, secret included; Clerk is called once', async () => {
    const [a, b] = replicas as [ServedGateway, ServedGateway];
    const input = { name: 'Made once across replicas', idempotencyKey: newKey() };
    const first = asType((await execute(a, CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const retry = asType((await execute(b, CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(retry).toEqual({ ...first, replayed: true });
    expect(retry.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(creates()).toBe(1);
  });

  it('duplicates in flight on both replicas at once: one Clerk call, both get its answer', async () => {
    const [a, b] = replicas as [ServedGateway, ServedGateway];
    emulator.faults.enqueue({ kind: 'latency', ms: 500, operations: ['CreateOAuthApplication'] });
    const input = { name: 'Concurrent across replicas', idempotencyKey: newKey() };
    const answers = await Promise.all([execute(a, CreateApplication, { input }), execute(b, CreateApplication, { input })]);
    const [one, two] = answers.map((answer) => asType(answer.data?.createOAuthApplication, 'CreateOAuthApplicationPayload'));
    expect([one?.replayed, two?.replayed].sort()).toEqual([false, true]);
    expect({ ...one, replayed: null }).toEqual({ ...two, replayed: null });
    expect(creates()).toBe(1);
    expect(emulator.state().applications.filter((app) => app.name === input.name)).toHaveLength(1);
  });

  it('a duplicate on the other replica past its own deadline gets idempotency_key_in_use, then the answer', async () => {
    const [a, b] = replicas as [ServedGateway, ServedGateway];
    emulator.faults.enqueue({ kind: 'latency', ms: 2_500, operations: ['CreateOAuthApplication'] });
    const input = { name: 'Slow on replica A', idempotencyKey: newKey() };
    const first = execute(a, CreateApplication, { input });
    while (creates() === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const impatient = await execute(b, CreateApplication, { input, retries: { strategy: 'BACKOFF', maxElapsedTimeMs: 1_000 } });
    expect(asType(impatient.data?.createOAuthApplication, 'IdempotencyConflictError').code).toBe('idempotency_key_in_use');
    const created = asType((await first).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const later = asType((await execute(b, CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(later).toEqual({ ...created, replayed: true });
    expect(creates()).toBe(1);
  });

  it('other input under the same key on the other replica is idempotency_key_reused', async () => {
    const [a, b] = replicas as [ServedGateway, ServedGateway];
    const idempotencyKey = newKey();
    asType((await execute(a, CreateApplication, { input: { name: 'Reused key', idempotencyKey } })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const other = await execute(b, CreateApplication, { input: { name: 'Reused key, other name', idempotencyKey } });
    expect(asType(other.data?.createOAuthApplication, 'IdempotencyConflictError').code).toBe('idempotency_key_reused');
    expect(creates()).toBe(1);
  });

  it('stores the answer encrypted: no client secret, idempotency key, caller token or Clerk key in Redis; kept for the TTL', async () => {
    const [a] = replicas as [ServedGateway];
    await clearRecords();
    const idempotencyKey = newKey();
    const created = asType((await execute(a, CreateApplication, { input: { name: 'Secret at rest', idempotencyKey } })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const rotated = asType(
      (await execute(a, RotateSecret, { input: { id: created.oauthApplication.id, idempotencyKey: newKey() } })).data?.rotateOAuthApplicationSecret,
      'RotateOAuthApplicationSecretPayload',
    );
    const records = await storedRecords();
    expect(records).toHaveLength(2);
    const everything = JSON.stringify(records);
    for (const secret of [created.clientSecret!, rotated.clientSecret!, idempotencyKey, TOKEN, CLERK_KEY, 'Secret at rest', created.oauthApplication.id]) {
      expect(everything).not.toContain(secret);
      // Nor in base64 (the sealed form's alphabet).
      expect(everything).not.toContain(Buffer.from(secret).toString('base64url').slice(0, 16));
    }
    for (const { key, fields, pttl } of records) {
      expect(key).toMatch(new RegExp(`^${DEFAULT_REDIS_IDEMPOTENCY_PREFIX}:[0-9a-f]{64}$`));
      expect(Object.keys(fields).sort()).toEqual(['answer', 'fp', 'state']);
      expect(fields.state).toBe('done');
      expect(fields.answer).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
      expect(pttl).toBeGreaterThan(TTL_MS - 60_000);
      expect(pttl).toBeLessThanOrEqual(TTL_MS);
    }
  });

  it('a failure that changed nothing leaves no record in Redis: the key is free again', async () => {
    const [a, b] = replicas as [ServedGateway, ServedGateway];
    await clearRecords();
    const idempotencyKey = newKey();
    const refused = await execute(a, CreateApplication, { input: { name: '', idempotencyKey } });
    asType(refused.data?.createOAuthApplication, 'ValidationError');
    expect(await storedRecords()).toEqual([]);
    asType((await execute(b, CreateApplication, { input: { name: 'Named on B', idempotencyKey } })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(creates()).toBe(2);
  });

  it('without Redis, a keyed mutation is refused before anything is sent (fail closed)', async () => {
    const closedPort = await freeLoopbackPort();
    const unreachable = await startReplica(`redis://127.0.0.1:${closedPort}`, 200);
    const response = await execute(unreachable, CreateApplication, { input: { name: 'No store', idempotencyKey: newKey() } });
    expect(asType(response.data?.createOAuthApplication, 'UpstreamError')).toMatchObject({ code: 'idempotency_store_unavailable', outcomeUnknown: false });
    // Without a key the same replica still works.
    asType((await execute(unreachable, CreateApplication, { input: { name: 'No key' } })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(creates()).toBe(1);
  });
});
