/**
 * The bound on requests in flight, in virtual time: a transport that holds every request until the
 * test releases it, so slots, the queue and its overflow can be watched one step at a time.
 */
import { describe, expect, it } from 'vitest';
import { ClerkClient, type ClerkClientOptions, type LimiterEvent } from '../../src/clerk/client.js';
import { ConcurrencyLimiter } from '../../src/clerk/concurrency-limiter.js';
import { UpstreamError } from '../../src/clerk/errors.js';
import { type HttpRequest, type HttpTransport, isTimeoutReason, TransportError } from '../../src/clerk/transport.js';
import { APP, fakeTransport, status } from './fake-transport.js';
import { VirtualTime } from './virtual-time.js';
import { failure } from './failure.js';

const START = 1_700_000_000_000;
const ID = APP.id;

interface Held {
  request: HttpRequest;
  release(): void;
}

/** Every request waits until released (or aborted); `held` lists those not yet answered, oldest first. */
function heldTransport(): { transport: HttpTransport; held: Held[]; sent: string[] } {
  const held: Held[] = [];
  const sent: string[] = [];
  const transport: HttpTransport = (request) =>
    new Promise((resolve, reject) => {
      sent.push(request.url.slice(request.url.lastIndexOf('/') + 1));
      const entry: Held = {
        request,
        release: () => {
          held.splice(held.indexOf(entry), 1);
          resolve({ status: 200, headers: {}, body: JSON.stringify(request.method === 'POST' ? { ...APP, client_secret: 's' } : APP) });
        },
      };
      held.push(entry);
      request.signal.addEventListener(
        'abort',
        () => {
          held.splice(held.indexOf(entry), 1);
          const timeout = isTimeoutReason(request.signal.reason);
          reject(new TransportError({ kind: timeout ? 'timeout' : 'aborted', surelyNotSent: false }));
        },
        { once: true },
      );
    });
  return { transport, held, sent };
}

function setup(options: Partial<ClerkClientOptions> = {}) {
  const vt = new VirtualTime(START);
  const held = heldTransport();
  const events: LimiterEvent[] = [];
  const client = new ClerkClient({
    apiUrl: 'https://api.clerk.test',
    secretKey: 'sk_test_concurrency',
    transport: held.transport,
    clock: vt.clock,
    sleep: vt.sleep,
    random: () => 0,
    rateLimit: 'off',
    maxConcurrentRequests: 2,
    maxQueuedRequests: 3,
    attemptTimeoutMs: 60_000,
    maxCallDurationMs: 60_000,
    onLimiter: (event) => events.push(event),
    ...options,
  });
  const outcomes = new Map<string, string>();
  /** Starts a get of `id`; its outcome ('ok' or the error code) lands in `outcomes`. */
  const start = (id: string, call = (c: ClerkClient) => c.oauthApplications.get(id)): Promise<void> =>
    call(client).then(
      () => void outcomes.set(id, 'ok'),
      (error: unknown) => void outcomes.set(id, (error as { code: string }).code),
    );
  const settle = () => vt.run(Promise.resolve());
  return { vt, client, ...held, events, outcomes, start, settle, elapsed: () => vt.now - START };
}

