import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import { staticTokenAuthenticator } from '../auth/static-token-authenticator.js';
import type { MetricsAccess } from '../config.js';

export const METRICS_ENDPOINT = '/metrics';

/**
 * Serves the Prometheus text at GET /metrics to whom `access` allows: anyone, a scraper presenting
 * GATEWAY_METRICS_TOKEN as a bearer token (compared in constant time, like callers' tokens), or
 * nobody. Metrics hold no secret, but they tell a stranger the traffic, the error rates and the
 * operation names of the gateway's clients.
 */
export function useMetricsEndpoint(options: { readonly registry: Registry; readonly access: MetricsAccess }): Plugin {
  const { registry, access } = options;
  const scraper = access.mode === 'token' ? staticTokenAuthenticator([access.token]) : undefined;
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname !== METRICS_ENDPOINT || request.method !== 'GET') return;
      if (access.mode === 'closed') {
        endResponse(refusal(403, 'Metrics are not served: set GATEWAY_METRICS_TOKEN to a token for the scraper (or to none to serve them to anyone).'));
        return;
      }
      if (scraper && (await scraper(request)) === null) {
        endResponse(refusal(401, 'Send Authorization: Bearer <GATEWAY_METRICS_TOKEN>.'));
        return;
      }
      endResponse(new Response(await registry.metrics(), { headers: { 'content-type': registry.contentType } }));
    },
  };
}

function refusal(status: 401 | 403, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) },
  });
}
