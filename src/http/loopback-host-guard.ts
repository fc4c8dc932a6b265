import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/** A loopback name with any port, as a browser writes it in Host: no other name can be rebound. */
const LOOPBACK_HOST = /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/i;

/**
 * DNS rebinding: a page of attacker.example re-points its own name at 127.0.0.1 and, to the browser,
 * calls the gateway on loopback from its own origin, past CORS. What gives it away is the Host
 * header, which still names attacker.example. While callers are unauthenticated on loopback (the
 * embedded emulator's default), every request must name a loopback host; a caller that must
 * authenticate gives such a page nothing to use, so the check is off then.
 *
 * `/health` is answered before this plugin runs, to any name: it holds nothing, and probes name
 * whatever address they dial. GraphiQL's page is also served before plugins run, so its options
 * are withheld from refused hosts with `forLoopbackHostsOnly`.
 */
export function useLoopbackHostGuard(): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (isLoopbackHost(request)) return;
      endResponse(
        Response.json(
          {
            errors: [
              {
                message:
                  'This gateway serves unauthenticated callers on loopback only: address it as localhost, 127.0.0.1 or [::1]. Requests naming another host (as a page rebinding its own name would) are refused.',
                extensions: { code: 'HOST_NOT_ALLOWED' },
              },
            ],
          },
          { status: 403 },
        ),
      );
    },
  };
}

/** Yoga's GraphiQL options, or a factory giving them only to requests that name a loopback host. */
export function forLoopbackHostsOnly(options: GraphiQLOptions, guarded: boolean): GraphiQLOptions | ((request: Request) => GraphiQLOptions | false) {
  return guarded ? (request) => isLoopbackHost(request) && options : options;
}

function isLoopbackHost(request: Request): boolean {
  return LOOPBACK_HOST.test(request.headers.get('host') ?? '');
}