describe('upstream concurrency', () => {
  it('queues calls beyond the bound, fails fast beyond the queue, and lets queued calls proceed in order', async () => {
    const t = setup();
    for (const id of ['a', 'b', 'c', 'd', 'e']) void t.start(id);
    await t.settle();
    expect(t.sent).toEqual(['a', 'b']);

    const overflow = await failure(t.vt.run(t.client.oauthApplications.create({ name: 'x' })));
    expect(overflow).toBeInstanceOf(UpstreamError);
    expect(overflow).toMatchObject({ code: 'gateway_overloaded', status: null, outcomeUnknown: false });
    expect((overflow as Error).message).toMatch(/refused/);
    expect(t.elapsed()).toBe(0);
    expect(t.sent).toEqual(['a', 'b']);

    t.held[0]?.release();
    await t.settle();
    expect(t.sent).toEqual(['a', 'b', 'c']);
    expect(t.outcomes.get('a')).toBe('ok');

    while (t.held.length > 0) {
      t.held[0]?.release();
      await t.settle();
    }
    expect(t.sent).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...t.outcomes.values()]).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(t.events.filter((event) => event.outcome === 'queue_full')).toEqual([
      { operation: 'CreateOAuthApplication', attempt: 1, limiter: 'concurrency', outcome: 'queue_full', waitedMs: 0, retryAfterMs: null, keySource: 'client' },
    ]);
    expect(t.events.filter((event) => event.outcome === 'waited').length).toBe(3);
    expect(t.vt.pendingTimers()).toBe(0);
  });

  it('lets an aborted queued call leave at once, making room in the queue', async () => {
    const t = setup({ maxQueuedRequests: 1 });
    void t.start('a');
    void t.start('b');
    const controller = new AbortController();
    const queued = t.client.oauthApplications.create({ name: 'x' }, { signal: controller.signal });
    await t.settle();
    controller.abort(new Error('caller left'));
    const error = await failure(t.vt.run(queued));
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    expect(t.events.at(-1)).toMatchObject({ limiter: 'concurrency', outcome: 'aborted' });
    // Its place in the queue is free again.
    void t.start('c');
    await t.settle();
    expect(t.outcomes.get('c')).toBeUndefined();
    t.held[0]?.release();
    await t.settle();
    expect(t.sent).toEqual(['a', 'b', 'c']);
  });

  it("lets a queued call leave at its deadline, a write with outcomeUnknown false", async () => {
    const t = setup();
    void t.start('a');
    void t.start('b');
    await t.settle();
    const error = await failure(
      t.vt.run(t.client.oauthApplications.create({ name: 'x' }, { retry: { maxElapsedTimeMs: 1_500 } })),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'gateway_overloaded', status: null, outcomeUnknown: false });
    expect((error as Error).message).toMatch(/deadline/);
    expect(t.elapsed()).toBe(1_499);
    expect(t.sent).toEqual(['a', 'b']);
    expect(t.events.at(-1)).toMatchObject({ limiter: 'concurrency', outcome: 'deadline', waitedMs: 1_499 });
  });

  it('frees the slot whatever the attempt ended with: answer, timeout, abort or connection failure', async () => {
    const t = setup({ maxConcurrentRequests: 1, maxQueuedRequests: 0, attemptTimeoutMs: 1_000 });
    const timedOut = failure(t.vt.run(t.client.oauthApplications.get('t', { retry: { strategy: 'none' } })));
    await expect(timedOut).resolves.toMatchObject({ code: 'upstream_timeout' });
    const controller = new AbortController();
    const aborted = t.client.oauthApplications.get('x', { signal: controller.signal });
    await t.settle();
    controller.abort();
    await expect(failure(t.vt.run(aborted))).resolves.toMatchObject({ code: 'request_aborted' });
    void t.start('ok');
    await t.settle();
    t.held[0]?.release();
    await t.settle();
    expect(t.outcomes.get('ok')).toBe('ok');

    const vt = new VirtualTime(START);
    const client = new ClerkClient({
      apiUrl: 'https://api.clerk.test',
      secretKey: 'sk_test_concurrency',
      transport: async () => {
        throw new TransportError({ kind: 'network', surelyNotSent: true, code: 'ECONNREFUSED' });
      },
      clock: vt.clock,
      sleep: vt.sleep,
      maxConcurrentRequests: 1,
      maxQueuedRequests: 0,
    });
    for (let i = 0; i < 3; i += 1) {
      await expect(failure(vt.run(client.oauthApplications.get(ID, { retry: { strategy: 'none' } })))).resolves.toMatchObject({
        code: 'upstream_unreachable',
      });
    }
  });

  it('bounds retries too: a retry that finds no room ends the call with the last answer', async () => {
    const vt = new VirtualTime(START);
    const fake = fakeTransport(vt, [status(500), { hang: { sent: true } }]);
    const client = new ClerkClient({
      apiUrl: 'https://api.clerk.test',
      secretKey: 'sk_test_concurrency',
      transport: fake.transport,
      clock: vt.clock,
      sleep: vt.sleep,
      random: () => 0,
      maxConcurrentRequests: 1,
      maxQueuedRequests: 0,
    });
    const retried = client.oauthApplications.update(ID, { name: 'x' });
    // During its 500 ms backoff another call takes the only slot and hangs.
    vt.at(100, () => void client.oauthApplications.get(ID).catch(() => undefined));
    const error = await failure(vt.run(retried));
    expect(error).toMatchObject({ status: 500, outcomeUnknown: true });
    expect(fake.requests.map((request) => request.method)).toEqual(['PATCH', 'GET']);
    await client.close();
  });

  it('rejects unusable bounds at construction', () => {
    const base = { apiUrl: 'https://api.clerk.test', secretKey: 'sk_test_x', transport: async () => ({ status: 200, headers: {}, body: '' }) };
    for (const maxConcurrentRequests of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new ClerkClient({ ...base, maxConcurrentRequests })).toThrow(RangeError);
    }
    for (const maxQueuedRequests of [-1, 0.5, Number.NaN]) {
      expect(() => new ClerkClient({ ...base, maxQueuedRequests })).toThrow(RangeError);
    }
    expect(() => new ClerkClient({ ...base, maxQueuedRequests: 0 })).not.toThrow();
  });
});

describe('ConcurrencyLimiter', () => {
  it('hands a released slot to the oldest waiter, and counts a double release once', async () => {
    const vt = new VirtualTime(START);
    const limiter = new ConcurrencyLimiter(1, 2, vt.sleep);
    const first = await limiter.acquire(1_000);
    const order: string[] = [];
    const second = limiter.acquire(1_000).then((d) => (order.push('second'), d));
    const third = limiter.acquire(1_000).then((d) => (order.push('third'), d));
    await expect(limiter.acquire(1_000)).resolves.toEqual({ ok: false, reason: 'queue_full' });
    expect([limiter.inFlight, limiter.queued]).toEqual([1, 2]);
    if (!first.ok) throw new Error('expected a slot');
    first.release();
    first.release();
    const granted = await second;
    expect(granted).toMatchObject({ ok: true, queued: true });
    expect([limiter.inFlight, limiter.queued]).toEqual([1, 1]);
    if (granted.ok) granted.release();
    await third;
    expect(order).toEqual(['second', 'third']);
    expect(vt.pendingTimers()).toBe(0);
  });

  it('refuses at once with no time to wait, and rejects with the reason on abort', async () => {
    const limiter = new ConcurrencyLimiter(1, 5);
    await limiter.acquire(0);
    await expect(limiter.acquire(0)).resolves.toEqual({ ok: false, reason: 'deadline' });
    await expect(limiter.acquire(1_000, AbortSignal.abort(new Error('early')))).rejects.toThrow('early');
    const controller = new AbortController();
    const waiting = limiter.acquire(60_000, controller.signal);
    controller.abort(new Error('late'));
    await expect(waiting).rejects.toThrow('late');
    expect(limiter.queued).toBe(0);
  });
});
