/**
 * The client against the Clerk emulator over loopback HTTP: the six operations, and the write
 * guarantees under injected faults: a create is never applied twice, and `outcomeUnknown` is set
 * whenever a write may have landed without an answer (never when it surely did not).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClerkClient, type ClerkClientOptions } from '../../src/clerk/client.js';
import {
  GatewayError,
  NotFoundError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from '../../src/clerk/errors.js';
import { createEmulator, type Emulator, type FaultRule } from '../../src/emulator/emulator.js';
import { failure } from './failure.js';

const KEY = 'sk_test_x';
const FAST_RETRY = { retry: { initialIntervalMs: 10, maxIntervalMs: 50 } };

let emulator: Emulator;
let origin: string;
const clients: ClerkClient[] = [];

function client(options: Partial<ClerkClientOptions> = {}): ClerkClient {
  const created = new ClerkClient({ apiUrl: origin, secretKey: KEY, ...options });
  clients.push(created);
  return created;
}

function appsNamed(name: string) {
  return emulator.state().applications.filter((app) => app.name === name);
}

beforeEach(async () => {
  emulator = createEmulator({ secretKeys: [KEY] });
  origin = await emulator.listen(0);
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await emulator.close();
});

describe('the six operations', () => {
  it('create, get, list, update, rotate and delete an application', async () => {
    const c = client();
    const created = await c.oauthApplications.create({ name: 'First app', redirect_uris: ['https://a.example/cb'] });
    expect(created.id).toMatch(/^oa_[0-9A-Za-z]{27}$/);
    expect(created.client_secret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(created).toMatchObject({ object: 'oauth_application', name: 'First app', redirect_uris: ['https://a.example/cb'] });

    const fetched = await c.oauthApplications.get(created.id);
    expect(fetched).toMatchObject({ id: created.id, name: 'First app', client_id: created.client_id });
    expect('client_secret' in fetched).toBe(false);

    await c.oauthApplications.create({ name: 'Second app' });
    const page = await c.oauthApplications.list({ limit: 1, name_query: 'first' });
    expect(page.total_count).toBe(1);
    expect(page.data.map((app) => app.id)).toEqual([created.id]);
    const all = await c.oauthApplications.list({ order_by: '+created_at' });
    expect(all.data.map((app) => app.name)).toEqual(['First app', 'Second app']);

    const updated = await c.oauthApplications.update(created.id, { name: 'Renamed', scopes: 'profile' });
    expect(updated).toMatchObject({ id: created.id, name: 'Renamed', scopes: 'profile' });

    const rotated = await c.oauthApplications.rotateSecret(created.id);
    expect(rotated.id).toBe(created.id);
    expect(rotated.client_secret).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(rotated.client_secret).not.toBe(created.client_secret);

    await expect(c.oauthApplications.delete(created.id)).resolves.toEqual({
      object: 'oauth_application',
      id: created.id,
      deleted: true,
    });
    const gone = await failure(c.oauthApplications.get(created.id));
    expect(gone).toBeInstanceOf(NotFoundError);
    expect(gone).toMatchObject({ resourceId: created.id, status: 404, code: 'resource_not_found' });
    expect((gone as NotFoundError).traceId).toEqual(expect.any(String));
  });

  it('maps the emulator’s Clerk errors: 401 for a wrong key, 422 with the parameter name', async () => {
    const wrongKey = await failure(client({ secretKey: 'sk_test_wrong' }).oauthApplications.list({}));
    expect(wrongKey).toBeInstanceOf(UnauthorizedError);
    expect(wrongKey).toMatchObject({ status: 401, code: 'clerk_key_invalid' });
    expect((wrongKey as GatewayError).traceId).toEqual(expect.any(String));

    const invalid = await failure(client().oauthApplications.create({} as { name: string }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).errors[0]).toMatchObject({ code: 'form_param_missing', paramName: 'name' });
  });
});

describe('creates under faults', () => {
  const createFault = (rule: FaultRule): FaultRule => ({ ...rule, operations: ['CreateOAuthApplication'] });

  it.each([
    ['dropAfterWrite', createFault({ kind: 'dropAfterWrite' }), 1],
    ['a truncated 200', createFault({ kind: 'malformedBody', variant: 'truncated' }), 1],
    ['a 500', createFault({ kind: 'status', status: 500 }), 0],
    ['a 503 without Retry-After', createFault({ kind: 'status', status: 503 }), 0],
    ['an HTML 502 from a proxy', createFault({ kind: 'malformedBody', variant: 'html' }), 0],
    ['dropBeforeProcessing', createFault({ kind: 'dropBeforeProcessing' }), 0],
  ] as const)('after %s: one attempt, outcomeUnknown, never a duplicate', async (_label, rule, landed) => {
    emulator.faults.enqueue(rule);
    const error = await failure(client().oauthApplications.create({ name: 'Faulty' }, FAST_RETRY));
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).outcomeUnknown).toBe(true);
    expect(emulator.stats().byOperation.CreateOAuthApplication).toBe(1);
    expect(appsNamed('Faulty')).toHaveLength(landed);
  });

  it('after an attempt timeout: outcomeUnknown, and no second attempt', async () => {
    emulator.faults.enqueue({ kind: 'latency', ms: 400, operations: ['CreateOAuthApplication'] });
    const startedAt = Date.now();
    const error = await failure(client({ attemptTimeoutMs: 100 }).oauthApplications.create({ name: 'Slow' }, FAST_RETRY));
    expect(error).toMatchObject({ code: 'upstream_timeout', outcomeUnknown: true, status: null });
    expect(Date.now() - startedAt).toBeLessThan(400);
    // Let the delayed request finish on the emulator's side (the emulator drops a request whose client left before its body was read).
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(appsNamed('Slow').length).toBeLessThanOrEqual(1);
    expect(emulator.stats().byOperation.CreateOAuthApplication).toBe(1);
  });

  it.each([
    ['a 429 with Retry-After', createFault({ kind: 'rateLimit', retryAfterSeconds: 0 })],
    ['a 503 with Retry-After', createFault({ kind: 'status', status: 503, retryAfter: '0' })],
  ] as const)('after %s: retried, created exactly once', async (_label, rule) => {
    emulator.faults.enqueue({ ...rule, times: 2 });
    const created = await client().oauthApplications.create({ name: 'Limited' }, FAST_RETRY);
    expect(appsNamed('Limited').map((app) => app.id)).toEqual([created.id]);
    expect(emulator.stats().byOperation.CreateOAuthApplication).toBe(3);
  });

  it('under random faults, every acknowledged create exists once and no unacknowledged one is duplicated', async () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    await emulator.close();
    emulator = createEmulator({ secretKeys: [KEY], random });
    origin = await emulator.listen(0);
    emulator.faults.setRates({
      operations: ['CreateOAuthApplication'],
      serverError: 0.12,
      rateLimit: 0.12,
      rateLimitRetryAfterSeconds: 0,
      dropBeforeProcessing: 0.08,
      dropAfterWrite: 0.12,
      malformedBody: 0.08,
    });
    const c = client();
    const outcomes: Array<{ name: string; id: string | null; unknown: boolean | null }> = [];
    for (let i = 0; i < 60; i += 1) {
      const name = `app-${i}`;
      try {
        const created = await c.oauthApplications.create({ name }, FAST_RETRY);
        outcomes.push({ name, id: created.id, unknown: null });
      } catch (error) {
        expect(error).toBeInstanceOf(GatewayError);
        outcomes.push({ name, id: null, unknown: error instanceof UpstreamError ? error.outcomeUnknown : false });
      }
    }
    const state = emulator.state().applications;
    for (const outcome of outcomes) {
      const stored = state.filter((app) => app.name === outcome.name);
      expect(stored.length).toBeLessThanOrEqual(1);
      if (outcome.id !== null) expect(stored.map((app) => app.id)).toEqual([outcome.id]);
      // A write that landed without an acknowledgement must be flagged.
      else if (stored.length === 1) expect(outcome.unknown).toBe(true);
    }
    // Every kind of outcome occurred, so the run proved something.
    expect(outcomes.some((o) => o.id !== null)).toBe(true);
    expect(outcomes.some((o) => o.unknown === true && state.some((app) => app.name === o.name))).toBe(true);
    expect(outcomes.some((o) => o.unknown === true && !state.some((app) => app.name === o.name))).toBe(true);
    expect(emulator.stats().faults.some((fault) => fault.kind === 'rateLimit')).toBe(true);
  });
});

describe('other writes and reads under faults', () => {
  it('rotate after dropAfterWrite: rotated again, and the secret answered is the one Clerk holds', async () => {
    const c = client();
    const app = await c.oauthApplications.create({ name: 'Rotating' });
    emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['RotateOAuthApplicationSecret'] });
    const rotated = await c.oauthApplications.rotateSecret(app.id, FAST_RETRY);
    expect(emulator.stats().byOperation.RotateOAuthApplicationSecret).toBe(2);
    // The first rotation landed (its secret was lost with the answer); the second replaced it.
    expect(emulator.stats().faults).toEqual([expect.objectContaining({ kind: 'dropAfterWrite', writeApplied: true })]);
    expect(rotated.client_secret).not.toBe(app.client_secret);
    expect(appsNamed('Rotating')[0]?.client_secret).toBe(rotated.client_secret);
  });

  it('rotate after a 429: retried, one new secret', async () => {
    const c = client();
    const app = await c.oauthApplications.create({ name: 'Rotating' });
    emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 0, operations: ['RotateOAuthApplicationSecret'] });
    const rotated = await c.oauthApplications.rotateSecret(app.id, FAST_RETRY);
    expect(appsNamed('Rotating')[0]?.client_secret).toBe(rotated.client_secret);
    expect(emulator.stats().byOperation.RotateOAuthApplicationSecret).toBe(2);
  });

  it('delete after dropAfterWrite: the retry meets 404 and reports the deletion', async () => {
    const c = client();
    const app = await c.oauthApplications.create({ name: 'Doomed' });
    emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['DeleteOAuthApplication'] });
    await expect(c.oauthApplications.delete(app.id, FAST_RETRY)).resolves.toEqual({
      object: 'oauth_application',
      id: app.id,
      deleted: true,
    });
    expect(emulator.stats().byOperation.DeleteOAuthApplication).toBe(2);
    expect(appsNamed('Doomed')).toHaveLength(0);
    expect(emulator.state().deletedIds).toContain(app.id);
  });

  it('update after two 500s: retried with the same fields', async () => {
    const c = client();
    const app = await c.oauthApplications.create({ name: 'Before' });
    emulator.faults.enqueue({ kind: 'status', status: 500, times: 2, operations: ['UpdateOAuthApplication'] });
    await expect(c.oauthApplications.update(app.id, { name: 'After' }, FAST_RETRY)).resolves.toMatchObject({ name: 'After' });
    expect(emulator.stats().byOperation.UpdateOAuthApplication).toBe(3);
  });

  it('list after a truncated body and get after a proxy HTML page: retried to success', async () => {
    const c = client();
    const app = await c.oauthApplications.create({ name: 'Readable' });
    emulator.faults.enqueue(
      { kind: 'malformedBody', variant: 'truncated', operations: ['ListOAuthApplications'] },
      { kind: 'malformedBody', variant: 'html', operations: ['GetOAuthApplication'] },
    );
    await expect(c.oauthApplications.list({}, FAST_RETRY)).resolves.toMatchObject({ total_count: 1 });
    await expect(c.oauthApplications.get(app.id, FAST_RETRY)).resolves.toMatchObject({ id: app.id });
    expect(emulator.stats().byOperation).toMatchObject({ ListOAuthApplications: 2, GetOAuthApplication: 2 });
  });

  it('a 404 on the first delete attempt stays a NotFoundError', async () => {
    const error = await failure(client().oauthApplications.delete('oa_2O4BCh3zUONvWlZHtBXv6s6tm7u'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ resourceId: 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u', status: 404 });
  });
});

describe("Clerk's block after a 429 with Retry-After, over HTTP", () => {
  it('holds later calls for that key and endpoint until it ends, and refuses those that cannot wait', async () => {
    const c = client();
    const app = await c.oauthApplications.create({ name: 'Blocked' });
    emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 2, operations: ['GetOAuthApplication'] });
    const blockedAt = performance.now();
    await expect(failure(c.oauthApplications.get(app.id, { retry: { strategy: 'none' } }))).resolves.toMatchObject({ status: 429 });
    const gets = () => emulator.stats().byOperation.GetOAuthApplication ?? 0;
    expect(gets()).toBe(1);

    // Has 1 s in all (the shortest deadline a call may set): refused before it is sent.
    await expect(failure(c.oauthApplications.get(app.id, { retry: { maxElapsedTimeMs: 1_000 } }))).resolves.toMatchObject({
      code: 'too_many_requests',
      status: null,
    });
    expect(gets()).toBe(1);

    await expect(c.oauthApplications.get(app.id)).resolves.toMatchObject({ id: app.id });
    expect(performance.now() - blockedAt).toBeGreaterThanOrEqual(1_990);
    expect(gets()).toBe(2);
    // Another endpoint was never held.
    await expect(c.oauthApplications.list({ limit: 1 })).resolves.toMatchObject({ total_count: 1 });
  });
});
