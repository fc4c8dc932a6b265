/**
 * The soak's verdicts, computed after the run from what the callers were told (ledger and models),
 * what the client's transport saw (attempt observations), and what the emulator did (its state and
 * its fault log).
 */
import { RETRY_BUDGET_DEFAULTS } from '../../src/clerk/retry-budget.js';
import type { EmulatorStateSnapshot, EmulatorStats, InjectedFault, OperationId } from '../../src/emulator/emulator.js';
import { note, type Tally, type WorkloadState } from './caller.js';
import { keyOfName, NAME_PREFIX, sameScopes, type CallRecord } from './model.js';
import type { AttemptCounters, AttemptObservation, AttemptSignature } from './topology.js';

export interface InvariantVerdict {
  readonly id: number;
  readonly name: string;
  readonly ok: boolean;
  /** One line of numbers behind the verdict. */
  readonly detail: string;
  /** A few failing cases, when it failed. */
  readonly samples: readonly string[];
}

export interface OutcomeUnknownFindings {
  /** Write answers with outcomeUnknown: true. */
  readonly total: number;
  /** ... for a write the emulator had applied (its fault log says writeApplied). */
  readonly applied: number;
  /** ... for a write it had not applied (5xx, connection dropped before processing): the client cannot tell. */
  readonly notApplied: number;
  readonly byField: Record<string, { applied: number; notApplied: number }>;
  /**
   * Write calls the emulator applied at least once without a usable answer (`entries`: the fault-log
   * entries saying so; a retried PATCH can have several), and how those calls were answered.
   */
  readonly appliedWrites: {
    readonly entries: number;
    readonly calls: number;
    readonly answeredSuccess: number;
    readonly answeredUnknown: number;
  };
  /** outcomeUnknown on a read (must be 0). */
  readonly onReads: number;
  /** Applied writes answered as a plain failure, or never attributed to any call (must be 0). */
  readonly lostOrMisreported: Tally;
  /** outcomeUnknown answers with no attempt that Clerk could have acted on (must be 0). */
  readonly unfounded: Tally;
  /** Alignment of the fault log with the client's attempts (diagnostics; 0 expected). */
  readonly alignment: {
    readonly unmatchedAttempts: number;
    readonly unmatchedEntries: number;
    /** Attempts whose GraphQL request could not be identified (the call id was lost on the way). */
    readonly attemptsWithoutCall: number;
  };
}

export interface StateFindings {
  readonly liveApplications: number;
  readonly deletedApplications: number;
  readonly duplicates: Tally;
  readonly missingAcknowledged: Tally;
  readonly phantoms: Tally;
  readonly stateMismatches: Tally;
  readonly checked: { readonly names: number; readonly scopes: number; readonly secrets: number; readonly deletions: number };
}

export interface UpstreamFindings {
  /** How the allowance was computed. */
  readonly formula: string;
  readonly logicalCalls: number;
  readonly clientAttempts: number;
  readonly upstreamCalls: number;
  readonly ratio: number;
  readonly allowance: number;
  readonly byOperation: Record<string, { logical: number; upstream: number }>;
}

const DROP_KINDS = new Set(['dropBeforeProcessing', 'dropAfterWrite']);
/** Attempt outcomes after which Clerk may have acted on a write. */
const AMBIGUOUS: ReadonlySet<AttemptSignature> = new Set(['drop', 'timeout', 'malformed', 'status500', 'otherTransport']);
const WRITES: ReadonlySet<string> = new Set(['CreateOAuthApplication', 'UpdateOAuthApplication', 'DeleteOAuthApplication', 'RotateOAuthApplicationSecret']);

/**
 * Invariants 3 and 4 against the emulator's final state.
 *
 * 3. No duplicates: no two live applications share a name or come from one create (renames keep the
 *    create's name as prefix); every acknowledged (or adopted) create exists unless acknowledged
 *    deleted or deleted with an unknown outcome; no live application comes from a create that was
 *    answered as a plain failure or that a later complete listing showed absent (a phantom).
 * 4. Acknowledged state: a deletion acknowledged is absent; name and scopes equal the last
 *    acknowledged values unless a later write to them was uncertain (and not read back since); the
 *    client secret Clerk holds is the last one a caller was given, unless a later rotation was
 *    uncertain. Plus every contradiction a caller met during the run (state.mismatches).
 */
