import { createServer, type Server } from 'node:http';
import type { Gateway } from '../app.js';
import { DEFAULTS } from '../config.js';

export interface RequestTimeouts {
  /** Time to receive a whole request, headers and body. */
  readonly requestTimeoutMs?: number;
  /** Time to receive the headers. */
  readonly headersTimeoutMs?: number;
}

/**
 * node:http serving the gateway. A client that sends its headers or body slowly is answered 408
 * and disconnected once the timeout passes; until then it holds only its own socket, never a slot
 * an honest caller needs. (Node checks the timeouts on an interval, so the cut-off comes up to one
 * interval late.)
 */
export function createGatewayServer(gateway: Gateway, timeouts: RequestTimeouts = {}): Server {
  const requestTimeout = timeouts.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
  const headersTimeout = Math.min(timeouts.headersTimeoutMs ?? DEFAULTS.headersTimeoutMs, requestTimeout);
  return createServer({ requestTimeout, headersTimeout, connectionsCheckingInterval: Math.min(1_000, headersTimeout) }, gateway.yoga);
}
