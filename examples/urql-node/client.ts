import { Client, cacheExchange, fetchExchange, makeOperation, mapExchange, type Exchange, type PersistedDocument } from '@urql/core';

/**
 * Sends each operation as its persisted-document id instead of its text.
 *
 * Codegen's client preset (with `persistedDocuments`) stamps every typed document with
 * `__meta__.hash` and writes hash → text to persisted-documents.json. urql's fetchExchange sends a
 * document that has a `documentId` and no definitions as `{ "documentId": …, "variables": … }`, which
 * is what the gateway's trusted-documents mode (GATEWAY_TRUSTED_DOCUMENTS) executes. A document
 * without a hash is sent as text, and a gateway in that mode refuses it.
 */
export const persistedDocumentsExchange: Exchange = mapExchange({
  onOperation(operation) {
    const documentId = (operation.query as { __meta__?: { hash?: string } }).__meta__?.hash;
    if (!documentId) return operation;
    const query: PersistedDocument = { ...operation.query, definitions: [], documentId };
    return makeOperation(operation.kind, { ...operation, query }, operation.context);
  },
});

export interface GatewayClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  readonly url: string;
  /** A caller token, when the gateway requires one (GATEWAY_AUTH_TOKENS or JWT mode). */
  readonly token?: string;
  /** Defaults to the global fetch (Node 18+, browsers). */
  readonly fetch?: typeof fetch;
}

export function createGatewayClient({ url, token, fetch }: GatewayClientOptions): Client {
  return new Client({
    url,
    fetch,
    // urql sends queries as GET by default; the gateway wants POST (a GET needs a CSRF header).
    preferGetMethod: false,
    fetchOptions: token ? { headers: { authorization: `Bearer ${token}` } } : undefined,
    exchanges: [cacheExchange, persistedDocumentsExchange, fetchExchange],
  });
}