export function checkState(state: WorkloadState, snapshot: EmulatorStateSnapshot): StateFindings {
  const tally = (): Tally => ({ count: 0, samples: [] });
  const duplicates = tally();
  const missingAcknowledged = tally();
  const phantoms = tally();
  const stateMismatches = tally();
  const checked = { names: 0, scopes: 0, secrets: 0, deletions: 0 };

  const byId = new Map(snapshot.applications.map((app) => [app.id, app]));
  const byName = new Map<string, string[]>();
  const byKey = new Map<string, string[]>();
  for (const app of snapshot.applications) {
    byName.set(app.name, [...(byName.get(app.name) ?? []), app.id]);
    if (app.name.startsWith(NAME_PREFIX)) byKey.set(keyOfName(app.name), [...(byKey.get(keyOfName(app.name)) ?? []), app.id]);
  }
  for (const [name, ids] of byName) if (ids.length > 1) note(duplicates, `${ids.length} live applications named ${name}: ${ids.join(', ')}`);
  for (const [key, ids] of byKey) {
    if (ids.length > 1 && new Set(ids.map((id) => byId.get(id)!.name)).size > 1) {
      note(duplicates, `${ids.length} live applications from create ${key}: ${ids.join(', ')}`);
    }
    const model = state.models.get(key);
    if (model === undefined) note(phantoms, `live ${ids.join(', ')} (${key}) matches no create of the soak`);
    else if (model.created === 'failed' || model.created === 'absent') {
      note(phantoms, `live ${ids.join(', ')} although create ${key} was answered ${model.created === 'failed' ? 'as a plain failure' : 'uncertain and later listed absent'}`);
    } else if (model.id !== null && !ids.includes(model.id)) {
      note(duplicates, `create ${key} was answered ${model.id}, but the live application from it is ${ids.join(', ')}`);
    }
  }
  // Duplicates a caller's listing showed during the run (one may have been deleted since).
  for (const sample of state.duplicatesSeen.samples) if (duplicates.samples.length < 20) duplicates.samples.push(`(in flight) ${sample}`);
  duplicates.count += state.duplicatesSeen.count;

  for (const model of state.models.values()) {
    if (model.broken) continue; // its contradiction is already counted in state.mismatches
    const live = model.id !== null ? byId.get(model.id) : undefined;
    if (model.id === null) continue; // uncertain (never resolved), failed or absent: covered by byKey above
    if (model.existence === 'deleted') {
      checked.deletions += 1;
      if (live) note(stateMismatches, `${model.id} (${model.key}) was acknowledged deleted but is live`);
      continue;
    }
    if (live === undefined) {
      if (model.existence === 'live') note(missingAcknowledged, `${model.id} (${model.key}, create ${model.created}) is not in Clerk's state`);
      continue;
    }
    if (model.nameCertain) {
      checked.names += 1;
      if (live.name !== model.name) note(stateMismatches, `${model.id} is named ${live.name}, last acknowledged ${model.name}`);
    }
    if (model.scopesCertain) {
      checked.scopes += 1;
      const scopes = live.scopes.split(' ').filter((s) => s !== '');
      if (!sameScopes(scopes, model.scopes)) note(stateMismatches, `${model.id} has scopes "${live.scopes}", last acknowledged "${model.scopes.join(' ')}"`);
    }
    if (model.secretCertain && model.secret !== null) {
      checked.secrets += 1;
      if (live.client_secret !== model.secret) note(stateMismatches, `${model.id}: the secret Clerk holds is not the last one returned to its caller`);
    }
  }
  return {
    liveApplications: snapshot.applications.length,
    deletedApplications: snapshot.deletedIds.length,
    duplicates,
    missingAcknowledged,
    phantoms,
    stateMismatches,
    checked,
  };
}

/**
 * Invariant 5. The client cannot see the difference between "Clerk applied the write, then the
 * connection dropped" and "the connection dropped before Clerk read the request", nor whether a 500
 * came before or after the commit, nor what a truncated 2xx body would have said. So it must (and
 * does, by its rules) answer outcomeUnknown: true for all of them, and "outcomeUnknown appears only
 * where the emulator dropped a connection after applying a write" cannot mean "exactly there". Its
 * honest, checkable reading is:
 *
 *  (a) soundness: every write the emulator's fault log marks `writeApplied: true` (dropAfterWrite, a
 *      truncated 2xx body, or a delayed answer) was answered to its caller as success (an idempotent
 *      PATCH/DELETE retried to success) or as UpstreamError with outcomeUnknown: true; never as a plain
 *      failure, and every such entry is traced to the call that caused it (none silently lost);
 *  (b) outcomeUnknown never appears on a read;
 *  (c) how many outcomeUnknown answers were for writes the emulator had applied, and how many were
 *      for writes it had not (5xx or drops before processing: the unavoidable, cautious ones);
 *  (d) "only where": every outcomeUnknown answer followed an attempt Clerk could have acted on (a
 *      dropped connection, a timeout, a 5xx, an unreadable body): never one refused cleanly (429
 *      with Retry-After, 404) or answered without any fault.
 *
 * Tracing: every fault entry of the emulator's log names its operation and, for get/update/delete/
 * rotate, the application; each application is written by one caller, one request at a time, so
 * per (operation, application) the log's entries and the client's attempts (recorded by the
 * transport probe with their call id) come in the same order, and each attempt's visible outcome
 * (dropped, 500, 429, unreadable body, clean answer) names the fault kind it met. An applied create
 * names the new application, whose name leads back to the create call that used it.
 */
