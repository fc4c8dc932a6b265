import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The console talks to the gateway on its own origin (`/graphql`): Vite's dev and preview servers
 * proxy it, so no CORS rule is needed. POST only: the gateway runs GETs only with a CSRF header.
 */
export function createConsoleClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange, fetchExchange],
  });
}
