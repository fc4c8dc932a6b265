/**
 * Target (3), the floor for one Node hop: node:http piping requests and answers through an undici
 * keep-alive Pool (sized like the gateway's) without parsing anything. Env: PORT, UPSTREAM_ORIGIN.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { Pool } from 'undici';
import { UPSTREAM_CONNECTIONS } from '../constants.js';

const port = Number(process.env.PORT ?? '0');
const upstreamOrigin = process.env.UPSTREAM_ORIGIN ?? '';
const pool = new Pool(upstreamOrigin, { connections: UPSTREAM_CONNECTIONS, keepAliveTimeout: 4_000 });

// Hop-by-hop headers belong to one connection and must not be forwarded.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-connection', 'host']);

function endToEnd(headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) kept[name] = value;
  }
  return kept;
}

function forward(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '15' });
    res.end('{"status":"ok"}');
    return;
  }
  const method = (req.method ?? 'GET') as 'GET';
  pool
    .stream(
      { path: req.url ?? '/', method, headers: endToEnd(req.headers), body: method === 'GET' || (method as string) === 'HEAD' ? null : req },
      ({ statusCode, headers }) => {
        res.writeHead(statusCode, endToEnd(headers));
        return res;
      },
    )
    .catch(() => {
      if (!res.headersSent) {
        res.writeHead(502, { 'content-length': '0' });
        res.end();
      } else res.destroy();
    });
}

const server = createServer(forward);
server.listen(port, '127.0.0.1');

const stop = (): void => {
  server.close();
  server.closeAllConnections();
  void pool.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
