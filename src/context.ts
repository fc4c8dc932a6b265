import type { CallerIdentity } from './auth/caller-identity.js';
import type { ClerkClient } from './clerk/client.js';
import type { Idempotency } from './idempotency/idempotency.js';

/** What every Clerk call of one request carries: the caller's own key in pass-through mode. */
export interface CallerClerkOptions {
  readonly secretKey?: string;
}

/** What a resolver may use, built afresh for every request and gone with it. */
export interface GatewayContext {
  readonly clerk: ClerkClient;
  readonly caller: CallerIdentity;
  readonly clerkOptions: CallerClerkOptions;
  /** Aborted when the caller goes away: reads and retry sleeps stop, writes already sent finish. */
  readonly signal: AbortSignal | undefined;
  /** The errors result unions answered with, for the request's log line and metrics. */
  readonly handledErrors: Error[];
  /** What `perRequest` made for this request (a resource's loader), by maker. */
  readonly perRequest: Map<object, unknown>;
  /** Idempotency keys of mutations, shared by every request (and replica, with Redis). */
  readonly idempotency: Idempotency;
}

export function createGatewayContext(clerk: ClerkClient, caller: CallerIdentity, signal: AbortSignal | undefined, idempotency: Idempotency): GatewayContext {
  const clerkOptions: CallerClerkOptions = caller.kind === 'clerk-key' ? { secretKey: caller.secretKey } : {};
  return { clerk, caller, clerkOptions, signal, handledErrors: [], perRequest: new Map(), idempotency };
}

/**
 * One value per request, made on first use: a resource's loader. It is kept on the context, not in
 * a WeakMap keyed by it (as @pothos/core's createContextCache does): held by a WeakMap, a long
 * list's nodes made its execution markedly slower, in garbage collection.
 */
export function perRequest<T>(make: (context: GatewayContext) => T): (context: GatewayContext) => T {
  const key = {};
  return (context) => {
    if (!context.perRequest.has(key)) context.perRequest.set(key, make(context));
    return context.perRequest.get(key) as T;
  };
}
