/**
 * Idempotency keys over loopback HTTP against the emulator, in process (the Redis store across two
 * gateways is test/scale-out/idempotency-across-replicas.test.ts). Clerk calls are counted by the
 * emulator: a replay makes none.
 */
import { Writable } from 'node:stream';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Idempotency } from '../../src/idempotency/idempotency.js';
import { MemoryIdempotencyStore } from '../../src/idempotency/memory-store.js';
import type { IdempotencyStore } from '../../src/idempotency/store.js';
import { createLogger } from '../../src/observability/logger.js';
import { CreateApplication, DeleteApplication, RotateSecret, UpdateApplication } from '../support/documents.js';
import { startGatewayHarness, TEST_SECRET_KEY, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';

const ALICE = 'alice-token-0123456789abcdef';
const BOB = 'bob-token-0123456789abcdef00';
const asAlice = { authorization: `Bearer ${ALICE}` };
const asBob = { authorization: `Bearer ${BOB}` };

let harness: GatewayHarness;
let logged = '';
let keyCounter = 0;
/** A fresh key per test step, as a client makes one per user action. */
const newKey = () => `test-key-${Date.now()}-${(keyCounter += 1)}`;

beforeAll(async () => {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  harness = await startGatewayHarness({
    callerAuth: { mode: 'tokens', tokens: [ALICE, BOB] },
    gateway: { logger: createLogger({ level: 'trace', destination: logStream }) },
  });
});
afterAll(() => harness.close());
beforeEach(() => {
  harness.emulator.faults.clear();
  harness.emulator.resetStats();
});

const appsNamed = (name: string) => harness.emulator.state().applications.filter((app) => app.name === name);
async function existingApp(name: string): Promise<string> {
  const id = (await harness.clerk.oauthApplications.create({ name })).id;
  harness.emulator.resetStats();
  return id;
}

describe('a repeat with the same key and input', () => {
  it('gets the first answer whole, secret included, with replayed: true; Clerk is called once', async () => {
    const idempotencyKey = newKey();
    const input = { name: 'Replayed create', redirectUris: ['https://replay.example/cb'], idempotencyKey };
    const first = asType((await harness.execute(CreateApplication, { input }, asAlice)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const second = await harness.execute(CreateApplication, { input }, asAlice);
    const replay = asType(second.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(first.replayed).toBe(false);
    expect(replay).toEqual({ ...first, replayed: true });
    expect(replay.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(harness.upstreamCalls()).toBe(1);
    expect(appsNamed('Replayed create')).toHaveLength(1);
    // The secret travels in the replay's payload field only, and is never logged.
    expect(second.raw.split(replay.clientSecret!)).toHaveLength(2);
    expect(logged).not.toContain(replay.clientSecret!);
    expect(logged).not.toContain(idempotencyKey);
  });

  it('compares input canonically: key order, omitted vs null, and the retry override do not matter', async () => {
    const idempotencyKey = newKey();
    const first = await harness.execute(CreateApplication, { input: { name: 'Canonical', scopes: ['openid'], idempotencyKey } }, asAlice);
    const id = asType(first.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').oauthApplication.id;
    const reordered = await harness.execute(
      CreateApplication,
      { input: { idempotencyKey, scopes: ['openid'], isPublic: null, redirectUris: null, name: 'Canonical' }, retries: { strategy: 'BACKOFF', maxElapsedTimeMs: 5_000 } },
      asAlice,
    );
    expect(asType(reordered.data?.createOAuthApplication, 'CreateOAuthApplicationPayload')).toMatchObject({ replayed: true, oauthApplication: { id } });
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
  });

  it('replays update, delete and rotate too; a replayed rotation answers the same secret and does not rotate again', async () => {
    const id = await existingApp('Keyed writes');
    const rotateKey = newKey();
    const rotated = asType((await harness.execute(RotateSecret, { input: { id, idempotencyKey: rotateKey } }, asAlice)).data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    const again = asType((await harness.execute(RotateSecret, { input: { id, idempotencyKey: rotateKey } }, asAlice)).data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    expect(again).toEqual({ ...rotated, replayed: true });
    expect(harness.emulator.state().applications.find((app) => app.id === id)?.client_secret).toBe(rotated.clientSecret);

    const updateKey = newKey();
    const renamed = { id, name: 'Keyed writes, renamed', idempotencyKey: updateKey };
    asType((await harness.execute(UpdateApplication, { input: renamed }, asAlice)).data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload');
    const updateReplay = asType((await harness.execute(UpdateApplication, { input: renamed }, asAlice)).data?.updateOAuthApplication, 'UpdateOAuthApplicationPayload');
    expect(updateReplay).toMatchObject({ replayed: true, oauthApplication: { id, name: 'Keyed writes, renamed' } });

    const deleteKey = newKey();
    asType((await harness.execute(DeleteApplication, { input: { id, idempotencyKey: deleteKey } }, asAlice)).data?.deleteOAuthApplication, 'DeleteOAuthApplicationPayload');
    const deleteReplay = await harness.execute(DeleteApplication, { input: { id, idempotencyKey: deleteKey } }, asAlice);
    expect(asType(deleteReplay.data?.deleteOAuthApplication, 'DeleteOAuthApplicationPayload')).toEqual({ __typename: 'DeleteOAuthApplicationPayload', deletedOAuthApplicationId: id, replayed: true });
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(1);
    expect(harness.upstreamCalls('UpdateOAuthApplication')).toBe(1);
    expect(harness.upstreamCalls('DeleteOAuthApplication')).toBe(1);
  });
});

describe('a repeat with the same key and other input', () => {
  it('gets IdempotencyConflictError idempotency_key_reused, and nothing is sent', async () => {
    const idempotencyKey = newKey();
    asType((await harness.execute(CreateApplication, { input: { name: 'First use', idempotencyKey } }, asAlice)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const other = await harness.execute(CreateApplication, { input: { name: 'Other input', idempotencyKey } }, asAlice);
    expect(asType(other.data?.createOAuthApplication, 'IdempotencyConflictError')).toMatchObject({ code: 'idempotency_key_reused' });
    // A value equal to Clerk's default is other input than an omitted field: it is sent differently.
    const withDefault = await harness.execute(CreateApplication, { input: { name: 'First use', scopes: ['profile', 'email'], idempotencyKey } }, asAlice);
    expect(asType(withDefault.data?.createOAuthApplication, 'IdempotencyConflictError').code).toBe('idempotency_key_reused');
    expect(harness.upstreamCalls()).toBe(1);
    expect(appsNamed('Other input')).toEqual([]);
  });

  it('the same key on another mutation is other input', async () => {
    const id = await existingApp('Key on two mutations');
    const idempotencyKey = newKey();
    asType((await harness.execute(RotateSecret, { input: { id, idempotencyKey } }, asAlice)).data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    const deletion = await harness.execute(DeleteApplication, { input: { id, idempotencyKey } }, asAlice);
    expect(asType(deletion.data?.deleteOAuthApplication, 'IdempotencyConflictError').code).toBe('idempotency_key_reused');
    expect(harness.upstreamCalls('DeleteOAuthApplication')).toBe(0);
  });
});

describe('a repeat while the first request still runs', () => {
  it('waits for it and gets its answer: one Clerk call, both answers the same', async () => {
    const idempotencyKey = newKey();
    harness.emulator.faults.enqueue({ kind: 'latency', ms: 400, operations: ['CreateOAuthApplication'] });
    const input = { name: 'Concurrent duplicates', idempotencyKey };
    const answers = await Promise.all([
      harness.execute(CreateApplication, { input }, asAlice),
      harness.execute(CreateApplication, { input }, asAlice),
      harness.execute(CreateApplication, { input }, asAlice),
    ]);
    const payloads = answers.map((answer) => asType(answer.data?.createOAuthApplication, 'CreateOAuthApplicationPayload'));
    expect(payloads.filter((payload) => !payload.replayed)).toHaveLength(1);
    for (const payload of payloads) expect({ ...payload, replayed: false }).toEqual({ ...payloads[0], replayed: false });
    expect(payloads[0]?.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
    expect(appsNamed('Concurrent duplicates')).toHaveLength(1);
  });

  it('gets idempotency_key_in_use when the first takes longer than its own deadline; later repeats get the answer', async () => {
    const idempotencyKey = newKey();
    harness.emulator.faults.enqueue({ kind: 'latency', ms: 2_500, operations: ['CreateOAuthApplication'] });
    const input = { name: 'Slow first', idempotencyKey };
    const first = harness.execute(CreateApplication, { input }, asAlice);
    // Sent once the first holds the key (the emulator has it), with a 1 s deadline.
    await until(() => harness.upstreamCalls('CreateOAuthApplication') === 1);
    const impatient = await harness.execute(CreateApplication, { input, retries: { strategy: 'BACKOFF', maxElapsedTimeMs: 1_000 } }, asAlice);
    expect(asType(impatient.data?.createOAuthApplication, 'IdempotencyConflictError')).toMatchObject({ code: 'idempotency_key_in_use' });
    const created = asType((await first).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const later = asType((await harness.execute(CreateApplication, { input }, asAlice)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(later).toEqual({ ...created, replayed: true });
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
  });
});

describe('a repeat whose caller goes away', () => {
  it('stops waiting for the first request: it no longer polls the store, and Clerk is called once', async () => {
    const memory = new MemoryIdempotencyStore();
    const pollsStartedAt: number[] = [];
    const store: IdempotencyStore = {
      claim: (...args) => memory.claim(...args),
      complete: (...args) => memory.complete(...args),
      release: (...args) => memory.release(...args),
      close: () => memory.close(),
      changed: (key, maxWaitMs) => {
        pollsStartedAt.push(performance.now());
        return memory.changed(key, maxWaitMs);
      },
    };
    const own = await startGatewayHarness({ callerAuth: { mode: 'tokens', tokens: [ALICE] }, gateway: { idempotency: new Idempotency({ store }) } });
    try {
      own.emulator.faults.enqueue({ kind: 'latency', ms: 2_000, operations: ['CreateOAuthApplication'] });
      const input = { name: 'Abandoned repeat', idempotencyKey: newKey() };
      const first = own.execute(CreateApplication, { input }, asAlice);
      await until(() => own.upstreamCalls('CreateOAuthApplication') === 1);
      const caller = new AbortController();
      const repeat = own
        .fetch('/graphql', { method: 'POST', signal: caller.signal, headers: { 'content-type': 'application/json', ...asAlice }, body: JSON.stringify({ query: print(CreateApplication), variables: { input } }) })
        .then(() => 'answered', () => 'aborted');
      await until(() => pollsStartedAt.length >= 2);
      caller.abort();
      const abortedAt = performance.now();
      expect(await repeat).toBe('aborted');
      asType((await first).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
      // Before the fix the repeat polled on until the first finished, ~1.5 s later.
      expect(pollsStartedAt.filter((startedAt) => startedAt > abortedAt + 300)).toEqual([]);
      expect(own.upstreamCalls('CreateOAuthApplication')).toBe(1);
    } finally {
      await own.close();
    }
  });
});

describe('failures that surely changed nothing are not recorded', () => {
  it('after input the gateway refused, the same key works once the input is fixed', async () => {
    const idempotencyKey = newKey();
    const refused = await harness.execute(CreateApplication, { input: { name: 'Fixed later', redirectUris: ['not a uri'], idempotencyKey } }, asAlice);
    asType(refused.data?.createOAuthApplication, 'ValidationError');
    const fixed = await harness.execute(CreateApplication, { input: { name: 'Fixed later', redirectUris: ['https://fixed.example/cb'], idempotencyKey } }, asAlice);
    expect(asType(fixed.data?.createOAuthApplication, 'CreateOAuthApplicationPayload').replayed).toBe(false);
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(1);
  });

  it('after Clerk refused the input (422), the same key works once the input is fixed', async () => {
    const idempotencyKey = newKey();
    const refused = await harness.execute(CreateApplication, { input: { name: '', idempotencyKey } }, asAlice);
    expect(asType(refused.data?.createOAuthApplication, 'ValidationError').code).toBe('form_param_missing');
    const fixed = await harness.execute(CreateApplication, { input: { name: 'Named at last', idempotencyKey } }, asAlice);
    asType(fixed.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(2);
  });

  it.each([
    ['403', { kind: 'status', status: 403 } as const, 'ForbiddenError'],
    ['401', { kind: 'status', status: 401 } as const, 'UnauthorizedError'],
    ['404', { kind: 'status', status: 404 } as const, 'NotFoundError'],
    ['429', { kind: 'rateLimit', retryAfterSeconds: 0 } as const, 'RateLimitedError'],
  ])('after a %s, the same key and input are carried out on the next try', async (_label, fault, typename) => {
    const id = await existingApp(`Refused ${typename}`);
    const idempotencyKey = newKey();
    harness.emulator.faults.enqueue({ ...fault, operations: ['RotateOAuthApplicationSecret'] });
    const refused = await harness.execute(RotateSecret, { input: { id, idempotencyKey }, retries: { strategy: 'NONE' } }, asAlice);
    expect(refused.data?.rotateOAuthApplicationSecret?.__typename).toBe(typename);
    const retried = await harness.execute(RotateSecret, { input: { id, idempotencyKey }, retries: { strategy: 'NONE' } }, asAlice);
    const payload = asType(retried.data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    expect(payload.replayed).toBe(false);
    expect(harness.emulator.state().applications.find((app) => app.id === id)?.client_secret).toBe(payload.clientSecret);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(2);
  });

  it('an unknown outcome is recorded: the repeat answers it again instead of writing a second time', async () => {
    const id = await existingApp('Unknown rotation');
    const idempotencyKey = newKey();
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['RotateOAuthApplicationSecret'] });
    const lost = await harness.execute(RotateSecret, { input: { id, idempotencyKey }, retries: { strategy: 'NONE' } }, asAlice);
    const error = asType(lost.data?.rotateOAuthApplicationSecret, 'UpstreamError');
    expect(error.outcomeUnknown).toBe(true);
    const repeat = await harness.execute(RotateSecret, { input: { id, idempotencyKey } }, asAlice);
    expect(asType(repeat.data?.rotateOAuthApplicationSecret, 'UpstreamError')).toEqual(error);
    expect(harness.upstreamCalls('RotateOAuthApplicationSecret')).toBe(1);
  });
});

describe('keys belong to their caller', () => {
  it('two tokens with the same key and input make two applications, each replayed only to its own caller', async () => {
    const idempotencyKey = newKey();
    const input = { name: 'Same key, two callers', idempotencyKey };
    const alice = asType((await harness.execute(CreateApplication, { input }, asAlice)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const bob = asType((await harness.execute(CreateApplication, { input }, asBob)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(bob.replayed).toBe(false);
    expect(bob.oauthApplication.id).not.toBe(alice.oauthApplication.id);
    const aliceAgain = asType((await harness.execute(CreateApplication, { input }, asAlice)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const bobAgain = asType((await harness.execute(CreateApplication, { input }, asBob)).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    expect(aliceAgain).toEqual({ ...alice, replayed: true });
    expect(bobAgain).toEqual({ ...bob, replayed: true });
    expect(harness.upstreamCalls('CreateOAuthApplication')).toBe(2);
  });

  it('a JWT without a subject names nobody: its key is refused before anything is sent', async () => {
    const anonymousJwt = await startGatewayHarness({ callerAuth: { mode: 'none' }, gateway: { authenticate: () => ({ kind: 'jwt', subject: null }) } });
    try {
      const response = await anonymousJwt.execute(CreateApplication, { input: { name: 'Nobody', idempotencyKey: newKey() } });
      const error = asType(response.data?.createOAuthApplication, 'ValidationError');
      expect(error.fieldErrors).toEqual([{ field: 'input.idempotencyKey', code: 'form_param_value_invalid', message: 'input.idempotencyKey needs a caller identity: the token has no sub claim.' }]);
      expect(anonymousJwt.upstreamCalls()).toBe(0);
    } finally {
      await anonymousJwt.close();
    }
  });

  it('pass-through callers with different Clerk keys never share a key', async () => {
    const keys = [TEST_SECRET_KEY, 'sk_test_passthroughsecondkey00000000000000'];
    const passthrough = await startGatewayHarness({ callerAuth: { mode: 'passthrough' }, emulator: { secretKeys: keys } });
    try {
      const idempotencyKey = newKey();
      const input = { name: 'Pass-through caller', idempotencyKey };
      const [first, second] = await Promise.all(
        keys.map(async (key) => asType((await passthrough.execute(CreateApplication, { input }, { authorization: `Bearer ${key}` })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload')),
      );
      expect([first?.replayed, second?.replayed]).toEqual([false, false]);
      expect(first?.oauthApplication.id).not.toBe(second?.oauthApplication.id);
      expect(passthrough.upstreamCalls('CreateOAuthApplication')).toBe(2);
    } finally {
      await passthrough.close();
    }
  });
});

describe('the key itself', () => {
  it.each([
    ['7 characters', 'abcdefg'],
    ['256 characters', 'k'.repeat(256)],
    ['a control character', 'abcdefgh\u0007'],
    ['a line break', 'abcd\nefgh'],
    ['non-ASCII', 'clé-unique-0001'],
  ])('is refused with %s, naming the field, before anything is sent', async (_label, idempotencyKey) => {
    const response = await harness.execute(CreateApplication, { input: { name: 'Bad key', idempotencyKey } }, asAlice);
    expect(asType(response.data?.createOAuthApplication, 'ValidationError').fieldErrors).toEqual([
      { field: 'input.idempotencyKey', code: 'form_param_format_invalid', message: 'input.idempotencyKey must be 8 to 255 printable ASCII characters.' },
    ]);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it.each([
    ['8 characters', 'abcdefgh'],
    ['255 characters', `${newKey()}-`.padEnd(255, 'k')],
    ['spaces and punctuation', `user action #${newKey()}: create!`],
  ])('is accepted with %s', async (_label, idempotencyKey) => {
    const response = await harness.execute(CreateApplication, { input: { name: `Key of ${idempotencyKey.length}`, idempotencyKey } }, asBob);
    asType(response.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
  });
});

describe('record lifetime and secret replay', () => {
  it('a key expires after IDEMPOTENCY_TTL_MS: the same key and input then make a new write', async () => {
    let now = 1_000_000;
    const ttlMs = 60_000;
    const own = await startGatewayHarness({ gateway: { idempotency: new Idempotency({ store: new MemoryIdempotencyStore({ clock: () => now }), ttlMs }) } });
    try {
      const input = { name: 'Expiring key', idempotencyKey: newKey() };
      const first = asType((await own.execute(CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
      now += ttlMs - 1;
      expect(asType((await own.execute(CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload').replayed).toBe(true);
      now += 2;
      const afterExpiry = asType((await own.execute(CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
      expect(afterExpiry.replayed).toBe(false);
      expect(afterExpiry.oauthApplication.id).not.toBe(first.oauthApplication.id);
      expect(own.upstreamCalls('CreateOAuthApplication')).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('with secret replay off (IDEMPOTENCY_REPLAY_SECRETS=false), a replay answers clientSecret null', async () => {
    const own = await startGatewayHarness({ gateway: { idempotency: new Idempotency({ store: new MemoryIdempotencyStore(), replaySecrets: false }) } });
    try {
      const input = { name: 'No secret replay', idempotencyKey: newKey() };
      const first = asType((await own.execute(CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
      expect(first.clientSecret).toMatch(/^[0-9A-Za-z]{32}$/);
      const replay = asType((await own.execute(CreateApplication, { input })).data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
      expect(replay).toEqual({ ...first, clientSecret: null, replayed: true });
    } finally {
      await own.close();
    }
  });
});

/** Polls a condition of the emulator's counters (no fixed sleeps). */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 5_000) throw new Error('condition not met within 5 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
