import type { Plugin } from 'graphql-yoga';
import { UnauthorizedError } from '../clerk/errors.js';
import type { ClerkClient } from '../clerk/client.js';

const READINESS_REUSE_MS = 5_000;
/** How long the readiness check waits for Clerk (a probe's own timeout must be longer). */
export const READINESS_CHECK_TIMEOUT_MS = 3_000;

/**
 * `path` answers 200 when `check` holds and 503 when it does not or throws. Decided by the path
 * alone: Yoga's own readiness plugin also tests a URLPattern against every other request.
 */
export function useReadinessRoute(path: string, check: () => Promise<boolean>): Plugin {
  return {
    onRequest({ url, fetchAPI, endResponse }) {
      if (url.pathname !== path) return;
      return check().then(
        (ready) => endResponse(new fetchAPI.Response(null, { status: ready ? 200 : 503 })),
        () => endResponse(new fetchAPI.Response(null, { status: 503 })),
      );
    },
  };
}

/**
 * Ready when Clerk answers an authenticated request: the key and the route both work. In
 * pass-through mode the gateway holds no key, so Clerk's 401 proves the route works. An answer is
 * reused for a few seconds so that probes from many replicas do not eat into Clerk's rate limit.
 */
export function upstreamReadiness(clerk: ClerkClient, passthrough: boolean): () => Promise<boolean> {
  let last: { at: number; ready: boolean } | undefined;
  return async () => {
    if (last && performance.now() - last.at < READINESS_REUSE_MS) return last.ready;
    let ready: boolean;
    try {
      await clerk.oauthApplications.list({ limit: 1 }, { retry: { strategy: 'none' }, signal: AbortSignal.timeout(READINESS_CHECK_TIMEOUT_MS) });
      ready = true;
    } catch (error) {
      ready = passthrough && error instanceof UnauthorizedError;
    }
    last = { at: performance.now(), ready };
    return ready;
  };
}
