import type { Tracer } from '@opentelemetry/api';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type GraphiQLOptions, type Plugin, useExecutionCancellation, type YogaServerInstance } from 'graphql-yoga';
import { authenticatorFor, callerIdentityOf, useCallerAuth } from './auth/caller-auth-plugin.js';
import type { Authenticator } from './auth/caller-identity.js';
import type { ClerkClient } from './clerk/client.js';
import { type CallerAuth, DEFAULTS, type MetricsAccess } from './config.js';
import { createGatewayContext, type GatewayContext } from './context.js';
import { crossOriginPolicy } from './http/cross-origin-policy.js';
import type { GraphiqlTab } from './http/graphiql-tabs.js';
import { graphqlLimitPlugins } from './http/graphql-limits.js';
import { canCompileIdentically } from './graphql/jit-eligibility.js';
import { schema } from './graphql/schema.js';
import { forLoopbackHostsOnly, useLoopbackHostGuard } from './http/loopback-host-guard.js';
import { upstreamReadiness, useReadinessRoute } from './http/readiness.js';
import { DEFAULT_MAX_JSON_DEPTH, useStrictRequestParser } from './http/strict-request-parser.js';
import { createLogger, type Logger } from './observability/logger.js';
import { GatewayMetrics } from './observability/metrics.js';
import { useMetricsEndpoint } from './observability/metrics-endpoint.js';
import { useObservability } from './observability/observability-plugin.js';
import { OperationLabels, operationNamesOf } from './observability/operation-labels.js';
import { useTrustedDocuments } from './http/trusted-documents.js';
import { useValidationCache } from './http/validation-cache.js';
import { Idempotency } from './idempotency/idempotency.js';
import { MemoryIdempotencyStore } from './idempotency/memory-store.js';

export const GRAPHQL_ENDPOINT = '/graphql';
/** GET requests must carry one of these headers: a cross-site page cannot add one without a preflight. */
export const CSRF_HEADERS = ['x-graphql-csrf', 'graphql-client-name', 'apollo-require-preflight'];

export interface GatewayDependencies {
  readonly clerk: ClerkClient;
  readonly callerAuth: CallerAuth;
  /** Replaces the authenticator built from callerAuth (tests inject a JWT key set this way). */
  readonly authenticate?: Authenticator;
  /** GraphiQL's default tabs, or false to serve no GraphiQL page. */
  readonly graphiql: false | { readonly defaultTabs: readonly GraphiqlTab[]; readonly render: (options?: GraphiQLOptions) => string };
  /** Production hides field suggestions. */
  readonly production?: boolean;
  /** Introspection answers (on by default outside production). */
  readonly introspection?: boolean;
  /** When given, only these persisted documents (hash → document) are executed. */
  readonly trustedDocuments?: ReadonlyMap<string, string>;
  readonly maxBodyBytes?: number;
  /** The schema served: schema.ts's when not given; federation.ts's subgraph with GATEWAY_FEDERATION. */
  readonly schema?: GraphQLSchema;
  /** Request logs and Yoga's own; silent when not given. */
  readonly logger?: Logger;
  /** Served at /metrics; a private registry when not given. */
  readonly metrics?: GatewayMetrics;
  /** Who may read /metrics; anyone when not given. */
  readonly metricsAccess?: MetricsAccess;
  /** Origins (scheme://host[:port]) whose pages may call the gateway from a browser; none when not given. */
  readonly corsOrigins?: readonly string[];
  /** Refuse requests whose Host is not a loopback name (DNS rebinding): for unauthenticated callers on loopback. */
  readonly loopbackHostOnly?: boolean;
  /** One span per GraphQL operation when tracing is on. */
  readonly tracer?: Tracer;
  /** Optional features built by the caller (the read cache), run after the operation limits. */
  readonly plugins?: readonly Plugin[];
  /** Where idempotency keys are kept; in process, with the defaults of config.ts, when not given. */
  readonly idempotency?: Idempotency;
}

export type GatewayYoga = YogaServerInstance<Record<string, never>, GatewayContext>;

export interface Gateway {
  /** Every route of the gateway: node:http serves it as a request listener, tests may call `fetch`. */
  readonly yoga: GatewayYoga;
}

