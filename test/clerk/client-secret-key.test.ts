/**
 * The per-call secret key (pass-through auth): sent instead of the client's, checked before any
 * request, never echoed; in virtual time and over loopback against the emulator.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type AttemptEvent, ClerkClient, type LimiterEvent } from '../../src/clerk/client.js';
import { UnauthorizedError } from '../../src/clerk/errors.js';
import { createEmulator, type Emulator } from '../../src/emulator/emulator.js';
import { APP, fakeTransport, ok, status } from './fake-transport.js';
import { json, startLoopbackServer, type LoopbackServer } from './loopback-server.js';
import { VirtualTime } from './virtual-time.js';
import { failure } from './failure.js';

const CLIENT_KEY = 'sk_test_clientownkey';
const CALLER_KEY = 'sk_test_callerownkey';

function setup() {
  const vt = new VirtualTime();
  const fake = fakeTransport(vt, [status(500), ok()]);
  const events: Array<AttemptEvent | LimiterEvent> = [];
  const client = new ClerkClient({
    apiUrl: 'https://api.clerk.test',
    secretKey: CLIENT_KEY,
    transport: fake.transport,
    clock: vt.clock,
    sleep: vt.sleep,
    random: () => 0,
    onAttempt: (event) => events.push(event),
    onLimiter: (event) => events.push(event),
  });
  return { vt, client, requests: fake.requests, events };
}

describe('per-call secret key', () => {
  it('is sent on every attempt of its call instead of the client key, and only on that call', async () => {
    const t = setup();
    const result = t.client.oauthApplications.get(APP.id, { secretKey: CALLER_KEY });
    await expect(t.vt.run(result)).resolves.toEqual(APP);
    await t.vt.run(t.client.oauthApplications.get(APP.id));
    expect(t.requests.map((request) => request.headers.Authorization)).toEqual([
      `Bearer ${CALLER_KEY}`,
      `Bearer ${CALLER_KEY}`,
      `Bearer ${CLIENT_KEY}`,
    ]);
    expect(t.requests.every((request) => Object.keys(request.headers).filter((name) => /^authorization$/i.test(name)).length === 1)).toBe(true);
    // Nothing about the key reaches the hooks.
    expect(JSON.stringify(t.events)).not.toMatch(/callerownkey|clientownkey/);
  });

  it.each([
    ['empty', ''],
    ['with a space', 'sk_test_has space'],
    ['with a line break (header injection)', 'sk_test_abc\r\nX-Evil: 1'],
    ['non-ASCII', 'sk_test_clé'],
    ['not a string', 42 as unknown as string],
  ])('is refused before any request when %s, without echoing it', async (_label, secretKey) => {
    const t = setup();
    const error = await failure(t.client.oauthApplications.create({ name: 'x' }, { secretKey }));
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ code: 'secret_key_invalid', status: null });
    expect(t.requests).toHaveLength(0);
    const text = [String(error), (error as Error).stack, JSON.stringify(error), String((error as Error).cause)].join('\n');
    if (typeof secretKey === 'string' && secretKey !== '') expect(text).not.toContain(secretKey.slice(8));
    expect(t.events).toEqual([]);
  });
});

describe('per-call secret key over loopback', () => {
  let emulator: Emulator | undefined;
  let server: LoopbackServer | undefined;
  const clients: ClerkClient[] = [];

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
    await emulator?.close();
    await server?.close();
    emulator = undefined;
    server = undefined;
  });

  it('goes on the wire as the Authorization header', async () => {
    server = await startLoopbackServer();
    server.respond((_request, res) => json(res, 200, APP));
    const c = new ClerkClient({ apiUrl: server.origin, secretKey: CLIENT_KEY });
    clients.push(c);
    await c.oauthApplications.get(APP.id, { secretKey: CALLER_KEY });
    await c.oauthApplications.get(APP.id);
    expect(server.seen.map((request) => request.headers.authorization)).toEqual([`Bearer ${CALLER_KEY}`, `Bearer ${CLIENT_KEY}`]);
  });

  it('is accepted by the emulator when it holds that key, whatever the client key is', async () => {
    emulator = createEmulator({ secretKeys: [CALLER_KEY] });
    const origin = await emulator.listen(0);
    // The client's own key is one the emulator does not accept, as in pass-through mode.
    const c = new ClerkClient({ apiUrl: origin, secretKey: 'sk_test_placeholder_not_accepted' });
    clients.push(c);
    const created = await c.oauthApplications.create({ name: 'Caller app' }, { secretKey: CALLER_KEY });
    await expect(c.oauthApplications.get(created.id, { secretKey: CALLER_KEY })).resolves.toMatchObject({ name: 'Caller app' });
    const withClientKey = await failure(c.oauthApplications.get(created.id));
    expect(withClientKey).toBeInstanceOf(UnauthorizedError);
    expect(withClientKey).toMatchObject({ status: 401, code: 'clerk_key_invalid' });
    const wrong = await failure(c.oauthApplications.list({}, { secretKey: 'sk_test_wrong_caller_key' }));
    expect(wrong).toMatchObject({ status: 401, code: 'clerk_key_invalid' });
    expect(emulator.stats().byOperation).toMatchObject({ CreateOAuthApplication: 1, GetOAuthApplication: 2, ListOAuthApplications: 1 });
  });
});
