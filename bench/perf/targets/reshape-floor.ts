/**
 * Target (2), the reshape floor: node:http, the gateway's own ClerkClient (same config, same undici
 * pool), a hand-written mapping to the contract's JSON and JSON.stringify. No GraphQL. It answers
 * the gateway's POST /graphql requests by operationName, so load generators send both the same bytes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ClerkClient } from '../../../src/clerk/client.js';
import { loadConfig } from '../../../src/config.js';
import { FLOOR_OPERATIONS } from './floor-operations.js';

const config = loadConfig();
if (config.upstream.mode !== 'clerk') throw new Error('the reshape floor needs CLERK_SECRET_KEY and CLERK_API_URL');

const clerk = new ClerkClient({
  apiUrl: config.upstream.apiUrl,
  secretKey: config.upstream.secretKey,
  apiVersion: config.clerkApiVersion,
  maxCallDurationMs: config.maxCallDurationMs,
  attemptTimeoutMs: config.attemptTimeoutMs,
  rateLimit: config.clerkRateLimit,
  maxConcurrentRequests: config.maxConcurrentRequests,
  maxQueuedRequests: config.maxQueuedRequests,
});

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/graphql-response+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    'cache-control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/health') return answer(res, 200, '{"status":"ok"}');
  if (req.method !== 'POST' || req.url !== '/graphql') return answer(res, 404, '{"errors":[{"message":"not found"}]}');
  const text = await readBody(req, config.maxBodyBytes);
  if (text === null) return answer(res, 413, '{"errors":[{"message":"body too large"}]}');
  const request = JSON.parse(text) as { operationName?: string; variables?: Record<string, unknown> };
  const operation = FLOOR_OPERATIONS[request.operationName ?? ''];
  if (operation === undefined) return answer(res, 400, '{"errors":[{"message":"unknown operation"}]}');
  answer(res, 200, JSON.stringify(await operation(clerk, request.variables ?? {})));
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) answer(res, 500, '{"errors":[{"message":"Unexpected error."}]}');
    else res.destroy();
  });
});
server.listen(config.port, config.host);

const stop = (): void => {
  server.close();
  server.closeAllConnections();
  void clerk.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
