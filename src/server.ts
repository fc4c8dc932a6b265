import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { ClerkClient } from './clerk/client.js';
import { useCallerAuth } from './caller-auth.js';
import type { CallerAuth } from './config.js';
import { createGatewayContext, type GatewayContext } from './context.js';
import type { GraphiqlTab } from './graphiql-tabs.js';
import { schema } from './graphql/schema.js';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface GatewayDependencies {
  readonly clerk: ClerkClient;
  readonly callerAuth: CallerAuth;
  /** GraphiQL's default tabs, or false to serve no GraphiQL page. */
  readonly graphiql: false | { readonly defaultTabs: readonly GraphiqlTab[] };
}

export type Gateway = YogaServerInstance<Record<string, never>, GatewayContext>;

/** Builds the gateway without listening: main.ts listens, tests call gateway.fetch. */
export function createGateway(deps: GatewayDependencies): Gateway {
  return createYoga<Record<string, never>, GatewayContext>({
    schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    // Masking always on, even in development: no stack, URL or key reaches a caller.
    maskedErrors: { isDev: false },
    graphiql: deps.graphiql && {
      title: 'Clerk OAuth applications',
      defaultTabs: [...deps.graphiql.defaultTabs],
      defaultEditorToolsVisibility: 'variables',
      headers: deps.callerAuth.mode === 'tokens' ? JSON.stringify({ Authorization: 'Bearer <token>' }) : undefined,
    },
    context: ({ request }) => createGatewayContext(deps.clerk, request.signal),
    plugins: [
      useCallerAuth(deps.callerAuth, GRAPHQL_ENDPOINT),
      useReadinessCheck({
        endpoint: '/ready',
        // Ready when Clerk answers an authenticated request: the key and the route both work.
        check: async () => {
          try {
            await deps.clerk.listOAuthApplications({ limit: 1 }, { retry: { strategy: 'none' }, signal: AbortSignal.timeout(3000) });
            return true;
          } catch {
            return false;
          }
        },
      }),
      {
        // Responses can carry a client secret; no cache along the way may keep one.
        onResponse({ response }) {
          response.headers.set('cache-control', 'no-store');
        },
      },
    ],
  });
}
