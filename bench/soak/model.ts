/**
 * What each caller knows about its own applications, from the answers it was given, and the ledger
 * of every GraphQL call the soak made. The final checks compare both with the emulator's state and
 * fault log.
 *
 * Each caller owns its applications (names `soak-cNNN-NNNNNN`, renamed as `<key>~rN`), and only it
 * writes to them, one request at a time: for every application its expected state is exact, except
 * where an answer said `outcomeUnknown` (then that field, secret or existence is "uncertain").
 */
import type { RootField } from './documents.js';

export type CreateStatus =
  /** The create was acknowledged: id and secret known. */
  | 'ack'
  /** UpstreamError with outcomeUnknown: the application may or may not exist. */
  | 'uncertain'
  /** An uncertain create found afterwards by a list of its exact name: it exists, id known, secret not. */
  | 'adopted'
  /** A plain failure (rate limited, upstream error with a known outcome, invalid input): must not exist. */
  | 'failed'
  /** An uncertain create that a complete list later showed absent: must not exist. */
  | 'absent';

export type Existence = 'live' | 'deleted' | 'uncertain';

export interface AppModel {
  /** The create name; renames keep it as prefix (`<key>~rN`) so every app maps back to its create. */
  readonly key: string;
  readonly caller: number;
  /** Ledger id of the create call. */
  readonly createCallId: number;
  id: string | null;
  created: CreateStatus;
  existence: Existence;
  name: string;
  nameCertain: boolean;
  scopes: string[];
  scopesCertain: boolean;
  /** The last secret a caller was given (create or rotate); null when never seen. */
  secret: string | null;
  secretCertain: boolean;
  renames: number;
  /**
   * After an uncertain write the caller leaves the app alone until this time (ms): a write whose
   * attempt timed out may still be applied by the emulator after its injected delay, and an
   * overtaking write would make the later "acknowledged" state meaningless.
   */
  settleUntil: number;
  /** Set when an answer contradicted this model; the app is then left alone (the mismatch is counted). */
  broken: boolean;
}

export type CallOutcome =
  /** The payload arrived. */
  | 'success'
  /** UpstreamError with outcomeUnknown: true, or no HTTP answer at all for a write. */
  | 'unknown'
  /** A typed error that says nothing was applied (RateLimitedError, UpstreamError without outcomeUnknown, ...). */
  | 'failed'
  | 'notFound'
  /** ValidationError. */
  | 'invalid'
  /** A read. */
  | 'read';

export interface CallRecord {
  readonly id: number;
  readonly caller: number;
  readonly field: RootField;
  readonly write: boolean;
  /** The application a write or a single read is about (create: the key). */
  readonly appKey: string | null;
  appId: string | null;
  typename: string;
  outcome: CallOutcome;
  outcomeUnknown: boolean;
  durationMs: number;
}

export const NAME_PREFIX = 'soak-';

export function callerPrefix(caller: number): string {
  return `${NAME_PREFIX}c${String(caller).padStart(3, '0')}-`;
}

export function appKey(caller: number, sequence: number): string {
  return `${callerPrefix(caller)}${String(sequence).padStart(6, '0')}`;
}

/** The create key of an application name (the part before the first `~`). */
export function keyOfName(name: string): string {
  const tilde = name.indexOf('~');
  return tilde < 0 ? name : name.slice(0, tilde);
}

export function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((scope, i) => scope === b[i]);
}
