/**
 * The minimal pass-through proxy (a child process; env PORT, UPSTREAM_ORIGIN): node:http piping
 * requests and answers through an undici keep-alive Pool sized like the gateway's, parsing nothing.
 * What one Node hop costs, with no GraphQL and no reshaping.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { Pool } from 'undici';
import { UPSTREAM_CONNECTIONS } from './config.js';

const pool = new Pool(process.env.UPSTREAM_ORIGIN ?? '', { connections: UPSTREAM_CONNECTIONS, keepAliveTimeout: 4_000 });
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'proxy-authorization', 'proxy-connection', 'host']);

function endToEnd(headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase())) kept[name] = value;
  return kept;
}

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '15' });
    return res.end('{"status":"ok"}');
  }
  const method = (req.method ?? 'GET') as 'GET';
  pool
    .stream({ path: req.url ?? '/', method, headers: endToEnd(req.headers), body: method === 'GET' ? null : req }, ({ statusCode, headers }) => {
      res.writeHead(statusCode, endToEnd(headers));
      return res;
    })
    .catch(() => {
      if (res.headersSent) return res.destroy();
      res.writeHead(502, { 'content-length': '0' });
      res.end();
    });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1');

const stop = (): void => {
  server.close();
  server.closeAllConnections();
  void pool.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
