/**
 * The verdicts of create recovery (src/clerk/resources/oauth-application-create-recovery.ts), on the
 * scripted transport in virtual time: which listed applications count as the lost create, how the
 * clock-skew tolerance and the look-back decide, which attributes must match, and which failures
 * allow the create to be sent again.
 */
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/clerk/errors.js';
import { CLOCK_SKEW_TOLERANCE_MS, LOOK_BACK_MS } from '../../src/clerk/resources/oauth-application-create-recovery.js';
import { APP, APP_WITH_SECRET, ok, status, type Step } from './fake-transport.js';
import { failure } from './failure.js';
import { setupClient, START } from './write-safety-setup.js';

const NAME = 'Lost create';
const reset: Step = { fail: { kind: 'network', surelyNotSent: false, code: 'ECONNRESET' } };
const ROTATED = { ...APP_WITH_SECRET, name: NAME, client_secret: 'RotatedAfterRecoveryRotatedAfter' };

/** An application of the listing: created `ageMs` before the create was sent (Clerk's clock). */
function listed(ageMs: number, overrides: Record<string, unknown> = {}) {
  return { ...APP, id: `oa_listed${String(ageMs).replace('-', 'm')}`, name: NAME, created_at: START - ageMs, ...overrides };
}
const page = (...data: unknown[]): Step => ok({ data, total_count: data.length });

function run(script: Step[], body: Record<string, unknown> = { name: NAME }) {
  const t = setupClient(script, { rateLimit: 'off' });
  const outcome = t.vt.run(t.client.oauthApplications.createWithRecovery({ name: NAME, ...body }));
  const calls = () => t.requests.map((request) => `${request.method} ${new URL(request.url).pathname.replace(/oa_\w+/, ':id')}`);
  return { t, outcome, calls };
}

describe('create recovery: what counts as the lost create', () => {
  it('one application of that name created since the send (within the skew tolerance): landed, secret rotated', async () => {
    const { outcome, calls, t } = run([reset, page(listed(CLOCK_SKEW_TOLERANCE_MS - 1)), ok(ROTATED)]);
    await expect(outcome).resolves.toEqual(ROTATED);
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications', 'POST /v1/oauth_applications/:id/rotate_secret']);
    const query = new URL(t.requests[1]!.url).searchParams;
    expect(Object.fromEntries(query)).toEqual({ name_query: NAME, order_by: '-created_at', limit: '100', offset: '0' });
    expect(t.requests[2]!.url).toContain(`/oa_listed${CLOCK_SKEW_TOLERANCE_MS - 1}/rotate_secret`);
  });

  it('other names that contain it (name_query is a substring match) do not count', async () => {
    const { outcome, calls } = run([reset, page(listed(0, { name: `${NAME} (copy)` }), listed(1_000)), ok(ROTATED)]);
    await expect(outcome).resolves.toEqual(ROTATED);
    expect(calls()).toHaveLength(3);
  });

  it('one created before the skew tolerance but within the look-back: unclear (Clerk may run behind), not sent again', async () => {
    const { outcome, calls } = run([reset, page(listed(CLOCK_SKEW_TOLERANCE_MS + 1))]);
    const error = await failure(outcome);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'upstream_connection_failed', outcomeUnknown: true });
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications']);
  });

  it('one in the window and one in the look-back: unclear', async () => {
    const { outcome } = run([reset, page(listed(0), listed(60_000))]);
    expect(await failure(outcome)).toMatchObject({ outcomeUnknown: true });
  });

  it('older than the look-back: does not count, so the create did not land and is sent again', async () => {
    const old = listed(CLOCK_SKEW_TOLERANCE_MS + LOOK_BACK_MS + 1);
    const created = { ...APP_WITH_SECRET, name: NAME };
    const { outcome, calls } = run([reset, page(old), ok(created)]);
    await expect(outcome).resolves.toEqual(created);
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications', 'POST /v1/oauth_applications']);
  });

  it('two in the window: unclear (two callers creating the same name at the same moment)', async () => {
    const { outcome, calls } = run([reset, page(listed(0), listed(10))]);
    expect(await failure(outcome)).toMatchObject({ outcomeUnknown: true });
    expect(calls()).toHaveLength(2);
  });

  it.each([
    ['redirect URIs', { redirect_uris: ['https://other.example/cb'] }],
    ['scopes', { scopes: 'openid' }],
    ['consent screen', { consent_screen_enabled: false }],
    ['PKCE', { pkce_required: true }],
    ['public', { public: true }],
  ])('one in the window with other %s than those sent: unclear', async (_label, overrides) => {
    const body = { redirect_uris: ['https://example.com/cb'], scopes: 'profile email', consent_screen_enabled: true, pkce_required: false, public: false };
    const { outcome, calls } = run([reset, page(listed(0, overrides))], body);
    expect(await failure(outcome)).toMatchObject({ outcomeUnknown: true });
    expect(calls()).toHaveLength(2);
  });

  it('attributes compare as sets, and fields not sent are Clerk\'s to choose', async () => {
    const app = listed(0, { redirect_uris: ['b://x', 'a://y'], scopes: 'email profile', pkce_required: true });
    const { outcome } = run([reset, page(app), ok(ROTATED)], { redirect_uris: ['a://y', 'b://x'], scopes: 'profile email' });
    await expect(outcome).resolves.toEqual(ROTATED);
  });

  it('reads further pages while they can hold applications of the window or the look-back', async () => {
    const others = Array.from({ length: 100 }, (_, index) => listed(index, { name: `${NAME} ${index}`, id: `oa_other${index}` }));
    const { outcome, t } = run([reset, ok({ data: others, total_count: 101 }), page(listed(200)), ok(ROTATED)]);
    await expect(outcome).resolves.toEqual(ROTATED);
    expect(new URL(t.requests[2]!.url).searchParams.get('offset')).toBe('100');
  });

  it('a listing that fails leaves the outcome unknown', async () => {
    const { outcome, calls } = run([reset, status(403)]);
    expect(await failure(outcome)).toMatchObject({ code: 'upstream_connection_failed', outcomeUnknown: true });
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications']);
  });

  it('a rotation that fails after the create was found leaves the outcome unknown', async () => {
    const { outcome } = run([reset, page(listed(0)), status(404)]);
    expect(await failure(outcome)).toMatchObject({ code: 'upstream_connection_failed', outcomeUnknown: true });
  });
});

