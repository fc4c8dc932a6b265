/**
 * The upstream stand-in (a child process: `node upstream.js <port>`): the Clerk emulator, seeded with
 * SEEDED_APPLICATIONS varied applications, behind a front that answers repeated GETs from a byte
 * cache, so that Clerk's side is never the bottleneck. Every /v1 request is counted (upstream calls
 * per operation are counted where Clerk would count them) and timed from arrival to answer, and may
 * be delayed by a uniform added latency.
 *
 * Admin routes: GET /health (200 once seeded), GET /__bench/ids (seeded ids, oldest first),
 * GET /__bench/stats and DELETE /__bench/stats (calls and service-time percentiles since the last
 * reset), PUT /__bench/latency ({minMs, maxMs}, or {} for none).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createEmulator } from '../../src/emulator/emulator.js';
import { BENCH_SECRET_KEY, CLERK_API_VERSION, percentile, SEEDED_APPLICATIONS } from './config.js';
import { LIST_PATH } from './workloads.js';

export interface UpstreamStats {
  readonly calls: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const AUTHORIZATION = `Bearer ${BENCH_SECRET_KEY}`;
const HEADERS = { authorization: AUTHORIZATION, 'clerk-api-version': CLERK_API_VERSION, 'content-type': 'application/json' };
const SCOPES = ['profile email', 'openid profile email offline_access', 'profile email public_metadata', 'openid email'];
const MAX_TIMINGS = 2_000_000;

const emulator = createEmulator({ fast: true, seed: false, secretKeys: [BENCH_SECRET_KEY] });
const emulatorOrigin = await emulator.listen(0, '127.0.0.1');
const cache = new Map<string, { body: Buffer; headers: Record<string, string> }>();
let calls = 0;
let timings: number[] = [];
let latency: { minMs: number; maxMs: number } | null = null;
let ids: string[] = [];
let ready = false;

function json(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
}

function stats(): UpstreamStats {
  const sorted = Float64Array.from(timings).sort();
  return { calls, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
}

async function clerkCall(req: IncomingMessage, res: ServerResponse, url: string): Promise<void> {
  const arrived = performance.now();
  calls += 1;
  // Timed only under added latency, the one phase that reads the figures.
  if (latency !== null && timings.length < MAX_TIMINGS) res.once('finish', () => timings.push(performance.now() - arrived));
  if (latency !== null) await sleep(latency.minMs + Math.random() * (latency.maxMs - latency.minMs));
  const cached = req.method === 'GET' && req.headers.authorization === AUTHORIZATION ? cache.get(url) : undefined;
  if (cached !== undefined) {
    res.writeHead(200, cached.headers);
    res.end(cached.body);
  } else if (req.method === 'GET') {
    // A miss is answered by the emulator itself, exactly as Clerk would, and kept when it succeeded.
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'clerk-api-version', 'accept']) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(emulatorOrigin + url, { headers });
    const body = Buffer.from(await answer.arrayBuffer());
    const answerHeaders = { 'content-type': answer.headers.get('content-type') ?? 'application/json', 'content-length': String(body.length) };
    if (answer.status === 200 && headers.authorization === AUTHORIZATION) cache.set(url, { body, headers: answerHeaders });
    res.writeHead(answer.status, answerHeaders);
    res.end(body);
  } else {
    emulator.handler(req, res);
  }
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = req.url ?? '/';
  if (url.startsWith('/v1/')) return clerkCall(req, res, url);
  switch (`${req.method} ${url}`) {
    case 'GET /health':
      return json(res, ready ? 200 : 503, { ready });
    case 'GET /__bench/ids':
      return json(res, 200, ids);
    case 'GET /__bench/stats':
      return json(res, 200, stats());
    case 'DELETE /__bench/stats':
      calls = 0;
      timings = [];
      return json(res, 200, {});
    case 'PUT /__bench/latency': {
      const body = await readJson(req);
      latency = typeof body.minMs === 'number' && typeof body.maxMs === 'number' ? { minMs: body.minMs, maxMs: body.maxMs } : null;
      return json(res, 200, { latency });
    }
    default:
      return json(res, 404, { error: `no route ${req.method} ${url}` });
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    console.error('[bench upstream]', error);
    if (!res.headersSent) json(res, 500, { error: 'bench upstream failure' });
    else res.destroy();
  });
});
server.keepAliveTimeout = 60_000;
await new Promise<void>((resolve) => server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// Seeded through the API, varied, then every URL the workloads read is read once: it is cached from then on.
for (let index = 0; index < SEEDED_APPLICATIONS; index += 1) {
  const host = `app-${index}.example.com`;
  const application = {
    name: `Bench Application ${String(index).padStart(2, '0')}`,
    redirect_uris: index % 3 === 0 ? [`https://${host}/oauth/callback`, 'http://localhost:3000/callback'] : [`https://${host}/oauth/callback`],
    scopes: SCOPES[index % SCOPES.length],
    consent_screen_enabled: index % 4 !== 0,
    pkce_required: index % 2 === 0,
    public: index % 5 === 0,
  };
  const answer = await fetch(`${origin}/v1/oauth_applications`, { method: 'POST', headers: HEADERS, body: JSON.stringify(application) });
  if (answer.status !== 200) throw new Error(`seeding failed: HTTP ${answer.status} ${await answer.text()}`);
  ids.push(((await answer.json()) as { id: string }).id);
}
for (const path of [LIST_PATH, ...ids.map((id) => `/v1/oauth_applications/${id}`)]) {
  const answer = await fetch(origin + path, { headers: HEADERS });
  if (answer.status !== 200) throw new Error(`warming ${path} failed: HTTP ${answer.status}`);
  await answer.arrayBuffer();
}
calls = 0;
timings = [];
ready = true;

const stop = (): void => {
  server.closeAllConnections();
  server.close(() => void emulator.close().finally(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
