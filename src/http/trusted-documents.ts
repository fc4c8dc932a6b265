import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';

/**
 * Trusted-documents mode: only operations whose hash is in the persisted-documents file that
 * codegen's client preset writes (hash → document) are executed; any other document, or an unknown
 * hash, is refused before parsing.
 */
export function loadTrustedDocuments(path: string): ReadonlyMap<string, string> {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${path} is not a persisted-documents file (a JSON object of hash → document)`);
  }
  const entries = Object.entries(parsed);
  if (entries.some(([, document]) => typeof document !== 'string')) throw new Error(`${path} holds a non-string document`);
  return new Map(entries as [string, string][]);
}

export function useTrustedDocuments(documents: ReadonlyMap<string, string>): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    getPersistedOperation: (hash) => documents.get(hash) ?? null,
    // Apollo-style `extensions.persistedQuery.sha256Hash` and codegen's `documentId` are both accepted.
    extractPersistedOperationId: (params) => {
      const fromExtensions = (params.extensions?.['persistedQuery'] as { sha256Hash?: unknown } | undefined)?.sha256Hash;
      const fromDocumentId = (params as { documentId?: unknown }).documentId;
      const id = typeof fromDocumentId === 'string' ? fromDocumentId : fromExtensions;
      return typeof id === 'string' ? id : null;
    },
  }) as Plugin;
}
