import type { Plugin } from 'graphql-yoga';
import type { CallerAuth } from '../config.js';
import { ANONYMOUS, type Authenticator, type CallerIdentity } from './caller-identity.js';
import { jwtAuthenticator } from './jwt-authenticator.js';
import { passthroughAuthenticator } from './passthrough-authenticator.js';
import { staticTokenAuthenticator } from './static-token-authenticator.js';

const identities = new WeakMap<Request, CallerIdentity>();

export function authenticatorFor(auth: CallerAuth): Authenticator {
  switch (auth.mode) {
    case 'none':
      return () => ANONYMOUS;
    case 'tokens':
      return staticTokenAuthenticator(auth.tokens);
    case 'jwt':
      return jwtAuthenticator(auth);
    case 'passthrough':
      return passthroughAuthenticator();
  }
}

/**
 * Refuses unauthenticated requests to the GraphQL endpoint with 401 before they are parsed, so
 * they never reach a resolver. The GraphiQL page itself holds no data and is served to anyone
 * (its requests carry the credentials typed into its header editor).
 */
export function useCallerAuth(authenticate: Authenticator, graphqlEndpoint: string): Plugin {
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlEndpoint) return;
      if (isGraphiqlPage(request, url)) return;
      let identity: CallerIdentity | null;
      try {
        identity = await authenticate(request);
      } catch {
        // A custom authenticator that fails outright: no stack or message reaches the caller.
        endResponse(refusal(503, 'AUTHENTICATION_UNAVAILABLE', 'Callers cannot be authenticated right now; try again later.'));
        return;
      }
      if (identity) {
        identities.set(request, identity);
        return;
      }
      endResponse(refusal(401, 'UNAUTHENTICATED', 'Authentication required: send Authorization: Bearer <credential>.'));
    },
  };
}

function refusal(status: 401 | 503, code: string, message: string): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer', 'cache-control': 'no-store' },
  });
}

/** The identity established for this request (anonymous when auth is off). */
export function callerIdentityOf(request: Request): CallerIdentity {
  return identities.get(request) ?? ANONYMOUS;
}

function isGraphiqlPage(request: Request, url: URL): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html') && !url.searchParams.has('query');
}
