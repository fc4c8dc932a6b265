import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useReadCache } from '../../src/read-cache.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { loadTrustedDocuments } from '../../src/trusted-documents.js';
import { ListApplications } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/**
 * The gateway's listener answers GraphQL POSTs on its direct path and hands everything else to
 * Yoga. Here one gateway is served twice, through its own listener and through Yoga's alone, and
 * every request must get the same status, headers and bytes from both: successes, every kind of
 * refusal, and the requests the direct path hands back to Yoga.
 */
const TOKEN = 'a-caller-token-of-32-characters-x';
const auth = { authorization: `Bearer ${TOKEN}` };
const json = { 'content-type': 'application/json' };
const LIST = '{ oauthApplications(limit: 3) { __typename ... on OAuthApplicationConnection { totalCount nodes { id name createdAt scopes } } } }';

let harness: GatewayHarness;
const servers: Server[] = [];

interface Pair {
  readonly direct: string;
  readonly yoga: string;
}

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function servePair(gateway: Gateway): Promise<Pair> {
  return { direct: await listen(gateway.listener), yoga: await listen(gateway.yoga as unknown as RequestListener) };
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Each request on a connection of its own: Yoga's listener leaves one stuck after a refused body. */
async function answer(origin: string, path: string, init: RequestInit): Promise<Answer> {
  const agent = new Agent({ connections: 1 });
  try {
    return await answerOn(agent, origin, path, init);
  } finally {
    await agent.destroy();
  }
}

async function answerOn(agent: Agent, origin: string, path: string, init: RequestInit): Promise<Answer> {
  const response = await undiciFetch(`${origin}${path}`, { ...(init as object), dispatcher: agent });
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    // The clock's headers differ by nature; Last-Modified is the read cache's store time. The
    // connection headers differ on purpose after a refused body (see gateway-listener.test.ts).
    if (!['date', 'last-modified', 'connection', 'keep-alive'].includes(name)) headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

type Init = RequestInit & { path?: string };

/** Sends the same request through both listeners (one after the other) and returns both answers. */
async function both(pair: Pair, init: Init | (() => Init)): Promise<{ direct: Answer; yoga: Answer }> {
  const build = typeof init === 'function' ? init : () => init;
  const yoga = await answer(pair.yoga, build().path ?? '/graphql', build());
  const direct = await answer(pair.direct, build().path ?? '/graphql', build());
  return { direct, yoga };
}

let requestCount = 0;

/** Both answers must be equal; the request carries an id of its own, which both must echo. */
async function expectSame(pair: Pair, name: string, init: Init | (() => Init)): Promise<Answer> {
  const requestId = `agree-${++requestCount}`;
  const build = typeof init === 'function' ? init : () => init;
  const { direct, yoga } = await both(pair, () => {
    const built = build();
    return { ...built, headers: { 'x-request-id': requestId, ...(built.headers as Record<string, string>) } };
  });
  expect(direct, name).toEqual(yoga);
  return direct;
}

const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { ...json, ...auth, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

let plain: Pair;
let trusted: Pair;
let cached: Pair;
let failingAuth: Pair;

beforeAll(async () => {
  harness = await startGatewayHarness({ emulator: { seed: true } });
  const base = { clerk: harness.clerk, callerAuth: { mode: 'tokens' as const, tokens: [TOKEN] }, graphiql: false as const, production: true, introspection: false };
  plain = await servePair(createGateway(base));
  const documents = loadTrustedDocuments(new URL('../generated/persisted-documents.json', import.meta.url).pathname);
  trusted = await servePair(createGateway({ ...base, trustedDocuments: documents }));
  cached = await servePair(createGateway({ ...base, plugins: useReadCache({ cache: createInMemoryCache(), ttlMs: 60_000 }) }));
  // An authenticator that fails outright, as a JWT check does when its key set is out of reach.
  failingAuth = await servePair(
    createGateway({
      ...base,
      authenticate: () => {
        throw new Error('key set unreachable');
      },
    }),
  );
});
afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  await harness.close();
});

describe('the direct path and Yoga answer alike', () => {
  it('successful reads, for every Accept header and with CORS', async () => {
    const list = await expectSame(plain, 'list', post({ query: LIST }));
    expect(list.status).toBe(200);
    expect(JSON.parse(list.body)).toMatchObject({ data: { oauthApplications: { __typename: 'OAuthApplicationConnection' } } });
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.headers['x-request-id']).toMatch(/^agree-\d+$/);
    for (const accept of ['application/graphql-response+json', 'application/json', '*/*', 'application/*', 'application/graphql-response+json, application/json;q=0.9', 'application/json, application/graphql-response+json', 'text/html, application/json']) {
      const answered = await expectSame(plain, `accept ${accept}`, post({ query: LIST }, { accept }));
      expect(answered.status, accept).toBe(200);
    }
    const cors = await expectSame(plain, 'cors', post({ query: '{ __typename }' }, { origin: 'https://app.example' }));
    expect(cors.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('Accept headers only Yoga handles: streams, other charsets, nothing acceptable', async () => {
    for (const accept of ['text/event-stream', 'multipart/mixed', 'application/json; charset=latin1', 'text/html']) {
      await expectSame(plain, `accept ${accept}`, post({ query: '{ __typename }' }, { accept }));
    }
  });

  it('GraphQL errors, with GraphQL over HTTP status codes for both response types', async () => {
    const documents: Record<string, unknown> = {
      syntax: { query: '{ oauthApplications ' },
      validation: { query: '{ nope }' },
      introspection: { query: '{ __schema { types { name } } }' },
      'missing variable': { query: 'query ($id: ID!) { oauthApplication(id: $id) { __typename } }', variables: {} },
      'unknown operation name': { query: 'query A { __typename }', operationName: 'B' },
      'two operations, no name': { query: 'query A { __typename } query B { __typename }' },
      'too deep': { query: `{ ${'node(id: "oa_1") { ... on OAuthApplication { '.repeat(5)}id${' } }'.repeat(5)} }` },
      'too many aliases': { query: `{ ${Array.from({ length: 21 }, (_, index) => `a${index}: oauthApplication(id: "oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ") { __typename }`).join(' ')} }` },
      'too many mutation fields': { query: `mutation { ${Array.from({ length: 6 }, (_, index) => `d${index}: deleteOAuthApplication(input: { id: "oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ" }) { __typename }`).join(' ')} }` },
      'query is not a string': { query: 1 },
      'unknown parameter': { query: '{ __typename }', unexpected: true },
      'variables not an object': { query: '{ __typename }', variables: 'x' },
      'no query': {},
      'subscription': { query: 'subscription { x }' },
    };
    for (const [name, body] of Object.entries(documents)) {
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const answered = await expectSame(plain, `${name} (${accept})`, post(body, { accept }));
        expect(answered.body, name).toContain('"errors"');
      }
    }
  });

  it('result unions: a typed error from Clerk is data, not an HTTP error', async () => {
    const notFound = await expectSame(plain, 'not found', post({ query: '{ oauthApplication(id: "oa_2ZZZZZZZZZZZZZZZZZZZZZZZZZZ") { __typename } }' }));
    expect(JSON.parse(notFound.body)).toEqual({ data: { oauthApplication: { __typename: 'NotFoundError' } } });
    const invalid = await expectSame(plain, 'invalid id', post({ query: '{ oauthApplication(id: "../x") { __typename } }' }));
    expect(JSON.parse(invalid.body)).toEqual({ data: { oauthApplication: { __typename: 'ValidationError' } } });
  });

  it('refusals before GraphQL: credentials, body, content type, method', async () => {
    const refusals: Record<string, RequestInit & { path?: string }> = {
      'no credentials': { method: 'POST', headers: json, body: JSON.stringify({ query: '{ __typename }' }) },
      'wrong token': post({ query: '{ __typename }' }, { authorization: 'Bearer not-the-token-of-32-characters-x' }),
      'malformed JSON': post('{"query": '),
      'not UTF-8': { method: 'POST', headers: { ...json, ...auth }, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) },
      'nested too deep': post(`{"query":"{ __typename }","variables":{"a":${'['.repeat(80)}${']'.repeat(80)}}}`),
      batch: post([{ query: '{ __typename }' }]),
      'not an object': post('"{ __typename }"'),
      'empty body': post(''),
      'over the limit': post({ query: '{ __typename }', padding: 'x'.repeat(150_000) }),
      'text/plain': { method: 'POST', headers: { ...auth, 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) },
      'JSON in another charset': { method: 'POST', headers: { ...auth, 'content-type': 'application/json; charset=latin1' }, body: JSON.stringify({ query: '{ __typename }' }) },
      'query string on the endpoint': { ...post({ query: '{ __typename }' }), path: '/graphql?x=1' },
      'GET without CSRF header': { method: 'GET', headers: auth, path: '/graphql?query=%7B__typename%7D' },
      'GET with CSRF header': { method: 'GET', headers: { ...auth, 'x-graphql-csrf': '1' }, path: '/graphql?query=%7B__typename%7D' },
      'GET mutation': { method: 'GET', headers: { ...auth, 'x-graphql-csrf': '1' }, path: '/graphql?query=mutation%7B__typename%7D' },
      PUT: { method: 'PUT', headers: { ...json, ...auth }, body: '{}' },
      'preflight': { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' } },
    };
    for (const [name, init] of Object.entries(refusals)) await expectSame(plain, name, init);
  });

  it('a body sent in chunks, under and over the limit', async () => {
    const chunked = (text: string): RequestInit =>
      ({
        method: 'POST',
        headers: { ...json, ...auth },
        body: new ReadableStream({
          start(controller) {
            for (let at = 0; at < text.length; at += 16_384) controller.enqueue(new TextEncoder().encode(text.slice(at, at + 16_384)));
            controller.close();
          },
        }),
        duplex: 'half',
      }) as RequestInit;
    const small = JSON.stringify({ query: '{ __typename }' });
    expect((await expectSame(plain, 'chunked', () => chunked(small))).status).toBe(200);
    const large = JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(150_000) });
    expect((await expectSame(plain, 'chunked over the limit', () => chunked(large))).status).toBe(413);
  });

  it('trusted documents: a persisted id runs, anything else is refused', async () => {
    const hash = (ListApplications as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const known = await expectSame(trusted, 'persisted id', post({ documentId: hash, variables: { limit: 2 } }));
    expect(known.status).toBe(200);
    await expectSame(trusted, 'persisted extension', post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } }, variables: { limit: 2 } }));
    await expectSame(trusted, 'unknown id', post({ documentId: `sha256:${'0'.repeat(64)}` }));
    await expectSame(trusted, 'arbitrary document', post({ query: LIST }));
  });

  it('read cache: a hit carries its ETag on both paths, and a conditional request gets 304', async () => {
    await both(cached, post({ query: LIST }));
    const hit = await expectSame(cached, 'cache hit', post({ query: LIST }));
    expect(hit.headers['etag']).toBeTruthy();
    const notModified = await expectSame(cached, 'if-none-match', post({ query: LIST }, { 'if-none-match': hit.headers['etag']! }));
    expect(notModified.status).toBe(304);
  });

  it('an authenticator that fails', async () => {
    const failed = await expectSame(failingAuth, 'authenticator throws', post({ query: '{ __typename }' }));
    expect(failed.status).toBe(503);
    expect(JSON.parse(failed.body)).toEqual({ errors: [{ message: expect.stringContaining('cannot be authenticated') as unknown, extensions: { code: 'AUTHENTICATION_UNAVAILABLE' } }] });
    expect(failed.body).not.toContain('key set unreachable');
  });

  it('other routes', async () => {
    for (const path of ['/health', '/ready', '/nope']) await expectSame(plain, path, { path });
  });
});
