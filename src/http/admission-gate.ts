import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Bounds the GraphQL requests the server works on at once by not reading more of them.
 *
 * When a GraphQL answer finishes while the server is at its limit, that keep-alive connection is
 * paused, so the caller's next request waits in the kernel's socket buffer, where it costs no heap,
 * instead of being parsed into objects that only wait for a slot. Requests that wait in the heap
 * long enough to outlive a couple of young-generation collections are promoted, and the full
 * collections that follow cost more CPU per request the longer the queue: with 200 callers and no
 * bound, list throughput on one core fell to about 60% of what 50 callers got. Paused connections
 * are read again, oldest first, as answers finish.
 *
 * The bound is soft, and only for callers that keep their connection: a new connection's first
 * request is read at once (a health probe or a new client is never queued behind the crowd), as
 * are requests already read from a connection (pipelined ones), and a connection whose last
 * request was not GraphQL (metrics, health, GraphiQL) is not held.
 */
export interface AdmissionGate {
  /** Requests read and not yet answered. */
  readonly inProgress: number;
  /** Connections held unread. */
  readonly parked: number;
  /**
   * Stops holding connections back, for shutdown. Resolves once every connection it read again has
   * sent its waiting request (or shown it had none), so closing idle connections spares them.
   */
  open(): Promise<void>;
}

/**
 * A connection read again counts against the bound until its request arrives. One whose client
 * sent nothing (an idle keep-alive connection, or one its client closed while it was held) stops
 * counting after this long, so it cannot keep the connections behind it waiting.
 */
const SILENCE_MS = 10;
const KEEP_ALIVE_MARGIN_MS = 1_000;

export interface AdmissionOptions {
  /** Requests read and not yet answered past which connections are held. */
  readonly limit: number;
  /** Whether a connection whose answer to `request` finishes at the limit is held (the heavy requests). */
  readonly holdsAfter: (request: IncomingMessage) => boolean;
}

export function gateAdmissions(server: Server, listener: RequestListener, { limit, holdsAfter }: AdmissionOptions): AdmissionGate {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError('gateAdmissions: limit must be a positive integer');
  let bound = limit;
  let inProgress = 0;
  // Insertion order is the order to read them again in.
  const parked = new Set<Socket>();
  const readAgain = new Map<Socket, NodeJS.Timeout>();
  let onSettled: (() => void) | null = null;

  const full = () => inProgress + readAgain.size >= bound;

  const park = (socket: Socket) => {
    if (socket.destroyed || parked.has(socket)) return;
    parked.add(socket);
    // Node arms the keep-alive timeout when an answer finishes; a connection we hold must not be
    // closed by it while its request waits unread.
    socket.setTimeout(0);
    socket.pause();
  };

  const stopWaitingFor = (socket: Socket) => {
    const timer = readAgain.get(socket);
    if (timer === undefined) return;
    clearTimeout(timer);
    readAgain.delete(socket);
    if (readAgain.size === 0) onSettled?.();
  };

  const pump = () => {
    for (const socket of parked) {
      if (full()) return;
      parked.delete(socket);
      if (socket.destroyed) continue;
      // Back to the keep-alive timeout, with the second node:http adds to it (clients are told the
      // bare value); Node clears it again when the next request arrives.
      if (server.keepAliveTimeout > 0) socket.setTimeout(server.keepAliveTimeout + KEEP_ALIVE_MARGIN_MS);
      readAgain.set(
        socket,
        setTimeout(() => {
          stopWaitingFor(socket);
          pump();
        }, SILENCE_MS),
      );
      socket.resume();
    }
  };

  server.on('connection', (socket: Socket) => {
    socket.once('close', () => {
      parked.delete(socket);
      stopWaitingFor(socket);
      pump();
    });
  });

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    inProgress++;
    stopWaitingFor(socket);
    // A request may still arrive on a parked connection (read before the pause took effect).
    parked.delete(socket);
    const holds = holdsAfter(request);
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      inProgress--;
      if (holds && full() && !response.destroyed && !socket.destroyed) park(socket);
      else pump();
    };
    response.once('finish', settle);
    response.once('close', settle);
    listener(request, response);
  });

  return {
    get inProgress() {
      return inProgress;
    },
    get parked() {
      return parked.size;
    },
    async open() {
      bound = Infinity;
      pump();
      if (readAgain.size > 0) await new Promise<void>((resolve) => (onSettled = resolve));
      onSettled = null;
    },
  };
}