export function checkOutcomeUnknown(
  state: WorkloadState,
  observations: readonly AttemptObservation[],
  stats: EmulatorStats,
  snapshot: EmulatorStateSnapshot,
): OutcomeUnknownFindings {
  const lostOrMisreported: Tally = { count: 0, samples: [] };
  const unfounded: Tally = { count: 0, samples: [] };
  let unmatchedAttempts = 0;
  let unmatchedEntries = 0;
  /** Call ids whose write the emulator applied without a usable answer. */
  const appliedCalls = new Set<number>();
  let appliedEntries = 0;
  const groupKey = (op: string, id: string): string => `${op} ${id}`;

  const observationsByGroup = new Map<string, AttemptObservation[]>();
  const observationsByCall = new Map<number, AttemptObservation[]>();
  for (const observation of observations) {
    if (observation.callId !== null) {
      observationsByCall.set(observation.callId, [...(observationsByCall.get(observation.callId) ?? []), observation]);
    }
    if (observation.operationId === null || observation.applicationId === null) continue;
    const key = groupKey(observation.operationId, observation.applicationId);
    const list = observationsByGroup.get(key);
    if (list) list.push(observation);
    else observationsByGroup.set(key, [observation]);
  }
  const entriesByGroup = new Map<string, InjectedFault[]>();
  const createEntries: InjectedFault[] = [];
  for (const entry of stats.faults) {
    if (entry.operationId === 'CreateOAuthApplication') createEntries.push(entry);
    else if (entry.applicationId !== undefined) {
      const key = groupKey(entry.operationId, entry.applicationId);
      const list = entriesByGroup.get(key);
      if (list) list.push(entry);
      else entriesByGroup.set(key, [entry]);
    }
  }

  const attribute = (entry: InjectedFault, callId: number | null, where: string): void => {
    if (!entry.writeApplied) return;
    appliedEntries += 1;
    const record = callId === null ? undefined : state.ledger.get(callId);
    if (record === undefined) {
      note(lostOrMisreported, `${where}: ${entry.kind} applied ${entry.operationId} on ${entry.applicationId} traced to no call`);
      return;
    }
    appliedCalls.add(record.id);
    if (record.outcome !== 'success' && record.outcome !== 'unknown') {
      note(lostOrMisreported, `${entry.kind} applied ${entry.operationId} on ${entry.applicationId}, call ${record.id} answered ${record.typename}`);
    }
  };

  // Get, update, delete, rotate: align per (operation, application).
  for (const key of new Set([...entriesByGroup.keys(), ...observationsByGroup.keys()])) {
    const entries = entriesByGroup.get(key) ?? [];
    const attempts = observationsByGroup.get(key) ?? [];
    let next = 0;
    for (const attempt of attempts) {
      const entry = entries[next];
      const write = WRITES.has(attempt.operationId!);
      let matches: boolean;
      let optional = false;
      switch (attempt.signature) {
        case 'drop':
          matches = entry !== undefined && DROP_KINDS.has(entry.kind);
          break;
        case 'malformed':
          matches = entry?.kind === 'malformedBody';
          break;
        case 'status500':
          matches = entry?.kind === 'status';
          break;
        case 'rateLimited':
          matches = entry?.kind === 'rateLimit';
          break;
        case 'ok2xx':
          optional = true;
          matches = entry?.kind === 'latency' && entry.writeApplied === write;
          break;
        case 'okOther':
          optional = true;
          matches = entry?.kind === 'latency' && !entry.writeApplied;
          break;
        default:
          // timeout, other transport failures: the emulator may have logged anything (or nothing).
          optional = true;
          matches = entry !== undefined;
      }
      if (matches && entry !== undefined) {
        attribute(entry, attempt.callId, key);
        next += 1;
      } else if (!optional) {
        unmatchedAttempts += 1;
      }
    }
    for (const entry of entries.slice(next)) {
      unmatchedEntries += 1;
      attribute(entry, null, key);
    }
  }

  // Creates carry no id until applied: their unapplied faults are compared by count, per kind.
  const createAttempts = observations.filter((o) => o.operationId === 'CreateOAuthApplication');
  const createSignatureCount = (signatures: AttemptSignature[]): number =>
    createAttempts.filter((o) => signatures.includes(o.signature)).length;
  const createEntryCount = (kinds: string[]): number => createEntries.filter((e) => kinds.includes(e.kind)).length;
  for (const [signatures, kinds] of [
    [['drop'], ['dropBeforeProcessing', 'dropAfterWrite']],
    [['status500'], ['status']],
    [['rateLimited'], ['rateLimit']],
    [['malformed'], ['malformedBody']],
  ] as [AttemptSignature[], string[]][]) {
    const difference = createSignatureCount(signatures) - createEntryCount(kinds);
    if (difference > 0) unmatchedAttempts += difference;
    else unmatchedEntries -= difference;
  }

  // Creates: an applied create names the new application; its name names the create call.
  const keyOfId = new Map<string, string>();
  for (const app of snapshot.applications) keyOfId.set(app.id, keyOfName(app.name));
  for (const model of state.models.values()) if (model.id !== null) keyOfId.set(model.id, model.key);
  for (const entry of createEntries) {
    if (entry.applicationId === undefined) continue;
    const key = keyOfId.get(entry.applicationId);
    const model = key === undefined ? undefined : state.models.get(key);
    attribute(entry, model?.createCallId ?? null, `create ${key ?? '?'}`);
  }

  const byField: Record<string, { applied: number; notApplied: number }> = {};
  let applied = 0;
  let notApplied = 0;
  let answeredSuccess = 0;
  let answeredUnknown = 0;
  for (const record of state.ledger.values()) {
    if (!record.write) continue;
    if (appliedCalls.has(record.id)) {
      if (record.outcome === 'success') answeredSuccess += 1;
      else if (record.outcome === 'unknown') answeredUnknown += 1;
    }
    if (!record.outcomeUnknown) continue;
    const entry = (byField[record.field] ??= { applied: 0, notApplied: 0 });
    if (appliedCalls.has(record.id)) {
      applied += 1;
      entry.applied += 1;
    } else {
      notApplied += 1;
      entry.notApplied += 1;
    }
    const signatures = (observationsByCall.get(record.id) ?? []).map((o) => o.signature);
    if (!signatures.some((s) => AMBIGUOUS.has(s))) {
      note(unfounded, `call ${record.id} (${record.field}) answered outcomeUnknown after attempts [${signatures.join(', ')}]`);
    }
  }

  return {
    total: applied + notApplied,
    applied,
    notApplied,
    byField,
    appliedWrites: { entries: appliedEntries, calls: appliedCalls.size, answeredSuccess, answeredUnknown },
    onReads: state.readOutcomeUnknown.count,
    lostOrMisreported,
    unfounded,
    alignment: { unmatchedAttempts, unmatchedEntries, attemptsWithoutCall: observations.filter((o) => o.callId === null).length },
  };
}

