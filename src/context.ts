import type { ClerkClient } from './clerk/client.js';
import { OAuthApplicationLoader } from './graphql/oauth-application-loader.js';

/** What a resolver may use, built afresh for every request and gone with it. */
export interface GatewayContext {
  readonly clerk: ClerkClient;
  readonly oauthApplications: OAuthApplicationLoader;
  /** Aborted when the caller goes away: reads and retry sleeps stop, writes already sent finish. */
  readonly signal: AbortSignal | undefined;
}

export function createGatewayContext(clerk: ClerkClient, signal: AbortSignal | undefined): GatewayContext {
  return { clerk, signal, oauthApplications: new OAuthApplicationLoader(clerk, signal) };
}
