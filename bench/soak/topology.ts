/**
 * The soak's topology, all on loopback in this process:
 *
 *   callers (fetch) → node:http server → createGateway(...) → ClerkClient → emulator (node:http)
 *
 * with three probes that change nothing on the way: the callers tag each GraphQL request with a
 * call id (header `x-soak-call`), carried through the gateway by AsyncLocalStorage; a wrapper around
 * the client's undici transport records what every Clerk attempt met (by call id, operation and
 * application id); and the client's `onAttempt` hook counts logical calls and attempts.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ClerkClient, type AttemptEvent, type ClerkClientOptions } from '../../src/clerk/client.js';
import { createUndiciTransport, TransportError, type HttpResponse, type HttpTransport } from '../../src/clerk/transport.js';
import { createEmulator, type Emulator, type OperationId } from '../../src/emulator/emulator.js';
import { matchRoute } from '../../src/emulator/routes.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway } from '../../src/app.js';

export const SOAK_SECRET_KEY = 'sk_test_soakharnesskey000000000000000000';
export const CALL_ID_HEADER = 'x-soak-call';

/** What one Clerk attempt met, as the client's transport saw it. */
export type AttemptSignature =
  /** The connection closed without an answer (the emulator dropped it). */
  | 'drop'
  /** The attempt timed out (or the call's deadline cut it). */
  | 'timeout'
  /** An answer whose body is not JSON (HTML error page or a truncated body). */
  | 'malformed'
  | 'status500'
  | 'rateLimited'
  /** A 2xx JSON answer. */
  | 'ok2xx'
  /** Any other JSON answer (404, 422...). */
  | 'okOther'
  /** Any other transport failure (response too large, aborted). */
  | 'otherTransport'
  | 'pending';

export interface AttemptObservation {
  /** The soak call id of the GraphQL request this attempt served; null when the context was lost. */
  readonly callId: number | null;
  readonly operationId: OperationId | null;
  /** From the path (get, update, delete, rotate). */
  readonly applicationId: string | null;
  /** From the body of a create. */
  readonly createName: string | null;
  signature: AttemptSignature;
}

export interface AttemptCounters {
  /** attempt === 1 events: Clerk calls the gateway made. */
  logicalCalls: number;
  attempts: number;
  retries: number;
  logicalByOperation: Record<string, number>;
  giveUps: Record<string, number>;
}

export interface Topology {
  readonly emulator: Emulator;
  readonly clerk: ClerkClient;
  readonly graphqlUrl: string;
  readonly observations: AttemptObservation[];
  readonly counters: AttemptCounters;
  /** Errors the gateway's request handler rejected with (there should be none). */
  readonly handlerFailures: string[];
  close(): Promise<void>;
}

export interface TopologyOptions {
  seedRandom: () => number;
  clientRandom: () => number;
  attemptTimeoutMs: number;
  maxCallDurationMs: number;
}

const callContext = new AsyncLocalStorage<{ readonly callId: number | null }>();

export async function startTopology(options: TopologyOptions): Promise<Topology> {
  const emulator = createEmulator({ secretKeys: [SOAK_SECRET_KEY], seed: false, fast: true, random: options.seedRandom });
  const origin = await emulator.listen(0, '127.0.0.1');

  const observations: AttemptObservation[] = [];
  const inner = createUndiciTransport();
  const transport: HttpTransport = async (request) => {
    const route = matchRoute(request.method, new URL(request.url).pathname);
    const operationId = route.kind === 'operation' ? route.operationId : null;
    const observation: AttemptObservation = {
      callId: callContext.getStore()?.callId ?? null,
      operationId,
      applicationId: route.kind === 'operation' ? (route.applicationId ?? null) : null,
      createName: operationId === 'CreateOAuthApplication' ? nameOfBody(request.body) : null,
      signature: 'pending',
    };
    // Recorded when sent: per application and operation, the order is the order of the attempts.
    observations.push(observation);
    try {
      const response = await inner(request);
      observation.signature = signatureOfResponse(response);
      return response;
    } catch (error) {
      observation.signature = signatureOfError(error);
      throw error;
    }
  };

  const counters: AttemptCounters = { logicalCalls: 0, attempts: 0, retries: 0, logicalByOperation: {}, giveUps: {} };
  const onAttempt = (event: AttemptEvent): void => {
    counters.attempts += 1;
    if (event.attempt === 1) {
      counters.logicalCalls += 1;
      counters.logicalByOperation[event.operation] = (counters.logicalByOperation[event.operation] ?? 0) + 1;
    }
    if (event.outcome === 'retry') counters.retries += 1;
    if (event.giveUpReason !== null) counters.giveUps[event.giveUpReason] = (counters.giveUps[event.giveUpReason] ?? 0) + 1;
  };

  // A variable, not a literal: `rateLimit` is passed where the client knows it (the emulator has no
  // limit, so a client-side limiter would only slow the soak) and ignored where it does not.
  const clientOptions: ClerkClientOptions & { rateLimit: 'off' } = {
    apiUrl: origin,
    secretKey: SOAK_SECRET_KEY,
    attemptTimeoutMs: options.attemptTimeoutMs,
    maxCallDurationMs: options.maxCallDurationMs,
    transport,
    random: options.clientRandom,
    onAttempt,
    rateLimit: 'off',
  };
  const clerk = new ClerkClient(clientOptions);
  const handlerFailures: string[] = [];
  // Errors only: a handler failure the listener caught and answered with 500 is still a crash here.
  const failureLog = createLogger({
    level: 'error',
    destination: { write: (line: string) => void handlerFailures.push(line.trim()) },
  });
  const gateway = createGateway({ clerk, callerAuth: { mode: 'none' }, graphiql: false, logger: failureLog });

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers[CALL_ID_HEADER];
    const parsed = typeof header === 'string' ? Number(header) : Number.NaN;
    const callId = Number.isSafeInteger(parsed) ? parsed : null;
    callContext.run({ callId }, () => {
      try {
        gateway.yoga(req, res);
      } catch (error) {
        handlerFailures.push(String(error));
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      }
    });
  });
  // Callers keep their sockets busy; a long idle timeout rules out keep-alive races on the caller side.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    emulator,
    clerk,
    graphqlUrl: `http://127.0.0.1:${port}/graphql`,
    observations,
    counters,
    handlerFailures,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await clerk.close();
      await inner.close();
      await emulator.close();
    },
  };
}

function nameOfBody(body: string | undefined): string | null {
  if (body === undefined) return null;
  try {
    const parsed = JSON.parse(body) as { name?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : null;
  } catch {
    return null;
  }
}

function signatureOfResponse(response: HttpResponse): AttemptSignature {
  try {
    JSON.parse(response.body);
  } catch {
    return 'malformed';
  }
  if (response.status === 429) return 'rateLimited';
  if (response.status === 500) return 'status500';
  if (response.status >= 200 && response.status <= 299) return 'ok2xx';
  return 'okOther';
}

function signatureOfError(error: unknown): AttemptSignature {
  if (error instanceof TransportError) {
    if (error.kind === 'network') return 'drop';
    if (error.kind === 'timeout') return 'timeout';
  }
  return 'otherTransport';
}
