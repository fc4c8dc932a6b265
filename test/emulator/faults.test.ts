import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from '../../src/emulator/emulator.js';
import { FaultConfigError, type FaultRule } from '../../src/emulator/faults.js';
import { startEmulator, TEST_KEY, type Harness } from './helpers.js';

/** Random source the tests steer: queued values first, then a neutral 0.99 (no fault fires). */
const draws: number[] = [];
const random = (): number => draws.shift() ?? 0.99;

let h: Harness;
beforeAll(async () => {
  h = await startEmulator({ random });
});
afterAll(() => h.close());
afterEach(() => {
  h.emulator.faults.clear();
  h.emulator.reset();
  h.emulator.resetStats();
  draws.length = 0;
});

const create = (name = 'Faulty') => h.api('POST', '/v1/oauth_applications', { body: { name } });
const list = () => h.api('GET', '/v1/oauth_applications');
const appCount = () => h.emulator.state().applications.length;

async function expectDropped(request: Promise<unknown>): Promise<void> {
  await expect(request).rejects.toThrow(TypeError);
}

describe('scripted faults', () => {
  it('latency delays the answer and then processes normally', async () => {
    h.emulator.faults.enqueue({ kind: 'latency', ms: 150 });
    const started = performance.now();
    const res = await create();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(h.emulator.stats().faults).toEqual([
      { operationId: 'CreateOAuthApplication', kind: 'latency', writeApplied: true, applicationId: res.json.id },
    ]);
  });

  it('status 500 answers internal_clerk_error without applying anything', async () => {
    h.emulator.faults.enqueue({ kind: 'status', status: 500 });
    const res = await create();
    expect(res.status).toBe(500);
    expect(res.json.errors).toEqual([
      {
        code: 'internal_clerk_error',
        message: 'Oops, an unexpected error occurred',
        long_message: "There was an internal error on our servers. We've been notified and are working on fixing it.",
      },
    ]);
    expect(appCount()).toBe(0);
    expect(h.emulator.stats().faults).toEqual([{ operationId: 'CreateOAuthApplication', kind: 'status', writeApplied: false }]);
  });

  it('status 503 answers maintenance_mode with the given Retry-After', async () => {
    h.emulator.faults.enqueue({ kind: 'status', status: 503, retryAfter: '7' });
    const res = await list();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(res.json.errors[0]).toEqual({
      code: 'maintenance_mode',
      message: 'System under maintenance',
      long_message:
        'We are currently undergoing maintenance and only essential operations are permitted. We will be back shortly.',
    });
  });

  it('other 5xx statuses answer internal_clerk_error with that status and no Retry-After', async () => {
    h.emulator.faults.enqueue({ kind: 'status', status: 502 }, { kind: 'status', status: 504 });
    for (const status of [502, 504]) {
      const res = await list();
      expect(res.status).toBe(status);
      expect(res.headers.get('retry-after')).toBeNull();
      expect(res.json.errors[0].code).toBe('internal_clerk_error');
    }
  });

  it('rateLimit answers 429 too_many_requests with Retry-After and applies nothing', async () => {
    h.emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: 3 });
    const res = await create();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(res.json.errors).toEqual([
      { code: 'too_many_requests', message: 'Too many requests', long_message: 'Too many requests, retry later' },
    ]);
    expect(appCount()).toBe(0);
  });

  it('dropBeforeProcessing closes the connection and applies nothing', async () => {
    h.emulator.faults.enqueue({ kind: 'dropBeforeProcessing' });
    await expectDropped(create());
    expect(appCount()).toBe(0);
    expect(h.emulator.stats().faults).toEqual([
      { operationId: 'CreateOAuthApplication', kind: 'dropBeforeProcessing', writeApplied: false },
    ]);
    // The next request is served normally.
    expect((await create()).status).toBe(200);
  });

  it('dropAfterWrite applies a create, then closes the connection', async () => {
    h.emulator.faults.enqueue({ kind: 'dropAfterWrite' });
    await expectDropped(create('Ghost'));
    const apps = h.emulator.state().applications;
    expect(apps.map((a) => a.name)).toEqual(['Ghost']);
    expect(h.emulator.stats().faults).toEqual([
      { operationId: 'CreateOAuthApplication', kind: 'dropAfterWrite', writeApplied: true, applicationId: apps[0]!.id },
    ]);
  });

  it('dropAfterWrite applies update, rotate and delete', async () => {
    const app = (await create('Target')).json;
    h.emulator.faults.enqueue({ kind: 'dropAfterWrite', times: 3 });
    await expectDropped(h.api('PATCH', `/v1/oauth_applications/${app.id}`, { body: { name: 'Renamed' } }));
    expect(h.emulator.state().applications[0]!.name).toBe('Renamed');
    await expectDropped(h.api('POST', `/v1/oauth_applications/${app.id}/rotate_secret`));
    expect(h.emulator.state().applications[0]!.client_secret).not.toBe(app.client_secret);
    await expectDropped(h.api('DELETE', `/v1/oauth_applications/${app.id}`));
    expect(appCount()).toBe(0);
    expect(h.emulator.stats().faults.map((f) => [f.operationId, f.writeApplied, f.applicationId])).toEqual([
      ['UpdateOAuthApplication', true, app.id],
      ['RotateOAuthApplicationSecret', true, app.id],
      ['DeleteOAuthApplication', true, app.id],
    ]);
  });

  it('dropAfterWrite reports writeApplied false when the operation failed', async () => {
    h.emulator.faults.enqueue({ kind: 'dropAfterWrite' });
    await expectDropped(h.api('DELETE', '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u'));
    expect(h.emulator.stats().faults[0]).toMatchObject({ kind: 'dropAfterWrite', writeApplied: false });
  });

  it('malformedBody html answers a 502 proxy page and applies nothing', async () => {
    h.emulator.faults.enqueue({ kind: 'malformedBody', variant: 'html' });
    const res = await create();
    expect(res.status).toBe(502);
    expect(res.headers.get('content-type')).toBe('text/html');
    expect(res.text).toContain('<title>502 Bad Gateway</title>');
    expect(appCount()).toBe(0);
  });

  it('malformedBody truncated applies the write and sends half of the JSON body', async () => {
    h.emulator.faults.enqueue({ kind: 'malformedBody', variant: 'truncated' });
    const res = await fetch(`${h.origin}/v1/oauth_applications`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Half' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(() => JSON.parse(text)).toThrow();
    const [stored] = h.emulator.state().applications;
    expect(stored?.name).toBe('Half');
    const { client_secret: secret, ...rest } = stored!;
    const full = JSON.stringify({ ...rest, client_secret: secret });
    expect(text).toBe(full.slice(0, Math.floor(full.length / 2)));
    expect(h.emulator.stats().faults[0]).toEqual({
      operationId: 'CreateOAuthApplication',
      kind: 'malformedBody',
      writeApplied: true,
      applicationId: stored!.id,
    });
  });

  it('successBody applies the write, then answers its 2xx status with the given body and Content-Type', async () => {
    h.emulator.faults.enqueue({ kind: 'successBody', body: '{"object":"oauth_application","id":"oa_x"}' });
    const res = await fetch(`${h.origin}/v1/oauth_applications`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Landed' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('clerk-trace-id')).toMatch(/^[0-9a-f]{32}$/);
    expect(await res.text()).toBe('{"object":"oauth_application","id":"oa_x"}');
    const [stored] = h.emulator.state().applications;
    expect(stored?.name).toBe('Landed');
    expect(h.emulator.stats().faults).toEqual([
      { operationId: 'CreateOAuthApplication', kind: 'successBody', writeApplied: true, applicationId: stored!.id },
    ]);

    h.emulator.faults.enqueue({ kind: 'successBody', body: '<p>ok</p>', contentType: 'text/html; charset=utf-8' });
    const page = await fetch(`${h.origin}/v1/oauth_applications`, { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe('<p>ok</p>');
  });

  it('successBody leaves an error answer as it is', async () => {
    h.emulator.faults.enqueue({ kind: 'successBody', body: '{}' });
    const res = await h.api('DELETE', '/v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u');
    expect(res.status).toBe(404);
    expect(res.json.errors[0].code).toBe('resource_not_found');
    expect(h.emulator.faults.snapshot().queued).toEqual([]);
  });

  it('rules apply in order, honour operations and times, and are consumed', async () => {
    h.emulator.faults.enqueue(
      { kind: 'status', status: 500, operations: ['CreateOAuthApplication'], times: 2 },
      { kind: 'rateLimit', retryAfterSeconds: 1 },
    );
    expect(h.emulator.faults.snapshot().queued).toEqual([
      { kind: 'status', status: 500, operations: ['CreateOAuthApplication'], times: 2 },
      { kind: 'rateLimit', retryAfterSeconds: 1 },
    ]);
    expect((await list()).status).toBe(429); // the create-only rule does not match a list
    expect((await list()).status).toBe(200);
    expect((await create()).status).toBe(500);
    expect(h.emulator.faults.snapshot().queued).toEqual([
      { kind: 'status', status: 500, operations: ['CreateOAuthApplication'], times: 1 },
    ]);
    expect((await create()).status).toBe(500);
    expect((await create()).status).toBe(200);
    expect(h.emulator.faults.snapshot().queued).toEqual([]);
  });

  it('rejects invalid rules and leaves the queue untouched', () => {
    h.emulator.faults.enqueue({ kind: 'latency', ms: 1 });
    const bad: unknown[] = [
      { kind: 'explode' },
      { kind: 'latency', ms: -1 },
      { kind: 'latency', ms: 10_000_000 },
      { kind: 'status', status: 200 },
      { kind: 'status', status: 418 },
      { kind: 'status', status: 500, retryAfter: 'a\r\nb' },
      { kind: 'rateLimit', retryAfterSeconds: 1.5 },
      { kind: 'malformedBody', variant: 'xml' },
      { kind: 'successBody' },
      { kind: 'successBody', body: 7 },
      { kind: 'successBody', body: 'x'.repeat(64 * 1024 + 1) },
      { kind: 'successBody', body: '{}', contentType: 'text/html\r\nX-Injected: 1' },
      { kind: 'dropAfterWrite', times: 0 },
      { kind: 'dropAfterWrite', operations: ['ListUsers'] },
      { kind: 'dropAfterWrite', extra: 1 },
      null,
    ];
    for (const rule of bad) {
      expect(() => h.emulator.faults.enqueue({ kind: 'dropBeforeProcessing' }, rule as FaultRule), JSON.stringify(rule)).toThrow(
        FaultConfigError,
      );
    }
    expect(h.emulator.faults.snapshot().queued).toEqual([{ kind: 'latency', ms: 1 }]);
    expect(() => h.emulator.faults.setRates({ serverError: 1.5 })).toThrow(FaultConfigError);
    expect(() => h.emulator.faults.setRates({ latencyMs: [10, 5] })).toThrow(FaultConfigError);
  });

  it('close() ends a request that is waiting out injected latency', async () => {
    const emulator = createEmulator({ secretKeys: [TEST_KEY] });
    const origin = await emulator.listen(0);
    emulator.faults.enqueue({ kind: 'latency', ms: 60_000 });
    const pending = fetch(`${origin}/v1/oauth_applications`, { headers: { Authorization: `Bearer ${TEST_KEY}` } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await emulator.close();
    await expect(pending).rejects.toThrow(TypeError);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('random faults (injected random source)', () => {
  it('fires a fault when the draw is below its rate and not otherwise', async () => {
    h.emulator.faults.setRates({ serverError: 0.3 });
    draws.push(0.29);
    expect((await list()).status).toBe(500);
    draws.push(0.3);
    expect((await list()).status).toBe(200);
    expect(h.emulator.stats().faults).toEqual([{ operationId: 'ListOAuthApplications', kind: 'status', writeApplied: false }]);
  });

  it('draws every configured rate independently; the first hit in fixed order wins', async () => {
    h.emulator.faults.setRates({
      dropBeforeProcessing: 0.1,
      rateLimit: 0.1,
      rateLimitRetryAfterSeconds: 9,
      serverError: 0.1,
      malformedBody: 0.1,
      dropAfterWrite: 0.1,
    });
    // drop misses, rateLimit hits, serverError would hit too: rate limit wins.
    draws.push(0.5, 0.05, 0.05, 0.5, 0.5);
    const limited = await list();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('9');
    expect(draws).toEqual([]);
    // Only malformedBody hits; the next draw picks the variant (< 0.5: html).
    draws.push(0.5, 0.5, 0.5, 0.05, 0.5, 0.2);
    const html = await list();
    expect(html.status).toBe(502);
    // Only dropAfterWrite hits.
    draws.push(0.5, 0.5, 0.5, 0.5, 0.05);
    await expectDropped(list());
    expect(h.emulator.stats().faults.map((f) => f.kind)).toEqual(['rateLimit', 'malformedBody', 'dropAfterWrite']);
  });

  it('limits random faults to the listed operations', async () => {
    h.emulator.faults.setRates({ dropBeforeProcessing: 1, operations: ['DeleteOAuthApplication'] });
    const app = await create();
    expect(app.status).toBe(200);
    expect((await list()).status).toBe(200);
    await expectDropped(h.api('DELETE', `/v1/oauth_applications/${app.json.id}`));
    expect(appCount()).toBe(1);
  });

  it('adds base latency from a range and latency spikes', async () => {
    h.emulator.faults.setRates({ latencyMs: [100, 300], latencySpikeRate: 0.5, latencySpikeMs: 100 });
    draws.push(0.25, 0.9); // 100 + 0.25 * 200 = 150 ms, no spike
    let started = performance.now();
    expect((await list()).status).toBe(200);
    const base = performance.now() - started;
    expect(base).toBeGreaterThanOrEqual(140);
    draws.push(0, 0.1); // 100 ms base + 100 ms spike
    started = performance.now();
    expect((await list()).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    // Base latency is not logged as a fault; a spike is.
    expect(h.emulator.stats().faults).toEqual([{ operationId: 'ListOAuthApplications', kind: 'latency', writeApplied: false }]);
  });

  it('gives roughly the configured share of faults with a seeded generator', async () => {
    let seed = 42;
    const mulberry32 = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const emulator = createEmulator({ secretKeys: [TEST_KEY], random: mulberry32 });
    const origin = await emulator.listen(0);
    try {
      emulator.faults.setRates({ serverError: 0.25 });
      let failures = 0;
      for (let i = 0; i < 200; i++) {
        const res = await fetch(`${origin}/v1/oauth_applications`, { headers: { Authorization: `Bearer ${TEST_KEY}` } });
        await res.arrayBuffer();
        if (res.status === 500) failures++;
      }
      expect(failures).toBeGreaterThan(30);
      expect(failures).toBeLessThan(70);
      expect(emulator.stats().faults).toHaveLength(failures);
      expect(emulator.stats().byOperation.ListOAuthApplications).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

describe('admin endpoints', () => {
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.origin}/__emulator${path}`, {
      method,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    expect(res.headers.get('content-type')).toBe('application/json');
    return { status: res.status, json: await res.json(), headers: res.headers };
  };

  it('reads, sets and clears faults without authentication', async () => {
    expect(await admin('GET', '/faults')).toMatchObject({ status: 200, json: { queued: [], rates: {} } });
    const put = await admin('PUT', '/faults', {
      enqueue: [{ kind: 'status', status: 503, retryAfter: '2' }],
      rates: { rateLimit: 0.5, latencyMs: [0, 5] },
    });
    expect(put.status).toBe(200);
    expect(put.json).toEqual({
      queued: [{ kind: 'status', status: 503, retryAfter: '2' }],
      rates: { rateLimit: 0.5, latencyMs: [0, 5] },
    });
    draws.push(0.99); // base latency draw; rate limit draw defaults to 0.99 (miss)
    const res = await list();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    const cleared = await admin('DELETE', '/faults');
    expect(cleared.json).toEqual({ queued: [], rates: {} });
  });

  it.each([
    ['invalid JSON', '{'],
    ['a non-object', '[1]'],
    ['an unknown top-level field', { enqueue: [], foo: 1 }],
    ['enqueue not an array', { enqueue: { kind: 'latency', ms: 1 } }],
    ['an invalid rule', { enqueue: [{ kind: 'status', status: 'x' }] }],
    ['an invalid rate', { rates: { serverError: -0.1 } }],
    ['an unknown rate', { rates: { chaos: 1 } }],
    ['a valid rule next to invalid rates', { enqueue: [{ kind: 'latency', ms: 1 }], rates: { latencyMs: 'slow' } }],
  ])('answers 400 for %s and changes nothing', async (_label, body) => {
    const res = await admin('PUT', '/faults', body);
    expect(res.status).toBe(400);
    expect(typeof res.json.errors[0].message).toBe('string');
    expect(h.emulator.faults.snapshot()).toEqual({ queued: [], rates: {} });
  });

  it('reports and resets stats; admin calls are not counted', async () => {
    await create();
    await list();
    await h.api('GET', '/v1/unknown');
    await h.api('GET', '/v1/oauth_applications', { auth: null });
    const stats = await admin('GET', '/stats');
    expect(stats.json).toEqual({
      total: 4,
      byOperation: {
        ListOAuthApplications: 2,
        CreateOAuthApplication: 1,
        GetOAuthApplication: 0,
        UpdateOAuthApplication: 0,
        DeleteOAuthApplication: 0,
        RotateOAuthApplicationSecret: 0,
      },
      faults: [],
    });
    const reset = await admin('DELETE', '/stats');
    expect(reset.json.total).toBe(0);
    expect(h.emulator.stats().total).toBe(0);
  });

  it('exposes state with secrets and resets the store', async () => {
    const created = (await create('Stateful')).json;
    const state = await admin('GET', '/state');
    expect(state.json.instanceId).toBe(h.emulator.instanceId);
    expect(state.json.applications).toEqual([created]);
    expect(state.json.deletedIds).toEqual([]);
    const reset = await admin('POST', '/reset');
    expect(reset.json.applications).toEqual([]);
    expect(appCount()).toBe(0);
  });

  it('answers 404 for unknown admin paths and 405 for wrong methods', async () => {
    expect((await admin('GET', '/nothing')).status).toBe(404);
    const wrong = await admin('POST', '/stats');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, DELETE');
  });
});
