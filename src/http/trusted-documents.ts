import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ConfigError } from '../config.js';

/**
 * Trusted-documents mode: only operations whose hash is in the persisted-documents file that
 * codegen's client preset writes (hash → document) are executed; any other document, or an unknown
 * hash, is refused before parsing. A file that cannot serve (missing, unreadable, not JSON, not that
 * shape, empty, a document that does not parse) stops the start with a ConfigError naming
 * GATEWAY_TRUSTED_DOCUMENTS.
 */
export function loadTrustedDocuments(path: string): ReadonlyMap<string, string> {
  const problem = (what: string) => new ConfigError([`GATEWAY_TRUSTED_DOCUMENTS: ${path} ${what}`]);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw problem(unreadable((error as NodeJS.ErrnoException).code));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message quotes the file; the position is of little use here.
    throw problem('is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw problem(`is not ${SHAPE}`);
  const entries = Object.entries(parsed);
  if (entries.length === 0) throw problem('holds no document: every operation would be refused');
  for (const [hash, document] of entries) {
    if (typeof document !== 'string') throw problem(`is not ${SHAPE}: the entry ${JSON.stringify(hash.slice(0, 80))} is not a string`);
    try {
      parse(document, { noLocation: true });
    } catch (error) {
      throw problem(`holds a document that is not GraphQL, under ${JSON.stringify(hash.slice(0, 80))}: ${(error as Error).message}`);
    }
  }
  return new Map(entries as [string, string][]);
}

const SHAPE = 'a persisted-documents file (a JSON object of hash → GraphQL document, as codegen\'s client preset writes)';

function unreadable(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'does not exist';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read by this process (permissions)';
    default:
      return `cannot be read (${code ?? 'unknown error'})`;
  }
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
