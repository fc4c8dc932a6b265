/**
 * JSON file persistence: loaded once at start, rewritten after every change. Writes go to a
 * temporary file that is then renamed over the target, so a crash never leaves half a file.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { APPLICATION_ID_PATTERN, INSTANCE_ID_PATTERN } from './ids.js';
import type { ApplicationRecord, StoreData } from './store.js';

export interface PersistedState extends StoreData {
  version: 1;
  instanceId: string;
}

export class PersistenceError extends Error {
  override readonly name = 'PersistenceError';
}

function isRecord(value: unknown): value is ApplicationRecord {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    APPLICATION_ID_PATTERN.test(v.id) &&
    typeof v.name === 'string' &&
    typeof v.client_id === 'string' &&
    typeof v.client_secret === 'string' &&
    (v.client_uri === null || typeof v.client_uri === 'string') &&
    (v.client_image_url === null || typeof v.client_image_url === 'string') &&
    typeof v.dynamically_registered === 'boolean' &&
    typeof v.consent_screen_enabled === 'boolean' &&
    typeof v.pkce_required === 'boolean' &&
    typeof v.public === 'boolean' &&
    typeof v.scopes === 'string' &&
    Array.isArray(v.redirect_uris) &&
    v.redirect_uris.every((u) => typeof u === 'string') &&
    Number.isSafeInteger(v.created_at) &&
    Number.isSafeInteger(v.updated_at)
  );
}

/** Returns undefined when the file does not exist; throws on a file that is not ours. */
export function loadState(path: string): PersistedState | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new PersistenceError(`${path} is not valid JSON; refusing to overwrite it`);
  }
  const v = parsed as Partial<PersistedState> | null;
  if (
    !v ||
    v.version !== 1 ||
    typeof v.instanceId !== 'string' ||
    !INSTANCE_ID_PATTERN.test(v.instanceId) ||
    !Array.isArray(v.applications) ||
    !v.applications.every(isRecord) ||
    !Array.isArray(v.deletedIds) ||
    !v.deletedIds.every((id) => typeof id === 'string')
  ) {
    throw new PersistenceError(`${path} is not an emulator state file (version 1); refusing to overwrite it`);
  }
  return { version: 1, instanceId: v.instanceId, applications: v.applications, deletedIds: v.deletedIds };
}

let tempCounter = 0;

export function saveState(path: string, state: PersistedState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${++tempCounter}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
