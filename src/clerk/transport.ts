/**
 * The HTTP transport under the Clerk client: one function per request, injectable for tests, and a
 * default over undici (one keep-alive Pool per origin, `Pool#request`).
 *
 * The transport reports failures as TransportError, which carries the one fact the retry policy
 * needs for writes: whether the request surely never reached the server.
 */
import type { Dispatcher, Pool as UndiciPool } from 'undici';
// Only the Pool and request modules: undici's index loads all of undici (fetch, WebSocket, caches,
// mocks), which stays on the heap for the life of the process (5.1 MB against 2.0 MB after a full
// GC; every full collection marks it) and adds ~45 ms to start. undici has no exports map, so these
// paths are public; the lockfile pins the version and the HTTP tests run through them.
import Pool from 'undici/lib/dispatcher/pool.js';
import undiciRequest from 'undici/lib/api/api-request.js';

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
  /** Response bodies above this many bytes fail with `response_too_large`. Default 5 MB. */
  maxResponseBytes?: number;
  /** Sockets per origin. Default 64. */
  connections?: number;
  /** TCP+TLS connect timeout. Default 10 s. */
  connectTimeoutMs?: number;
  /** Idle keep-alive sockets are closed after this (or the server's `Keep-Alive: timeout` hint). Default 4 s. */
  keepAliveTimeoutMs?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

const kProbe = Symbol('clerk.requestProbe');

/** Set when undici hands the request to a socket: from then on its bytes may reach the server. */
interface RequestProbe {
  started: boolean;
}

type ProbedRequestOptions = Dispatcher.RequestOptions & { [kProbe]?: RequestProbe };

/**
 * undici calls a handler's `onRequestStart` synchronously right before it writes the request line
 * on a connected socket (client-h1 `writeH1`). Every failure before that (connect refused or timed
 * out, DNS, TLS, aborted while queued) is one where the request surely did not leave the process.
 */
const probeInterceptor: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
  const probe = (opts as ProbedRequestOptions)[kProbe];
  if (probe === undefined) return dispatch(opts, handler);
  return dispatch(opts, {
    onRequestStart: (controller, context) => {
      probe.started = true;
      handler.onRequestStart?.(controller, context);
    },
    onRequestUpgrade: (controller, statusCode, headers, socket) =>
      handler.onRequestUpgrade?.(controller, statusCode, headers, socket),
    onResponseStart: (controller, statusCode, headers, statusMessage) =>
      handler.onResponseStart?.(controller, statusCode, headers, statusMessage),
    onResponseData: (controller, chunk) => handler.onResponseData?.(controller, chunk),
    onResponseEnd: (controller, trailers) => handler.onResponseEnd?.(controller, trailers),
    onResponseError: (controller, error) => handler.onResponseError?.(controller, error),
  });
};

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
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const dispatchers = new Map<string, { pool: UndiciPool; dispatcher: Dispatcher.ComposedDispatcher }>();
  let closed = false;

  function dispatcherFor(origin: string): Dispatcher.ComposedDispatcher {
    let entry = dispatchers.get(origin);
    if (entry === undefined) {
      const pool = new Pool(origin, {
        connections: options.connections ?? 64,
        connectTimeout: options.connectTimeoutMs ?? 10_000,
        keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000,
      });
      entry = { pool, dispatcher: pool.compose(probeInterceptor) };
      dispatchers.set(origin, entry);
    }
    return entry.dispatcher;
  }

  async function send(request: HttpRequest, probe: RequestProbe, state: { status: number | null }): Promise<HttpResponse> {
    const url = new URL(request.url);
    const requestOptions: ProbedRequestOptions = {
      path: url.pathname + url.search,
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: request.signal,
      [kProbe]: probe,
    };
    const response = await undiciRequest.call(dispatcherFor(url.origin), requestOptions);
    state.status = response.statusCode;
    const declared = Number(response.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxResponseBytes) {
      // Destroying an unread body emits an abort error on it; nobody else listens.
      response.body.on('error', () => undefined).destroy();
      throw new TransportError({ kind: 'response_too_large', surelyNotSent: false, status: response.statusCode });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of response.body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxResponseBytes) {
        response.body.destroy();
        throw new TransportError({ kind: 'response_too_large', surelyNotSent: false, status: response.statusCode });
      }
      chunks.push(chunk);
    }
    return { status: response.statusCode, headers: flattenHeaders(response.headers), body: Buffer.concat(chunks).toString('utf8') };
  }

  const transport = (request: HttpRequest): Promise<HttpResponse> =>
    new Promise<HttpResponse>((resolve, reject) => {
      const { signal } = request;
      const probe: RequestProbe = { started: false };
      if (closed) {
        reject(new TransportError({ kind: 'network', surelyNotSent: true, code: 'CLIENT_CLOSED' }));
        return;
      }
      if (signal.aborted) {
        reject(abortError(signal.reason, true));
        return;
      }
      // Settle on abort at once, whatever undici is doing: `started` is read at this moment, so a
      // request aborted while still queued or connecting counts as not sent.
      const onAbort = (): void => reject(abortError(signal.reason, !probe.started));
      signal.addEventListener('abort', onAbort, { once: true });
      const state = { status: null as number | null };
      send(request, probe, state).then(
        (response) => {
          signal.removeEventListener('abort', onAbort);
          resolve(response);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(classify(error, probe, signal, state.status));
        },
      );
    });

  return Object.assign(transport, {
    poolUsage(): PoolUsage[] {
      return [...dispatchers].map(([origin, { pool }]) => {
        const { connected, free, pending, running } = pool.stats;
        return { origin, connected, free, pending, running };
      });
    },
    async close(): Promise<void> {
      closed = true;
      const pools = [...dispatchers.values()].map((entry) => entry.pool);
      dispatchers.clear();
      await Promise.all(pools.map((pool) => pool.close()));
    },
  });
}

function abortError(reason: unknown, surelyNotSent: boolean): TransportError {
  return new TransportError({
    kind: isTimeoutReason(reason) ? 'timeout' : 'aborted',
    surelyNotSent,
    code: isTimeoutReason(reason) ? 'ATTEMPT_TIMEOUT' : 'ABORTED',
    cause: reason,
  });
}

function classify(error: unknown, probe: RequestProbe, signal: AbortSignal, status: number | null): TransportError {
  if (error instanceof TransportError) return error;
  if (signal.aborted) return abortError(signal.reason, !probe.started);
  const code = typeof (error as { code?: unknown } | null)?.code === 'string' ? (error as { code: string }).code : null;
  return new TransportError({
    kind: code !== null && TIMEOUT_CODES.has(code) ? 'timeout' : 'network',
    surelyNotSent: !probe.started,
    status,
    code,
    cause: error,
  });
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