/**
 * Invariant 6: Clerk requests stay within (1 + ratio) × logical calls plus the budget's reserve.
 * The retry budget (src/clerk/retry-budget.ts) lets every call deposit `ratio` (0.2) retries and
 * keeps a reserve of `minRetriesPerSecond` (5) × the window (10 s) that refills as the window
 * slides: over a run of T seconds that reserve allows at most 5 × T retries plus the first window's
 * 50. Logical calls are the client's first attempts (onAttempt attempt === 1); upstream calls are
 * every request the emulator received.
 */
export function checkUpstream(counters: AttemptCounters, stats: EmulatorStats, durationMs: number): UpstreamFindings {
  const { ratio, minRetriesPerSecond, windowMs } = RETRY_BUDGET_DEFAULTS;
  const allowance = (1 + ratio) * counters.logicalCalls + minRetriesPerSecond * ((durationMs + windowMs) / 1000);
  const byOperation: Record<string, { logical: number; upstream: number }> = {};
  for (const [op, upstream] of Object.entries(stats.byOperation) as [OperationId, number][]) {
    byOperation[op] = { logical: counters.logicalByOperation[op] ?? 0, upstream };
  }
  const seconds = durationMs / 1000;
  return {
    formula: `(1 + ${ratio}) × ${counters.logicalCalls} + ${minRetriesPerSecond}/s × (${seconds.toFixed(1)} s + ${windowMs / 1000} s window)`,
    logicalCalls: counters.logicalCalls,
    clientAttempts: counters.attempts,
    upstreamCalls: stats.total,
    ratio: counters.logicalCalls === 0 ? 0 : stats.total / counters.logicalCalls,
    allowance: Math.floor(allowance),
    byOperation,
  };
}

export function faultsByKind(stats: EmulatorStats): Record<string, { total: number; writeApplied: number }> {
  const result: Record<string, { total: number; writeApplied: number }> = {};
  for (const entry of stats.faults) {
    const slot = (result[entry.kind] ??= { total: 0, writeApplied: 0 });
    slot.total += 1;
    if (entry.writeApplied) slot.writeApplied += 1;
  }
  return result;
}

export type { CallRecord };