describe('create recovery: when the create is sent again', () => {
  it.each([
    ['a 500', status(500)],
    ['a 503 without Retry-After', status(503)],
    ['a reset after sending', reset],
  ])('after %s and an empty listing', async (_label, lost) => {
    const created = { ...APP_WITH_SECRET, name: NAME };
    const { outcome, calls } = run([lost, page(), ok(created)]);
    await expect(outcome).resolves.toEqual(created);
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications', 'POST /v1/oauth_applications']);
  });

  it.each([
    ['a timeout after sending', { hang: { sent: true } } as Step, 'upstream_timeout'],
    ['a 502 from a proxy', status(502), 'status_502'],
    ['a 504 from a proxy', status(504), 'status_504'],
    ['an unreadable 200', { status: 200, rawBody: '{"object":' } as Step, 'upstream_response_invalid'],
  ])('never after %s: Clerk may still be working on it', async (_label, lost, code) => {
    const { outcome, calls } = run([lost, page()]);
    expect(await failure(outcome)).toMatchObject({ code, outcomeUnknown: true });
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications']);
  });

  it('only once: a second absence is a known failure', async () => {
    const { outcome, calls } = run([status(500), page(), status(500), page()]);
    const error = await failure(outcome);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 500, outcomeUnknown: false });
    expect(calls()).toEqual(['POST /v1/oauth_applications', 'GET /v1/oauth_applications', 'POST /v1/oauth_applications', 'GET /v1/oauth_applications']);
  });

  it('not when no time is left of the deadline', async () => {
    const t = setupClient([{ hang: { sent: true } }], { rateLimit: 'off', attemptTimeoutMs: 5_000 });
    const outcome = t.vt.run(t.client.oauthApplications.createWithRecovery({ name: NAME }, { retry: { maxElapsedTimeMs: 5_000 } }));
    expect(await failure(outcome)).toMatchObject({ code: 'upstream_timeout', outcomeUnknown: true });
    // The attempt used the whole deadline: no listing was started.
    expect(t.requests).toHaveLength(1);
  });

  it('not with retries off', async () => {
    const t = setupClient([status(500), page()], { rateLimit: 'off' });
    const outcome = t.vt.run(t.client.oauthApplications.createWithRecovery({ name: NAME }, { retry: { strategy: 'none' } }));
    expect(await failure(outcome)).toMatchObject({ status: 500, outcomeUnknown: true });
    expect(t.requests).toHaveLength(1);
  });

  it('failures that surely changed nothing are answered as they are, without a listing', async () => {
    const { outcome, calls } = run([status(422)]);
    expect(await failure(outcome)).toMatchObject({ status: 422 });
    expect(calls()).toHaveLength(1);
  });
});