/** Builds the gateway without listening: main.ts and the tests hand `yoga` to node:http. */
export function createGateway(deps: GatewayDependencies): Gateway {
  const production = deps.production ?? false;
  const logger = deps.logger ?? createLogger({ level: 'silent' });
  const maxBodyBytes = deps.maxBodyBytes ?? DEFAULTS.maxBodyBytes;
  const authenticate = deps.authenticate ?? authenticatorFor(deps.callerAuth);
  const crossOrigin = crossOriginPolicy(deps.corsOrigins ?? []);
  const loopbackHostOnly = deps.loopbackHostOnly ?? false;
  const metrics = deps.metrics ?? new GatewayMetrics(() => deps.clerk.poolUsage());
  // The operations the gateway ships to its clients keep their own label value however many others come.
  const knownOperations = operationNamesOf([...(deps.trustedDocuments?.values() ?? []), ...(deps.graphiql ? deps.graphiql.defaultTabs.map((tab) => tab.query) : [])]);
  const idempotency = deps.idempotency ?? new Idempotency({ store: new MemoryIdempotencyStore() });
  const observability = useObservability({
    logger,
    metrics,
    operationLabels: new OperationLabels(knownOperations),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    ...(deps.tracer ? { tracer: deps.tracer } : {}),
  });
  const yoga = createYoga<Record<string, never>, GatewayContext>({
    schema: deps.schema ?? schema,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    cors: crossOrigin.cors,
    landingPage: false,
    batching: false,
    // Parsed documents are cached by Yoga; validation results by useValidationCache below.
    parserAndValidationCache: { validationCache: false },
    // The body limit is enforced where the body is read (useStrictRequestParser): Yoga's own
    // limit pipes every body through a stream transform.
    maxRequestBodySize: false,
    // Masking always on, even in development: no stack, URL or key reaches a caller.
    maskedErrors: { isDev: false },
    logging: yogaLogger(logger),
    ...(deps.graphiql ? { renderGraphiQL: deps.graphiql.render } : {}),
    graphiql: deps.graphiql && forLoopbackHostsOnly({
      title: 'Clerk OAuth applications',
      defaultTabs: [...deps.graphiql.defaultTabs],
      defaultEditorToolsVisibility: 'variables',
      headers: deps.callerAuth.mode === 'none' ? undefined : JSON.stringify({ Authorization: 'Bearer <token>' }),
    }, loopbackHostOnly),
    context: ({ request }) => createGatewayContext(deps.clerk, callerIdentityOf(request), request.signal, idempotency),
    plugins: [
      // Execution plans compiled once per document (graphql-jit) instead of walking the document
      // per request. Listed first so the plugins below wrap the compiled executor.
      useGraphQlJit(
        {},
        {
          // What graphql-jit would answer otherwise than graphql-js is left to Yoga's own executor.
          enableIf: canCompileIdentically,
          // A document the compiler refuses (e.g. a subscription: the schema has none) is answered
          // with the compiler's errors; it is the caller's mistake, not the gateway's.
          onError: (result) => logger.debug({ errors: result.errors?.map((error) => error.message) }, 'document not compiled'),
        },
      ),
      // Who may address the gateway at all, before any route answers.
      ...(loopbackHostOnly ? [useLoopbackHostGuard()] : []),
      crossOrigin.plugin,
      useMetricsEndpoint({ registry: metrics.registry, access: deps.metricsAccess ?? { mode: 'open' } }),
      observability,
      useCallerAuth(authenticate, GRAPHQL_ENDPOINT),
      useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
      useStrictRequestParser({ maxBodyBytes, maxJsonDepth: DEFAULT_MAX_JSON_DEPTH }),
      ...(deps.trustedDocuments ? [useTrustedDocuments(deps.trustedDocuments)] : []),
      ...graphqlLimitPlugins({ production, introspection: deps.introspection ?? !production }),
      ...(deps.plugins ?? []),
      // A caller that goes away cancels execution; its signal reaches the Clerk client's reads.
      useExecutionCancellation(),
      useReadinessRoute('/ready', upstreamReadiness(deps.clerk, deps.callerAuth.mode === 'passthrough')),
      useValidationCache(),
      {
        // Responses can carry a client secret; no cache along the way may keep one.
        onResponse({ response }) {
          response.headers.set('cache-control', 'no-store');
        },
      },
    ],
  });
  return { yoga };
}

/** Yoga's internal messages (e.g. the original of a masked error) as structured logs. */
function yogaLogger(logger: Logger) {
  const child = logger.child({ component: 'yoga' });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) child[level]({ err: first, detail: rest.map(String) }, first.message);
    else child[level]({ detail: rest.map((value) => (value instanceof Error ? value.message : String(value))) }, String(first));
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
