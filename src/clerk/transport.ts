/**
 * The HTTP transport under the Clerk client: one function per request, injectable for tests, and a
 * default over undici (one keep-alive Pool per origin, `Pool#request`).
 *
 * The transport reports failures as TransportError, which carries the one fact the retry policy
 * needs for writes: whether the request surely never reached the server.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type Dispatcher, Pool } from 'undici';
import { DEFAULTS } from '../config.js';

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /**
   * Aborted by the client on the caller's abort (any reason) or on the attempt timeout (a reason
   * whose `name` is 'TimeoutError'). The transport must then reject promptly with a TransportError.
   */
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string | undefined>;
  body: string;
}

export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/**
 * - `network`: connection refused, reset, closed, DNS failure…
 * - `timeout`: the attempt timeout fired, or a connect/headers/body timeout inside the transport.
 * - `aborted`: the caller cancelled.
 * - `response_too_large`: the body passed the size cap (a response did arrive: `status` is set).
 */
export type TransportErrorKind = 'network' | 'timeout' | 'aborted' | 'response_too_large';

export interface TransportErrorInit {
  kind: TransportErrorKind;
  /**
   * True only when the request surely did not reach the server: it failed before a byte of it was
   * written (connection refused, connect timeout, DNS, aborted while queued). A write that failed
   * with this false may have been applied.
   */
  surelyNotSent: boolean;
  /** Status of a response whose body could not be read in full; null when no response arrived. */
  status?: number | null;
  /** The underlying error code (e.g. ECONNREFUSED, UND_ERR_SOCKET), for logs and metrics. */
  code?: string | null;
  cause?: unknown;
}

export class TransportError extends Error {
  readonly kind: TransportErrorKind;
  readonly surelyNotSent: boolean;
  readonly status: number | null;
  readonly code: string | null;

