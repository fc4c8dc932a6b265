import type { CallerIdentity } from './auth/caller-identity.js';
import { callOptions, type ClerkClient } from './clerk/client.js';
import { OAuthApplicationLoader } from './graphql/oauth-applications/oauth-application-loader.js';

/** What every Clerk call of one request carries: the caller's own key in pass-through mode. */
export interface CallerClerkOptions {
  readonly secretKey?: string;
}

/** What a resolver may use, built afresh for every request and gone with it. */
export interface GatewayContext {
  readonly clerk: ClerkClient;
  readonly caller: CallerIdentity;
  readonly clerkOptions: CallerClerkOptions;
  readonly oauthApplications: OAuthApplicationLoader;
  /** Aborted when the caller goes away: reads and retry sleeps stop, writes already sent finish. */
  readonly signal: AbortSignal | undefined;
  /** The errors result unions answered with, for the request's log line and metrics. */
  readonly handledErrors: Error[];
}

export function createGatewayContext(clerk: ClerkClient, caller: CallerIdentity, signal: AbortSignal | undefined): GatewayContext {
  const clerkOptions: CallerClerkOptions = caller.kind === 'clerk-key' ? { secretKey: caller.secretKey } : {};
  return { clerk, caller, clerkOptions, signal, handledErrors: [], oauthApplications: new OAuthApplicationLoader(clerk, callOptions(clerkOptions.secretKey, undefined, signal)) };
}
