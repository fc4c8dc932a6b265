import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulator } from '../../src/emulator/emulator.js';
import { rawRequest, rawSocket, startEmulator, TEST_KEY, type Harness } from './helpers.js';

let h: Harness;
let failNow = false;

beforeAll(async () => {
  h = await startEmulator({
    now: () => {
      if (failNow) throw new Error('clock failure');
      return Date.now();
    },
  });
});
afterAll(() => h.close());

const auth = { Authorization: `Bearer ${TEST_KEY}` };

async function stillServes(): Promise<void> {
  const res = await h.api('GET', '/v1/oauth_applications');
  expect(res.status).toBe(200);
}

describe('garbage input never crashes the emulator', () => {
  it('answers an undecodable id with 404 and a bad query encoding with 422', async () => {
    const badId = await rawRequest(h.origin, { method: 'GET', path: '/v1/oauth_applications/%ZZ%', headers: auth });
    expect(badId.status).toBe(404);
    expect(JSON.parse(badId.body).errors[0].code).toBe('resource_not_found');
    const badQuery = await rawRequest(h.origin, { method: 'GET', path: '/v1/oauth_applications?limit=%ZZ', headers: auth });
    expect(badQuery.status).toBe(422);
    const nul = await rawRequest(h.origin, { method: 'GET', path: '/v1/oauth_applications/oa_%00', headers: auth });
    expect(nul.status).toBe(404);
    await stillServes();
  });

  it('survives a malformed request line and oversized headers', async () => {
    const garbage = await rawSocket(h.origin, 'THIS IS NOT HTTP\r\n\r\n');
    expect(garbage).toMatch(/^HTTP\/1\.1 400/);
    const huge = await rawSocket(
      h.origin,
      `GET /v1/oauth_applications HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`,
    );
    expect(huge).toMatch(/^HTTP\/1\.1 431/);
    await stillServes();
  });

  it('survives binary garbage in header values', async () => {
    const res = await rawSocket(
      h.origin,
      Buffer.concat([
        Buffer.from('GET /v1/oauth_applications HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer '),
        Buffer.from([0xff, 0xfe, 0x80]),
        Buffer.from('\r\n\r\n'),
      ]),
    );
    expect(res).toMatch(/^HTTP\/1\.1 (400|401)/);
    await stillServes();
  });

  it('survives a client that aborts in the middle of a body, and applies nothing', async () => {
    const before = h.emulator.state().applications.length;
    const partial = `POST /v1/oauth_applications HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":"half`;
    // Half-closed mid-body: Node's parser answers 400 itself; the operation never runs.
    const out = await rawSocket(h.origin, partial, true, 1000);
    expect(out).toMatch(/^HTTP\/1\.1 400/);
    expect(out).not.toContain('oauth_application');
    expect(h.emulator.state().applications.length).toBe(before);
    await stillServes();
  });

  it('survives a client that disappears in the middle of a body', async () => {
    const before = h.emulator.state().applications.length;
    const url = new URL(h.origin);
    const socket = connect(Number(url.port), url.hostname);
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.on('connect', resolve));
    socket.write(
      `PATCH /v1/oauth_applications/oa_2O4BCh3zUONvWlZHtBXv6s6tm7u HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\nContent-Length: 5000\r\n\r\n{"name":`,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(h.emulator.state().applications.length).toBe(before);
    await stillServes();
  });

  it('serves an absolute-form request target and pipelined requests', async () => {
    const request = (path: string) => `GET ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TEST_KEY}\r\n\r\n`;
    const out = await rawSocket(
      h.origin,
      request('http://api.clerk.test/v1/oauth_applications') + request('/v1/nothing') + request('/v1/oauth_applications').replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n'),
    );
    const statuses = [...out.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]);
    expect(statuses).toEqual(['200', '404', '200']);
  });

  it('rejects deeply nested and prototype-polluting JSON safely', async () => {
    const nested = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect((await h.api('POST', '/v1/oauth_applications', { rawBody: nested })).status).toBe(400);
    const nestedName = `{"name":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    expect((await h.api('POST', '/v1/oauth_applications', { rawBody: nestedName })).status).toBe(422);
    const proto = await h.api('POST', '/v1/oauth_applications', {
      rawBody: '{"name":"Proto","__proto__":{"public":true,"name":"Evil"}}',
    });
    expect(proto.status).toBe(200);
    expect(proto.json.name).toBe('Proto');
    expect(proto.json.public).toBe(false);
    expect(({} as Record<string, unknown>).public).toBeUndefined();
    const patch = await h.api('PATCH', `/v1/oauth_applications/${proto.json.id}`, {
      rawBody: '{"constructor":{"prototype":{"x":1}},"__proto__":{}}',
    });
    expect(patch.status).toBe(422);
    expect(patch.json.errors.map((e: { meta: { param_name: string } }) => e.meta.param_name)).toEqual(['constructor', '__proto__']);
  });

  it('answers HEAD and OPTIONS with 405 and no crash', async () => {
    const head = await rawRequest(h.origin, { method: 'HEAD', path: '/v1/oauth_applications', headers: auth });
    expect(head.status).toBe(405);
    expect(head.body).toBe('');
    const options = await rawRequest(h.origin, { method: 'OPTIONS', path: '/v1/oauth_applications', headers: auth });
    expect(options.status).toBe(405);
  });

  it('answers an unexpected exception with 500 internal_clerk_error and keeps serving', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      failNow = true;
      const res = await h.api('POST', '/v1/oauth_applications', { body: { name: 'Boom' } });
      expect(res.status).toBe(500);
      expect(res.json.errors[0].code).toBe('internal_clerk_error');
      expect(log).toHaveBeenCalled();
    } finally {
      failNow = false;
      log.mockRestore();
    }
    await stillServes();
  });

  it('handles many concurrent requests', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        i % 2 === 0
          ? h.api('POST', '/v1/oauth_applications', { body: { name: `Concurrent ${i}` } })
          : h.api('GET', '/v1/oauth_applications?limit=5'),
      ),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const ids = results.filter((_, i) => i % 2 === 0).map((r) => r.json.id);
    expect(new Set(ids).size).toBe(50);
  });

  it('works as a handler inside another server and rejects a second listen', async () => {
    const { createServer } = await import('node:http');
    const emulator = createEmulator({ secretKeys: [TEST_KEY] });
    const server = createServer(emulator.handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const res = await fetch(`http://127.0.0.1:${port}/v1/oauth_applications`, { headers: auth });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ data: [], total_count: 0 });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    const origin = await emulator.listen(0);
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(emulator.listen(0)).rejects.toThrow(/already listening/);
    await emulator.close();
  });
});
