/** A small node:http server on 127.0.0.1:<random port> that records what the client sent. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Responder = (request: SeenRequest, res: ServerResponse, index: number) => void;

export interface LoopbackServer {
  origin: string;
  port: number;
  seen: SeenRequest[];
  connections: () => number;
  respond: (responder: Responder) => void;
  close: () => Promise<void>;
}

export async function startLoopbackServer(port = 0): Promise<LoopbackServer> {
  const seen: SeenRequest[] = [];
  let connections = 0;
  let responder: Responder = (_request, res) => json(res, 200, {});
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      responder(request, res, seen.length - 1);
    });
  });
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    seen,
    connections: () => connections,
    respond: (next) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  raw(res, status, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });
}

export function raw(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/** A port on which nothing listens (just released). */
export async function closedPort(): Promise<number> {
  const server = await startLoopbackServer();
  await server.close();
  return server.port;
}
