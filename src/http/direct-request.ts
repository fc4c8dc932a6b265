import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/**
 * What Yoga's GraphQL-level hooks and the gateway's context see of a request on the direct path:
 * its URL, method and headers, and a signal that aborts when the caller goes away.
 */
export class DirectRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly #socket: Socket;

  constructor(incoming: IncomingMessage, headers: Headers) {
    this.method = incoming.method ?? 'POST';
    this.url = `http://localhost${incoming.url ?? '/'}`;
    this.headers = headers;
    this.#socket = incoming.socket;
  }

  get signal(): AbortSignal {
    return connectionGoneSignal(this.#socket);
  }

  /** Yoga's hooks are typed with the fetch API's Request; they read only the members above. */
  asFetchRequest(): Request {
    return this as unknown as Request;
  }
}

const signalsBySocket = new WeakMap<Socket, AbortSignal>();

/** One reason for every closed connection: abort() without one builds a DOMException each time. */
const CONNECTION_CLOSED = new DOMException('The caller closed the connection.', 'AbortError');

/**
 * Aborts when the connection closes. One per connection, not per request: an HTTP/1.1 connection
 * answers its requests in order, so a request still running when its connection closes is one
 * whose caller went away, and the requests of a keep-alive connection share one signal instead of
 * building an AbortController each (the cost showed in the profile). Every user lets go when done:
 * Yoga removes its listener, and the Clerk client keeps one for the connection's life and detaches
 * each attempt (src/clerk/caller-abort-fanout.ts; test/server/gateway-listener.test.ts checks both).
 */
export function connectionGoneSignal(socket: Socket): AbortSignal {
  let signal = signalsBySocket.get(socket);
  if (signal === undefined) {
    const controller = new AbortController();
    socket.once('close', () => controller.abort(CONNECTION_CLOSED));
    signal = controller.signal;
    signalsBySocket.set(socket, signal);
  }
  return signal;
}

/** Aborts when the connection closes before the whole answer was written. */
export function callerGoneSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}
