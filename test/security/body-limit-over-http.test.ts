import { request as httpRequest } from 'node:http';
import { createGatewayServer } from '../../src/http/gateway-server.js';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

/** The body limit holds on a real socket too, also when no Content-Length announces the size. */
let harness: GatewayHarness;
let server: ReturnType<typeof createGatewayServer>;
let port: number;

beforeAll(async () => {
  harness = await startGatewayHarness();
  server = createGatewayServer(harness.gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await harness.close();
});

/** The server may answer and close before the upload ends; the answer is what counts. */
function postChunked(chunks: readonly string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answer: { status: number; body: string } | undefined;
    const outgoing = httpRequest({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (incoming) => {
      answer = { status: incoming.statusCode ?? 0, body: '' };
      incoming.on('data', (chunk: Buffer) => (answer!.body += chunk.toString()));
      incoming.on('end', () => resolve(answer!));
      incoming.on('error', () => resolve(answer!));
    });
    outgoing.on('error', (error) => (answer ? resolve(answer) : reject(error)));
    // Paced like a real upload, so the early answer is read before the server closes the socket.
    void (async () => {
      for (const chunk of chunks) {
        if (answer || outgoing.destroyed) return;
        outgoing.write(chunk);
        await new Promise((resume) => setTimeout(resume, 2));
      }
      outgoing.end();
    })();
  });
}

describe('request body limit over HTTP', () => {
  it('answers 413 to a chunked body beyond the limit, and the server keeps serving', async () => {
    const padding = Array.from({ length: 200 }, () => 'x'.repeat(1024));
    const oversized = await postChunked(['{"query":"{ __typename }","variables":{"pad":"', ...padding, '"}}']);
    expect(oversized.status).toBe(413);
    expect(oversized.body).toContain('Request body too large');

    const normal = await postChunked(['{"query":"{ __typename }"}']);
    expect(normal).toEqual({ status: 200, body: '{"data":{"__typename":"Query"}}' });
  });
});
