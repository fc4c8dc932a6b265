/**
 * The undici transport over loopback, where its own handling of an exchange decides the outcome:
 * a caller's abort while the request waits for a pooled connection, while it is in flight, and the
 * connection it leaves behind.
 */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createUndiciTransport, TransportError, type HttpRequest, type UndiciTransport } from '../../src/clerk/transport.js';
import { startLoopbackServer, type LoopbackServer } from './loopback-server.js';

let server: LoopbackServer | undefined;
let transport: UndiciTransport | undefined;
afterEach(async () => {
  await transport?.close();
  await server?.close();
  transport = undefined;
  server = undefined;
});

/** A way to cancel one request: `request(path)` builds the GET, `abort(reason)` cancels it. */
interface Cancel {
  request(path: string): HttpRequest;
  abort(reason?: unknown): void;
}

function get(path: string): HttpRequest {
  return { method: 'GET', url: `${server!.origin}${path}`, headers: { accept: 'application/json' }, signal: new AbortController().signal };
}

const cancelThroughSignal = (): Cancel => {
  const controller = new AbortController();
  return { request: (path) => ({ ...get(path), signal: controller.signal }), abort: (reason) => controller.abort(reason) };
};

async function rejection(promise: Promise<unknown>): Promise<TransportError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(TransportError);
  return outcome as TransportError;
}

describe.each([
  { through: 'an AbortSignal', cancellable: cancelThroughSignal },
])('undici transport exchanges, cancelled through $through', ({ cancellable }) => {
  it('drops a request aborted while it waits for a pooled connection: never written, surely not sent', async () => {
    server = await startLoopbackServer();
    const held: ServerResponse[] = [];
    server.respond((request, res) => {
      if (request.url === '/hold') held.push(res);
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    transport = createUndiciTransport({ connections: 1 });

    const first = transport(get('/hold'));
    while (held.length === 0) await sleep(5);
    const cancel = cancellable();
    const queued = transport(cancel.request('/queued'));
    await sleep(20);
    cancel.abort();
    const error = await rejection(queued);
    expect(error).toMatchObject({ kind: 'aborted', surelyNotSent: true });

    held[0]!.writeHead(200, { 'content-type': 'application/json' }).end('{"first":true}');
    expect(await first).toMatchObject({ status: 200, body: '{"first":true}' });
    expect(await transport(get('/after'))).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(server.seen.map((request) => request.url)).toEqual(['/hold', '/after']);
  });

  it('frees the connection of a request aborted in flight for the next one', async () => {
    server = await startLoopbackServer();
    server.respond((request, res) => {
      if (request.url !== '/hold') res.writeHead(200, { 'content-type': 'application/json', 'x-part': 'a' }).end('{"ok":true}');
    });
    transport = createUndiciTransport({ connections: 1 });

    const cancel = cancellable();
    const inFlight = transport(cancel.request('/hold'));
    while (server.seen.length === 0) await sleep(5);
    cancel.abort();
    const error = await rejection(inFlight);
    expect(error).toMatchObject({ kind: 'aborted', surelyNotSent: false });

    const next = await transport(get('/next'));
    expect(next).toMatchObject({ status: 200, body: '{"ok":true}' });
    expect(next.headers['x-part']).toBe('a');
  });

  it('answers a timeout reason as a timeout, and a body cut off after its headers as a network failure with the status', async () => {
    server = await startLoopbackServer();
    server.respond((request, res) => {
      if (request.url === '/cut') {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"partial":');
        setTimeout(() => res.socket?.destroy(), 10);
      }
    });
    transport = createUndiciTransport();

    const timeout = cancellable();
    const slow = transport(timeout.request('/slow'));
    while (server.seen.length === 0) await sleep(5);
    timeout.abort(new DOMException('The attempt timed out.', 'TimeoutError'));
    expect(await rejection(slow)).toMatchObject({ kind: 'timeout', surelyNotSent: false, code: 'ATTEMPT_TIMEOUT' });

    expect(await rejection(transport(cancellable().request('/cut')))).toMatchObject({ kind: 'network', surelyNotSent: false, status: 200 });
  });
});
