import type { CORSOptions, Plugin } from 'graphql-yoga';

export interface CrossOriginPolicy {
  /** Yoga's `cors` option: CORS headers for listed origins only. */
  readonly cors: (request: Request) => CORSOptions;
  /** Refuses, before anything runs, a request that a page of an unlisted origin sent. */
  readonly plugin: Plugin;
}

/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * Which web pages may call the gateway from a browser: its own (GraphiQL) and those of the origins
 * listed in CORS_ORIGINS, matched exactly (scheme, host and port, as browsers send them). Yoga's
 * default answers every Origin with itself and credentials, so any site could create applications
 * and read their secrets through a browser on a machine that reaches the gateway. Answers to a listed
 * origin name it (never `*`) and allow credentials (a proxy in front may authenticate by cookie); any
 * other origin gets no CORS header, and its requests are refused outright, so that nothing runs even
 * for a request a browser sends without a preflight.
 */
export function crossOriginPolicy(listedOrigins: readonly string[]): CrossOriginPolicy {
  const listed = new Set(listedOrigins);
  return {
    cors(request) {
      const origin = request.headers.get('origin');
      if (origin === null || !listed.has(origin)) return false;
      return {
        origin,
        methods: ['GET', 'POST'],
        // allowedHeaders left out: the headers the preflight asks for are granted to a listed
        // origin (tracing SDKs add their own), and the gateway reads none but its own.
        exposedHeaders: ['x-request-id'],
        credentials: true,
        maxAge: PREFLIGHT_MAX_AGE_SECONDS,
      };
    },
    plugin: {
      onRequest({ request, endResponse }) {
        const origin = request.headers.get('origin');
        if (origin === null || listed.has(origin) || isOwnOrigin(origin, request)) return;
        endResponse(
          Response.json(
            { errors: [{ message: 'Requests from pages of other sites are refused: their origin is not listed in CORS_ORIGINS.', extensions: { code: 'ORIGIN_NOT_ALLOWED' } }] },
            { status: 403 },
          ),
        );
      },
      onResponse({ request, response }) {
        // The answer depends on the Origin: caches along the way must not hand one origin's to another.
        if (request.headers.has('origin')) response.headers.append('vary', 'Origin');
      },
    },
  };
}

/**
 * A page the gateway served itself (GraphiQL) sends its own origin, whose host is the one it was
 * loaded from. The scheme is not compared: behind a proxy that ends TLS the page is https and the
 * gateway sees http. `Origin: null` (sandboxed frames, files) is never the gateway's own.
 */
function isOwnOrigin(origin: string, request: Request): boolean {
  const host = request.headers.get('host');
  if (host === null) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
