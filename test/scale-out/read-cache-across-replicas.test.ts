import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClerkClient } from '../../src/clerk/client.js';
import { createEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { createReadCache, type ReadCache, useReadCache } from '../../src/http/read-cache.js';
import { createGateway, type Gateway } from '../../src/app.js';
import { startRedisServer, type RedisServer } from './redis-server.js';
import { requestOnce } from '../support/serve-gateway.js';

/** Two replicas share the read cache in a real Redis: a mutation on one drops cached reads on both. */
const KEY = 'sk_test_readcacheacrossreplicas00000000';
let redis: RedisServer;
let emulator: Emulator;
let clerk: ClerkClient;
const caches: ReadCache[] = [];
const replicas: Gateway[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
  emulator = createEmulator({ secretKeys: [KEY] });
  clerk = new ClerkClient({ apiUrl: await emulator.listen(), secretKey: KEY, rateLimit: 'off' });
  for (let index = 0; index < 2; index++) {
    const readCache = await createReadCache(redis.url);
    caches.push(readCache);
    replicas.push(createGateway({ clerk, callerAuth: { mode: 'none' }, graphiql: false, plugins: useReadCache({ cache: readCache.cache, ttlMs: 60_000 }) }));
  }
}, 30_000);
afterAll(async () => {
  for (const cache of caches) await cache.close();
  await clerk.close();
  await emulator.close();
  await redis.stop();
});

async function post(gateway: Gateway, query: string): Promise<unknown> {
  const { body } = await requestOnce(gateway, '/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (JSON.parse(body) as { data: unknown }).data;
}

const LIST = '{ oauthApplications(limit: 50) { ... on OAuthApplicationConnection { totalCount nodes { name } } } }';

describe('read cache in Redis', () => {
  it('serves one replica from what the other cached, and forgets it after a mutation on either', async () => {
    await clerk.oauthApplications.create({ name: 'Shared' });
    emulator.resetStats();
    const first = await post(replicas[0]!, LIST);
    const second = await post(replicas[1]!, LIST);
    expect(second).toEqual(first);
    expect(emulator.stats().byOperation.ListOAuthApplications).toBe(1);

    await post(replicas[1]!, 'mutation { createOAuthApplication(input: { name: "Made on replica 2" }) { __typename } }');
    const afterMutation = (await post(replicas[0]!, LIST)) as { oauthApplications: { totalCount: number; nodes: { name: string }[] } };
    expect(afterMutation.oauthApplications.totalCount).toBe(2);
    expect(afterMutation.oauthApplications.nodes.map((node) => node.name)).toContain('Made on replica 2');
    expect(emulator.stats().byOperation.ListOAuthApplications).toBe(2);
  });
});
