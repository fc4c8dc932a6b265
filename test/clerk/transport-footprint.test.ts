/**
 * The undici transport loads only undici's Pool module, not the package index (which brings fetch,
 * WebSocket, caches and mocks: ~3 MB more heap for the life of the process); it dispatches on the
 * pool with its own handler. Checked in a fresh process: in this one other test files may have
 * loaded the index already.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const PROBE = `
import { createRequire } from 'node:module';
import { createUndiciTransport } from './src/clerk/transport.ts';
const transport = createUndiciTransport();
const response = await transport({
  method: 'GET',
  url: process.env.PROBE_URL,
  headers: { accept: 'application/json' },
  signal: new AbortController().signal,
});
await transport.close();
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('/node_modules/undici/'));
console.log(JSON.stringify({ status: response.status, body: response.body, loaded }));
`;

let upstream: LoopbackServer | undefined;
afterEach(async () => {
  await upstream?.close();
  upstream = undefined;
});

describe('undici transport footprint', () => {
  it('answers in a process that never loads the undici index', async () => {
    upstream = await startLoopbackServer();
    upstream.respond((_request, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"object":"oauth_application"}');
    });
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE], {
      cwd: ROOT,
      env: { ...process.env, PROBE_URL: `${upstream.origin}/v1/oauth_applications/oa_1` },
    });
    const probe = JSON.parse(stdout.trim().split('\n').at(-1)!) as { status: number; body: string; loaded: string[] };

    expect(probe.status).toBe(200);
    expect(probe.body).toBe('{"object":"oauth_application"}');
    expect(upstream.seen.map((request) => request.url)).toEqual(['/v1/oauth_applications/oa_1']);
    expect(probe.loaded.some((path) => path.endsWith('/lib/dispatcher/pool.js'))).toBe(true);
    expect(probe.loaded.filter((path) => /\/node_modules\/undici\/index\.js$/.test(path))).toEqual([]);
  });
});
