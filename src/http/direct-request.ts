import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * What Yoga's GraphQL-level hooks and the gateway's context see of a request on the direct path:
 * its URL, method and headers, and a signal that aborts only when the caller goes away before the
 * answer is written. The abort controller is built on first use and never aborted on a normal end
 * (an abort builds a DOMException, which is costly per request).
 */
export class DirectRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  readonly #response: ServerResponse;
  #signal: AbortSignal | undefined;

  constructor(incoming: IncomingMessage, response: ServerResponse, headers: Headers) {
    this.method = incoming.method ?? 'POST';
    this.url = `http://localhost${incoming.url ?? '/'}`;
    this.headers = headers;
    this.#response = response;
  }

  get signal(): AbortSignal {
    this.#signal ??= callerGoneSignal(this.#response);
    return this.#signal;
  }

  /** Yoga's hooks are typed with the fetch API's Request; they read only the members above. */
  asFetchRequest(): Request {
    return this as unknown as Request;
  }
}

/** Aborts when the connection closes before the whole answer was written. */
export function callerGoneSignal(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}
