/**
 * The bench upstream: the Clerk emulator (fast mode) behind a thin front that makes Clerk's side
 * cheap enough never to be the bottleneck, and measurable:
 *
 * - Successful GETs are answered from a byte cache after their first answer (a fixed-response
 *   upstream for reads). Writes always run in the emulator.
 * - Every /v1 request is counted per operation, cache hit or not: the upstream calls of the suite.
 * - An optional uniform latency is added to every /v1 request, cached or not.
 *
 * Admin endpoints (loopback only): GET|DELETE /__bench/stats, PUT /__bench/latency,
 * POST /__bench/trim (empties the emulator's store after the write-heavy cells and, when node runs
 * with --expose-gc, collects at once; cached reads stay),
 * GET /__bench/ids, GET /health (200 once seeded).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulator, type Emulator } from '../../../src/emulator/emulator.js';
import { matchRoute, OPERATION_IDS, splitTarget, type OperationId } from '../../../src/emulator/routes.js';
import { BENCH_SECRET_KEY } from '../constants.js';

export interface UpstreamStats {
  total: number;
  byOperation: Record<OperationId, number>;
  /** GETs the emulator itself answered (first sight of a URL); the rest came from the cache. */
  cacheMisses: number;
}

interface CachedAnswer {
  readonly body: Buffer;
  readonly headers: Readonly<Record<string, string>>;
}

const AUTHORIZATION = `Bearer ${BENCH_SECRET_KEY}`;

export interface FastUpstream {
  readonly origin: string;
  readonly emulator: Emulator;
  readonly seededIds: string[];
  close(): Promise<void>;
}

function zeroCounts(): Record<OperationId, number> {
  return Object.fromEntries(OPERATION_IDS.map((id) => [id, 0])) as Record<OperationId, number>;
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(body.length) });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? null : (JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown);
}

export async function startFastUpstream(port: number, seed: (origin: string) => Promise<string[]>): Promise<FastUpstream> {
  const emulator = createEmulator({ fast: true, seed: false, secretKeys: [BENCH_SECRET_KEY] });
  // The emulator's own listener serves cache misses, so a miss is answered exactly as Clerk would.
  const emulatorOrigin = await emulator.listen(0, '127.0.0.1');

  const cache = new Map<string, CachedAnswer>();
  let stats: UpstreamStats = { total: 0, byOperation: zeroCounts(), cacheMisses: 0 };
  let latency: { minMs: number; maxMs: number } | null = null;
  let seededIds: string[] = [];
  // /health says 200 only once seeding and cache warming are done.
  let ready = false;

  async function answerGet(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
    const cached = req.headers.authorization === AUTHORIZATION ? cache.get(url) : undefined;
    if (cached !== undefined) {
      res.writeHead(200, cached.headers);
      res.end(cached.body);
      return;
    }
    stats.cacheMisses += 1;
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'clerk-api-version', 'accept', 'user-agent']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(emulatorOrigin + url, { headers });
    const body = Buffer.from(await answer.arrayBuffer());
    const answerHeaders = { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'content-length': String(body.length) };
    if (answer.status === 200 && req.headers.authorization === AUTHORIZATION) cache.set(url, { body, headers: answerHeaders });
    res.writeHead(answer.status, answerHeaders);
    res.end(body);
  }

  async function admin(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const route = `${req.method ?? 'GET'} ${path}`;
    switch (route) {
      case 'GET /__bench/stats':
        return sendJson(res, 200, stats);
      case 'DELETE /__bench/stats':
        stats = { total: 0, byOperation: zeroCounts(), cacheMisses: 0 };
        return sendJson(res, 200, stats);
      case 'PUT /__bench/latency': {
        const body = (await readJson(req)) as { minMs?: number; maxMs?: number } | null;
        latency = body && typeof body.minMs === 'number' ? { minMs: body.minMs, maxMs: body.maxMs ?? body.minMs } : null;
        return sendJson(res, 200, { latency });
      }
      case 'POST /__bench/trim': {
        emulator.reset();
        (globalThis as { gc?: () => void }).gc?.();
        return sendJson(res, 200, { cachedUrls: cache.size });
      }
      case 'GET /__bench/ids':
        return sendJson(res, 200, seededIds);
      default:
        return sendJson(res, 404, { error: `unknown admin route ${route}` });
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const { path } = splitTarget(url);
    if (path === '/health') return sendJson(res, ready ? 200 : 503, { ready });
    if (path.startsWith('/__bench/')) return admin(req, res, path);
    if (!path.startsWith('/v1/')) return emulator.handler(req, res);

    const method = req.method ?? 'GET';
    const route = matchRoute(method, path);
    stats.total += 1;
    if (route.kind === 'operation') stats.byOperation[route.operationId] += 1;
    if (latency !== null) await sleep(latency.minMs + Math.random() * (latency.maxMs - latency.minMs));
    if (method === 'GET') return answerGet(req, res, url);
    emulator.handler(req, res);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[bench upstream]', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'bench upstream failure' });
      else res.destroy();
    });
  });
  // Load generators open many keep-alive sockets; the defaults would close them between cells.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  seededIds = await seed(origin);
  stats = { total: 0, byOperation: zeroCounts(), cacheMisses: 0 };
  ready = true;

  return {
    origin,
    emulator,
    get seededIds() {
      return seededIds;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await emulator.close();
    },
  };
}
