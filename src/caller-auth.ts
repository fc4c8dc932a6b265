import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import type { CallerAuth } from './config.js';

/**
 * Callers present `Authorization: Bearer <token>`; anything else is answered 401 before parsing,
 * so unauthenticated requests never reach a resolver. Tokens are compared as SHA-256 digests with
 * timingSafeEqual: constant time whatever the lengths, and the token itself is never logged.
 */
export function useCallerAuth(auth: CallerAuth, graphqlEndpoint: string): Plugin {
  if (auth.mode === 'none') return {};
  const digests = auth.tokens.map(digest);
  return {
    onRequest({ request, url, endResponse }) {
      if (url.pathname !== graphqlEndpoint || isGraphiqlPage(request)) return;
      const presented = /^Bearer ([\x21-\x7e]+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      if (presented !== undefined && matchesAny(digest(presented), digests)) return;
      endResponse(
        new Response(
          JSON.stringify({
            errors: [{ message: 'Authentication required: send Authorization: Bearer <token>.', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
          { status: 401, headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' } },
        ),
      );
    },
  };
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function matchesAny(candidate: Buffer, digests: readonly Buffer[]): boolean {
  let matched = false;
  for (const known of digests) matched = timingSafeEqual(candidate, known) || matched;
  return matched;
}

/** The GraphiQL page holds no data; its own requests carry the token from its header editor. */
function isGraphiqlPage(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html') && !new URL(request.url).searchParams.has('query');
}