  constructor(init: TransportErrorInit) {
    super(transportErrorMessage(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'TransportError';
    this.kind = init.kind;
    this.surelyNotSent = init.surelyNotSent;
    this.status = init.status ?? null;
    this.code = init.code ?? null;
  }
}

/** Reason the client aborts an attempt with when its timeout fires (same name as AbortSignal.timeout). */
export function attemptTimeoutReason(): DOMException {
  return new DOMException('The attempt timed out.', 'TimeoutError');
}

export function isTimeoutReason(reason: unknown): boolean {
  return (reason as { name?: unknown } | null)?.name === 'TimeoutError';
}

function transportErrorMessage(init: TransportErrorInit): string {
  const sent = init.surelyNotSent ? 'request not sent' : 'request may have been sent';
  const code = init.code ? ` (${init.code})` : '';
  return `HTTP transport failure: ${init.kind}, ${sent}${code}`;
}

export interface UndiciTransportOptions {
  /** Response bodies above this many bytes fail with `response_too_large`. Default: DEFAULTS.maxResponseBytes. */
  maxResponseBytes?: number;
  /** Sockets per origin. Default: DEFAULTS.maxConcurrentRequests. */
  connections?: number;
  /** TCP+TLS connect timeout. Default 10 s. */
  connectTimeoutMs?: number;
  /** Idle keep-alive sockets are closed after this (or the server's `Keep-Alive: timeout` hint). Default 4 s. */
  keepAliveTimeoutMs?: number;
}


const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ETIMEDOUT']);

/** Connection pool usage per upstream origin, for metrics. */
export interface PoolUsage {
  readonly origin: string;
  readonly connected: number;
  readonly free: number;
  readonly pending: number;
  readonly running: number;
}

export type UndiciTransport = HttpTransport & { close(): Promise<void>; poolUsage(): PoolUsage[] };

export function createUndiciTransport(options: UndiciTransportOptions = {}): UndiciTransport {
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULTS.maxResponseBytes;
  const pools = new Map<string, Pool>();
  let closed = false;

  function poolFor(origin: string): Pool {
    let pool = pools.get(origin);
    if (pool === undefined) {
      pool = new Pool(origin, {
        connections: options.connections ?? DEFAULTS.maxConcurrentRequests,
        connectTimeout: options.connectTimeoutMs ?? 10_000,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
        // The attempt's own deadline (ClerkClient's attemptTimeoutMs, which runs until the whole body
        // is in) is the only timeout: one clock per attempt, not three.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
      pools.set(origin, pool);
    }
    return pool;
  }

  const transport = (request: HttpRequest): Promise<HttpResponse> =>
    new Promise<HttpResponse>((resolve, reject) => {
      const signal = request.signal;
      if (closed) {
        reject(new TransportError({ kind: 'network', surelyNotSent: true, code: 'CLIENT_CLOSED' }));
        return;
      }
      if (signal.aborted) {
        reject(abortError(signal.reason, true));
        return;
      }
      const url = new URL(request.url);
      const exchange = new Exchange(signal, maxResponseBytes, resolve, reject);
      signal.addEventListener('abort', exchange.onAbort, { once: true });
      try {
        poolFor(url.origin).dispatch(
          { path: url.pathname + url.search, method: request.method, headers: request.headers, body: request.body ?? null },
          exchange,
        );
      } catch (error) {
        exchange.onResponseError(null, error as Error);
      }
    });

  return Object.assign(transport, {
    poolUsage(): PoolUsage[] {
      return [...pools].map(([origin, pool]) => {
        const { connected, free, pending, running } = pool.stats;
        return { origin, connected, free, pending, running };
      });
    },
    async close(): Promise<void> {
      closed = true;
      const open = [...pools.values()];
      pools.clear();
      await Promise.all(open.map((pool) => pool.close()));
    },
  });
}

/**
 * One attempt's exchange with undici, as its dispatch handler: the body is gathered in memory (no
 * stream, no async iterator), and the transport's promise settles once, on the first of the
 * response's end, its failure, the size limit or the caller's signal. `started` turns true when
 * undici is about to write the request on a socket: before that, nothing of it was sent.
 */
class Exchange implements Dispatcher.DispatchHandler {
  private started = false;
  private settled = false;
  private controller: Dispatcher.DispatchController | null = null;
  private status: number | null = null;
  private headers: IncomingHttpHeaders = {};
  private readonly chunks: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly signal: AbortSignal,
    private readonly maxResponseBytes: number,
    private readonly resolve: (response: HttpResponse) => void,
    private readonly reject: (error: TransportError) => void,
  ) {}

  /** Settles at once, whatever undici is doing; a request still queued or connecting counts as not sent. */
  readonly onAbort = (): void => {
    this.fail(abortError(this.signal.reason, !this.started));
    this.controller?.abort(CANCELLED);
  };

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.controller = controller;
    // Aborted while queued: undici drops it here, before a byte is written.
    if (this.settled) controller.abort(CANCELLED);
    else this.started = true;
  }

  onResponseStart(controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (statusCode < 200) return;
    this.status = statusCode;
    this.headers = headers;
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > this.maxResponseBytes) this.tooLarge(controller);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.settled) return;
    this.size += chunk.length;
    if (this.size > this.maxResponseBytes) {
      this.tooLarge(controller);
      return;
    }
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.settled) return;
    this.finish();
    this.resolve({ status: this.status ?? 0, headers: flattenHeaders(this.headers), body: Buffer.concat(this.chunks, this.size).toString('utf8') });
  }

  onResponseError(_controller: Dispatcher.DispatchController | null, error: Error): void {
    this.fail(classify(error, this.started, this.signal, this.status));
  }

  private tooLarge(controller: Dispatcher.DispatchController): void {
    this.fail(new TransportError({ kind: 'response_too_large', surelyNotSent: false, status: this.status }));
    controller.abort(CANCELLED);
  }

  private fail(error: TransportError): void {
    if (this.settled) return;
    this.finish();
    this.reject(error);
  }

  private finish(): void {
    this.settled = true;
    this.signal.removeEventListener('abort', this.onAbort);
  }
}

/** What undici is told when the transport has already settled and drops the exchange; nobody reads it. */
const CANCELLED = new Error('exchange dropped by the transport');

function abortError(reason: unknown, surelyNotSent: boolean): TransportError {
  return new TransportError({
    kind: isTimeoutReason(reason) ? 'timeout' : 'aborted',
    surelyNotSent,
    code: isTimeoutReason(reason) ? 'ATTEMPT_TIMEOUT' : 'ABORTED',
    cause: reason,
  });
}

function classify(error: unknown, started: boolean, signal: AbortSignal, status: number | null): TransportError {
  if (error instanceof TransportError) return error;
  if (signal.aborted) return abortError(signal.reason, !started);
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : null;
  return new TransportError({
    kind: code !== null && TIMEOUT_CODES.has(code) ? 'timeout' : 'network',
    surelyNotSent: !started,
    status,
    code,
    cause: error,
  });
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
