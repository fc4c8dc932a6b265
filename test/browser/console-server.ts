import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';

/**
 * examples/admin-console as it ships: built for production with its own vite.config.ts, then served
 * by `vite preview`, whose proxy passes /graphql to the given gateway (the page stays same-origin).
 */
const CONSOLE_ROOT = fileURLToPath(new URL('../../examples/admin-console/', import.meta.url));

export interface ConsoleServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function buildAndServeConsole(gatewayOrigin: string): Promise<ConsoleServer> {
  // vite.config.ts reads it when loaded, by build() and by preview() alike.
  process.env['GATEWAY_ORIGIN'] = gatewayOrigin;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({ root: CONSOLE_ROOT, mode: 'production', logLevel: 'warn' });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  const server: PreviewServer = await preview({ root: CONSOLE_ROOT, logLevel: 'warn', preview: { port: 0, strictPort: true, open: false } });
  const { port } = server.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => server.close(),
  };
}
