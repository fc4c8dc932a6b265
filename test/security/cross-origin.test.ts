import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayProcess, type GatewayProcess } from '../browser/gateway-process.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/**
 * What a page on another site can do with the gateway from a browser on the same machine. Without
 * caller authentication (the `npm start` default) that would be creating applications and reading
 * their client secrets, so: no cross-origin access unless CORS_ORIGINS lists the page's origin,
 * and, while callers are unauthenticated on loopback, no request addressed to a name other than a
 * loopback one (a page that rebinds its own name to 127.0.0.1 is "same-origin" to the browser).
 */
const LISTED = 'https://app.example.com';
const CREATE = JSON.stringify({ query: 'mutation { createOAuthApplication(input: { name: "From another site" }) { __typename } }' });

interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** One request with exactly these headers, Host included, as a browser (or a rebinding page) sends it. */
function send(base: string, init: { method?: string; path?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  const url = new URL(init.path ?? '/graphql', base);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: init.method ?? 'POST', headers: { 'content-type': 'application/json', ...init.headers } },
      (incoming) => {
        let body = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (body += chunk));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body }));
      },
    );
    outgoing.on('error', reject);
    outgoing.end(init.body);
  });
}

const preflight = (origin: string) => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
});

function expectNoCorsGrant(answer: Answer) {
  expect(answer.headers['access-control-allow-origin']).toBeUndefined();
  expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
}

describe('CORS', () => {
  let harness: GatewayHarness;
  beforeAll(async () => {
    harness = await startGatewayHarness({ gateway: { corsOrigins: [LISTED] } as object });
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.emulator.resetStats());

  it('grants a page of another site nothing on the preflight', async () => {
    expectNoCorsGrant(await send(harness.served.origin, preflight('https://evil.example')));
  });

  it.each(['https://evil.example', 'null', 'http://app.example.com', 'https://app.example.com:8443', 'https://app.example.com.evil.example'])(
    'refuses a POST from %s before anything runs',
    async (origin) => {
      const answer = await send(harness.served.origin, { headers: { origin }, body: CREATE });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] });
      expect(answer.body).toContain('CORS_ORIGINS');
      expectNoCorsGrant(answer);
      expect(harness.upstreamCalls()).toBe(0);
    },
  );

  it('lets a listed origin in, naming exactly that origin', async () => {
    const allowed = await send(harness.served.origin, preflight(LISTED));
    expect(allowed.headers['access-control-allow-origin']).toBe(LISTED);
    expect(allowed.headers['access-control-allow-methods']).toContain('POST');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/authorization/);
    expect(allowed.headers['vary']).toMatch(/origin/i);

    const created = await send(harness.served.origin, { headers: { origin: LISTED }, body: CREATE });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toEqual({ data: { createOAuthApplication: { __typename: 'CreateOAuthApplicationPayload' } } });
    expect(created.headers['access-control-allow-origin']).toBe(LISTED);
    expect(created.headers['access-control-expose-headers']).toContain('x-request-id');
    expect(created.headers['vary']).toMatch(/origin/i);
  });

  it("serves pages of the gateway's own origin, as GraphiQL's", async () => {
    const own = await send(harness.served.origin, { headers: { origin: harness.served.origin }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(own.status).toBe(200);
  });

  it('grants nothing to anyone when CORS_ORIGINS lists no origin', async () => {
    const closed = await startGatewayHarness();
    try {
      expectNoCorsGrant(await send(closed.served.origin, preflight(LISTED)));
      expect((await send(closed.served.origin, { headers: { origin: LISTED }, body: CREATE })).status).toBe(403);
      expect(closed.upstreamCalls()).toBe(0);
    } finally {
      await closed.close();
    }
  });
});

describe('the Host check while callers are unauthenticated on loopback', () => {
  let harness: GatewayHarness;
  let port: string;
  beforeAll(async () => {
    harness = await startGatewayHarness({
      gateway: { loopbackHostOnly: true, graphiql: { defaultTabs: [], render: () => '<!doctype html><title>GraphiQL</title>' } } as object,
    });
    port = new URL(harness.served.origin).port;
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.emulator.resetStats());

  it.each(['attacker.example', 'localhost.attacker.example', '127.0.0.1.nip.io', 'localhost.', 'attacker.localhost'])(
    'refuses a request addressed to %s, as a rebinding page sends it',
    async (name) => {
      const answer = await send(harness.served.origin, { headers: { host: `${name}:${port}`, origin: `http://${name}:${port}` }, body: CREATE });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'HOST_NOT_ALLOWED' } }] });
      expect(answer.body).toMatch(/localhost, 127\.0\.0\.1/);
      expect(harness.upstreamCalls()).toBe(0);
    },
  );

  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '[::1]'])('serves %s with any port', async (name) => {
    for (const host of [name, `${name}:${port}`, `${name}:4000`]) {
      const answer = await send(harness.served.origin, { headers: { host }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(answer.status, host).toBe(200);
    }
  });

  it('answers /health to any name (a probe), and refuses /ready, /metrics and the GraphiQL page', async () => {
    const foreign = { host: `attacker.example:${port}` };
    expect((await send(harness.served.origin, { method: 'GET', path: '/health', headers: foreign })).status).toBe(200);
    for (const path of ['/ready', '/metrics']) {
      expect((await send(harness.served.origin, { method: 'GET', path, headers: foreign })).status, path).toBe(403);
      expect((await send(harness.served.origin, { method: 'GET', path, headers: { host: `127.0.0.1:${port}` } })).status, path).toBe(200);
    }
    const page = { method: 'GET', headers: { accept: 'text/html' } };
    const refused = await send(harness.served.origin, { ...page, headers: { ...page.headers, ...foreign } });
    expect(refused.status).toBe(403);
    expect(refused.body).not.toContain('GraphiQL');
    const served = await send(harness.served.origin, { ...page, headers: { ...page.headers, host: `localhost:${port}` } });
    expect(served.status).toBe(200);
    expect(served.body).toContain('GraphiQL');
  });
});

describe('the gateway as `npm start` runs it', () => {
  let gateway: GatewayProcess;
  beforeAll(async () => {
    gateway = await startGatewayProcess({ CORS_ORIGINS: `${LISTED}, http://localhost:5173` });
  });
  afterAll(() => gateway.stop());

  it('refuses other Host names and unlisted origins, and grants the listed ones', async () => {
    const { origin, port } = new URL(gateway.endpoint);
    const query = JSON.stringify({ query: '{ __typename }' });
    expect((await send(origin, { headers: { host: `rebound.example:${port}` }, body: query })).status).toBe(403);
    expect((await send(origin, { headers: { origin: 'https://evil.example' }, body: query })).status).toBe(403);
    const listed = await send(origin, { headers: { origin: 'http://localhost:5173' }, body: query });
    expect(listed.status).toBe(200);
    expect(listed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect((await send(origin, { headers: { host: `localhost:${port}` }, body: query })).status).toBe(200);
  });
});
