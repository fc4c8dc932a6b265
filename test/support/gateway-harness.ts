import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ClerkClient, type ClerkClientOptions } from '../../src/clerk/client.js';
import type { CallerAuth } from '../../src/config.js';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/emulator.js';
import { createGateway, type Gateway, type GatewayDependencies } from '../../src/app.js';
import type { RequestTimeouts } from '../../src/http/gateway-server.js';
import { serveGateway, type ServedGateway } from './serve-gateway.js';

export const TEST_SECRET_KEY = 'sk_test_gatewayharnesskey0000000000000000';

export interface GatewayHarness {
  readonly emulator: Emulator;
  readonly origin: string;
  readonly clerk: ClerkClient;
  readonly gateway: Gateway;
  /** The gateway served over loopback HTTP through the listener under test. */
  readonly served: ServedGateway;
  /** fetch() against the served gateway: `path` starts with `/`. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Posts a typed document to the gateway and returns the parsed GraphQL response. */
  execute<Result, Variables>(
    document: TypedDocumentNode<Result, Variables>,
    variables?: Variables,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<Result>>;
  /** Clerk calls the emulator received since the last resetStats(), all or for one operation id. */
  upstreamCalls(operationId?: string): number;
  close(): Promise<void>;
}

export interface GraphQLResponse<Result> {
  readonly status: number;
  readonly data?: Result | null;
  readonly errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  readonly raw: string;
}

export interface HarnessOptions {
  readonly emulator?: EmulatorOptions;
  /** The key the gateway's client sends (defaults to one the emulator accepts). */
  readonly clientSecretKey?: string;
  readonly client?: Partial<ClerkClientOptions>;
  readonly callerAuth?: CallerAuth;
  /** Gateway options beyond the Clerk client (production switches, trusted documents, …). */
  readonly gateway?: Partial<Omit<GatewayDependencies, 'clerk'>>;
  /** Shorthand for gateway.production (suggestions and introspection off). */
  readonly production?: boolean;
  /** The server's request and header timeouts (the defaults otherwise). */
  readonly timeouts?: RequestTimeouts;
}

/** A gateway served over loopback HTTP, wired to a real emulator over loopback HTTP: no mocks between the layers. */
export async function startGatewayHarness(options: HarnessOptions = {}): Promise<GatewayHarness> {
  const emulator = createEmulator({ secretKeys: [TEST_SECRET_KEY], ...options.emulator });
  const origin = await emulator.listen(0, '127.0.0.1');
  // As in the embedded mode, the emulator has no rate limit for the client to respect.
  const clerk = new ClerkClient({ apiUrl: origin, secretKey: options.clientSecretKey ?? TEST_SECRET_KEY, rateLimit: 'off', ...options.client });
  const gateway = createGateway({
    clerk,
    callerAuth: options.callerAuth ?? { mode: 'none' },
    graphiql: false,
    ...(options.production ? { production: true, introspection: false } : {}),
    ...options.gateway,
  });
  const served = await serveGateway(gateway, options.timeouts);

  return {
    emulator,
    origin,
    clerk,
    gateway,
    served,
    fetch: served.fetch,
    async execute(document, variables, headers = {}) {
      const response = await served.fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const raw = await response.text();
      return { status: response.status, raw, ...(JSON.parse(raw) as object) };
    },
    upstreamCalls(operationId) {
      const stats = emulator.stats();
      return operationId === undefined ? stats.total : (stats.byOperation[operationId as keyof typeof stats.byOperation] ?? 0);
    },
    async close() {
      await served.close();
      await clerk.close();
      await emulator.close();
    },
  };
}
