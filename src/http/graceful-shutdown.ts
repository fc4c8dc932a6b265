import type { Server } from 'node:http';

/** How often, while closing, connections that have become idle are closed. */
const IDLE_SWEEP_MS = 50;

/**
 * Stops accepting connections, lets in-flight requests finish, and after the grace period closes
 * whatever is left. Resolves when the server has closed.
 *
 * Idle keep-alive connections close at once, and so does each connection whose last answer is
 * written while closing: node:http closes idle connections only when `close()` is called, and
 * leaves one that finishes later to its keep-alive timeout (6 s by default), which would hold the
 * process that long for every caller that keeps its connection open.
 */
export function closeGracefully(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const forced = setTimeout(() => server.closeAllConnections(), graceMs);
    forced.unref();
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    sweep.unref();
    server.close(() => {
      clearTimeout(forced);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
