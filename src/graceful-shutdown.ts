import type { Server } from 'node:http';

/**
 * Stops accepting connections, lets in-flight requests finish (idle keep-alive sockets close at
 * once), and after the grace period closes whatever is left. Resolves when the server has closed.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const forced = setTimeout(() => server.closeAllConnections(), graceMs);
    forced.unref();
    server.close(() => {
      clearTimeout(forced);
      resolve();
    });
    server.closeIdleConnections();
  });
}
