import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Gateway } from '../../src/app.js';
import { createGatewayServer, type RequestTimeouts } from '../../src/http/gateway-server.js';

export interface ServedGateway {
  readonly server: Server;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** fetch() against the served gateway: `path` starts with `/`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** Serves a gateway on an ephemeral loopback port, as main.ts does. */
export async function serveGateway(gateway: Gateway, timeouts?: RequestTimeouts): Promise<ServedGateway> {
  const server = createGatewayServer(gateway, timeouts);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    server,
    origin,
    fetch: (path, init) => fetch(`${origin}${path}`, init),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface OneAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string;
}

/** Serves a gateway for one request over loopback HTTP and reads the whole answer. */
export async function requestOnce(gateway: Gateway, path: string, init?: RequestInit): Promise<OneAnswer> {
  const served = await serveGateway(gateway);
  try {
    const response = await served.fetch(path, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  } finally {
    await served.close();
  }
}
