/**
 * The fault-injection soak: tens of concurrent callers run a seeded mix of all six operations (plus
 * node/nodes lookups) through the gateway, over a real loopback HTTP server, against the emulator
 * with every kind of fault switched on; then the invariants are computed (invariants.ts).
 *
 * Bounded: no request starts after `durationMs` or past `maxRequests`; a request in flight then
 * finishes within the retry deadline (8 s). Loopback only: both servers bind 127.0.0.1, port 0.
 */
import type { FaultRates } from '../../src/emulator/emulator.js';
import { Caller, createWorkloadState, type Tally, type WorkloadState } from './caller.js';
import { LIST } from './documents.js';
import {
  checkOutcomeUnknown,
  checkState,
  checkUpstream,
  faultsByKind,
  type InvariantVerdict,
  type OutcomeUnknownFindings,
  type StateFindings,
  type UpstreamFindings,
} from './invariants.js';
import { judgeResponse } from './judge.js';
import { heapWithinBound, MemorySampler, type MemoryReport } from './memory.js';
import { createPrng, deriveSeed } from './prng.js';
import { CALL_ID_HEADER, startTopology } from './topology.js';

export interface SoakFaults extends FaultRates {
  /** Every `everyMs`, the next `size` Clerk requests all get 429 with Retry-After (a burst). */
  burst?: { everyMs: number; size: number; retryAfterSeconds: number } | null;
}

export interface SoakOptions {
  /** No request starts after this long. Default 60 s. */
  durationMs?: number;
  /** No request starts once this many were made. Default 20,000. */
  maxRequests?: number;
  /** Concurrent callers, one request in flight each. Default 40. */
  callers?: number;
  seed?: number;
  /**
   * Share of calls made with the shortest deadline the contract allows (1 s): they end on their
   * deadline after a Retry-After instead of retrying. Default 0.
   */
  impatientShare?: number;
  /** Overrides of the default fault rates (DEFAULT_FAULTS). */
  faults?: Partial<SoakFaults>;
  /** Progress lines (every 5 s); none when absent. */
  log?: (line: string) => void;
}

export const DEFAULT_FAULTS: SoakFaults = {
  serverError: 0.04,
  rateLimit: 0.02,
  rateLimitRetryAfterSeconds: 1,
  dropBeforeProcessing: 0.03,
  dropAfterWrite: 0.04,
  malformedBody: 0.03,
  latencyMs: [0, 2],
  latencySpikeRate: 0.03,
  // Far below the attempt timeout (5 s): a spike delays an answer, it does not make it time out.
  latencySpikeMs: 250,
  burst: { everyMs: 4_000, size: 20, retryAfterSeconds: 1 },
};

/** Short retries for every field that takes them, so a faulty call resolves in well under a second. */
const RETRIES = { strategy: 'BACKOFF', initialIntervalMs: 20, maxIntervalMs: 250, exponent: 1.5, maxElapsedTimeMs: 8_000 };
const ATTEMPT_TIMEOUT_MS = 5_000;
/** node/nodes take no `retries`: the client's defaults apply, under this ceiling. */
const MAX_CALL_DURATION_MS = 10_000;

export interface SoakReport {
  readonly options: Required<Omit<SoakOptions, 'log' | 'faults'>> & { faults: SoakFaults };
  readonly durationMs: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** `field → __typename` counts. */
  readonly responses: Record<string, number>;
  readonly upstream: UpstreamFindings & {
    retries: number;
    giveUps: Record<string, number>;
    /** What the client's attempts met, as its transport saw them. */
    attemptOutcomes: Record<string, number>;
  };
  /** The slowest GraphQL requests, with what each of their Clerk attempts met. */
  readonly slowest: readonly { callId: number; field: string; typename: string; durationMs: number; attempts: string[] }[];
  readonly faults: Record<string, { total: number; writeApplied: number }>;
  readonly outcomeUnknown: OutcomeUnknownFindings;
  readonly state: StateFindings;
  readonly inFlight: { mismatches: Tally; contractViolations: Tally; noAnswer: Tally };
  readonly memory: MemoryReport;
  readonly crashes: readonly string[];
  readonly finalQuery: string;
  readonly invariants: readonly InvariantVerdict[];
  readonly ok: boolean;
}

export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const resolved = {
    durationMs: options.durationMs ?? 60_000,
    maxRequests: options.maxRequests ?? 20_000,
    callers: options.callers ?? 40,
    seed: options.seed ?? 1,
    impatientShare: options.impatientShare ?? 0.1,
    faults: { ...DEFAULT_FAULTS, ...options.faults },
  };
  const log = options.log ?? (() => undefined);

  // Invariant 1: nothing may escape. Recorded instead of crashing, so that the report still prints.
  const crashes: string[] = [];
  const onUncaught = (error: unknown): void => void crashes.push(`uncaughtException: ${describe(error)}`);
  const onUnhandled = (reason: unknown): void => void crashes.push(`unhandledRejection: ${describe(reason)}`);
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUnhandled);

  const topology = await startTopology({
    seedRandom: createPrng(deriveSeed(resolved.seed, 1_000_001)),
    clientRandom: createPrng(deriveSeed(resolved.seed, 1_000_002)),
    attemptTimeoutMs: ATTEMPT_TIMEOUT_MS,
    maxCallDurationMs: MAX_CALL_DURATION_MS,
  });
  const memory = new MemorySampler();
  let bursts: NodeJS.Timeout | undefined;
  let progress: NodeJS.Timeout | undefined;
  try {
    const { burst, ...rates } = resolved.faults;
    topology.emulator.faults.setRates(rates);
    if (burst) {
      bursts = setInterval(() => {
        topology.emulator.faults.enqueue({ kind: 'rateLimit', retryAfterSeconds: burst.retryAfterSeconds, times: burst.size });
      }, burst.everyMs);
    }

    const state: WorkloadState = createWorkloadState();
    const settleMs = (resolved.faults.latencySpikeMs ?? 1_000) + 1_000;
    const startedAt = Date.now();
    const workload = {
      graphqlUrl: topology.graphqlUrl,
      deadline: startedAt + resolved.durationMs,
      maxRequests: resolved.maxRequests,
      settleMs,
      retries: RETRIES,
      minApps: 3,
      maxApps: 12,
      requestTimeoutMs: 60_000,
      impatientShare: resolved.impatientShare,
    };
    memory.start();
    progress = setInterval(() => {
      const seconds = (Date.now() - startedAt) / 1000;
      log(`  ${seconds.toFixed(0)} s: ${state.issued} requests, ${(state.issued / seconds).toFixed(0)}/s, ${topology.emulator.stats().total} Clerk requests`);
    }, 5_000);
    progress.unref();

    const callers = Array.from({ length: resolved.callers }, (_, i) => new Caller(i + 1, deriveSeed(resolved.seed, i + 1), workload, state));
    await Promise.all(callers.map((caller) => caller.run()));
    const durationMs = Date.now() - startedAt;
    clearInterval(progress);
    clearInterval(bursts);
    topology.emulator.faults.clear();

    // Writes answered outcomeUnknown may land up to one injected delay later: wait them out before
    // reading the final state.
    const settleUntil = Math.max(0, ...[...state.models.values()].map((model) => model.settleUntil));
    if (settleUntil > Date.now()) await new Promise((resolve) => setTimeout(resolve, settleUntil - Date.now()));

    // The server must still answer (faults off now).
    const finalQuery = await finalCheck(topology.graphqlUrl);

    const stats = topology.emulator.stats();
    const snapshot = topology.emulator.state();
    const memoryReport = memory.stop();
    // Give late rejections a turn to surface before judging.
    await new Promise((resolve) => setImmediate(resolve));

    const stateFindings = checkState(state, snapshot);
    const outcome = checkOutcomeUnknown(state, topology.observations, stats, snapshot);
    const upstream = checkUpstream(topology.counters, stats, durationMs);
    const faults = faultsByKind(stats);
    const latencies = [...state.latenciesMs].sort((a, b) => a - b);
    const requests = state.latenciesMs.length;
    const allCrashes = [...crashes, ...topology.handlerFailures.map((f) => `gateway handler rejected: ${f}`)];

    const invariants = verdicts({
      crashes: allCrashes,
      finalQuery,
      memoryReport,
      requests,
      state,
      stateFindings,
      outcome,
      upstream,
      faults,
    });

    return {
      options: resolved,
      durationMs,
      requests,
      requestsPerSecond: Math.round((requests / durationMs) * 1000),
      latencyMs: {
        p50: percentile(latencies, 0.5),
        p95: percentile(latencies, 0.95),
        p99: percentile(latencies, 0.99),
        max: Math.round(latencies.at(-1) ?? 0),
      },
      responses: Object.fromEntries([...state.responses].sort(([a], [b]) => a.localeCompare(b))),
      upstream: {
        ...upstream,
        retries: topology.counters.retries,
        giveUps: topology.counters.giveUps,
        attemptOutcomes: countBy(topology.observations.map((o) => o.signature)),
      },
      slowest: [...state.ledger.values()]
        .sort((a, b) => b.durationMs - a.durationMs)
        .slice(0, 5)
        .map((record) => ({
          callId: record.id,
          field: record.field,
          typename: record.typename,
          durationMs: record.durationMs,
          attempts: topology.observations
            .filter((o) => o.callId === record.id)
            .map((o) => `${o.operationId ?? '?'}:${o.signature}`),
        })),
      faults,
      outcomeUnknown: outcome,
      state: stateFindings,
      inFlight: { mismatches: state.mismatches, contractViolations: state.contractViolations, noAnswer: state.noAnswer },
      memory: memoryReport,
      crashes: allCrashes,
      finalQuery,
      invariants,
      ok: invariants.every((v) => v.ok),
    };
  } finally {
    clearInterval(progress);
    clearInterval(bursts);
    memory.stop();
    await topology.close();
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUnhandled);
  }
}

async function finalCheck(url: string): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        // Call 0: no caller's; its Clerk attempt is still traced to a request.
        [CALL_ID_HEADER]: '0',
      },
      body: JSON.stringify({ query: LIST, variables: { limit: 1 } }),
      signal: AbortSignal.timeout(15_000),
    });
    const judged = judgeResponse('oauthApplications', response.status, await response.text());
    return judged.problem ?? judged.typename;
  } catch (error) {
    return `no answer: ${describe(error)}`;
  }
}

interface VerdictInputs {
  crashes: string[];
  finalQuery: string;
  memoryReport: MemoryReport;
  requests: number;
  state: WorkloadState;
  stateFindings: StateFindings;
  outcome: OutcomeUnknownFindings;
  upstream: UpstreamFindings;
  faults: Record<string, { total: number; writeApplied: number }>;
}

const FAULT_KINDS = ['status', 'rateLimit', 'dropBeforeProcessing', 'dropAfterWrite', 'malformedBody', 'latency'] as const;

function verdicts(input: VerdictInputs): InvariantVerdict[] {
  const { crashes, finalQuery, memoryReport: m, requests, state, stateFindings: s, outcome: o, upstream: u, faults } = input;
  const samples = (...tallies: Tally[]): string[] => tallies.flatMap((t) => t.samples).slice(0, 10);
  const heapOk = heapWithinBound(m);
  const typedErrors = Object.entries(Object.fromEntries(state.responses))
    .filter(([key]) => /Error/.test(key))
    .reduce((sum, [, n]) => sum + n, 0);
  return [
    {
      id: 1,
      name: 'the process never crashed; memory stayed bounded',
      ok: crashes.length === 0 && finalQuery === 'OAuthApplicationConnection' && heapOk,
      detail:
        `${crashes.length} crashes, final query: ${finalQuery}; peak RSS ${m.peakRssMb} MB; heapUsed median ` +
        `${m.firstQuarterHeapMb} MB (first quarter) → ${m.lastQuarterHeapMb} MB (last quarter), limit ${m.heapLimitMb} MB` +
        `${m.gcExposed ? '' : ' (no gc: sawtooth)'}, slope after warm-up ${m.heapSlopeMbPerMinute} MB/min`,
      samples: [...crashes.slice(0, 10), ...(heapOk ? [] : [`heap grew past its bound (1.5 × first quarter + 16 MB after gc)`])],
    },
    {
      id: 2,
      name: 'every response is data or a typed error of the contract',
      ok: requests > 0 && state.contractViolations.count === 0 && state.noAnswer.count === 0,
      detail: `${requests} responses (${typedErrors} typed errors), ${state.contractViolations.count} not data or a typed error, ${state.noAnswer.count} without an HTTP answer`,
      samples: samples(state.contractViolations, state.noAnswer),
    },
    {
      id: 3,
      name: 'zero duplicate applications; every acknowledged create exists',
      ok: s.duplicates.count === 0 && s.missingAcknowledged.count === 0 && s.phantoms.count === 0,
      detail: `${s.liveApplications} live, ${s.deletedApplications} deleted; ${s.duplicates.count} duplicates, ${s.missingAcknowledged.count} acknowledged creates missing, ${s.phantoms.count} phantoms`,
      samples: samples(s.duplicates, s.missingAcknowledged, s.phantoms),
    },
    {
      id: 4,
      name: "every acknowledged write is reflected in Clerk's state",
      ok: s.stateMismatches.count === 0 && state.mismatches.count === 0,
      detail:
        `final state: ${s.checked.names} names, ${s.checked.scopes} scope sets, ${s.checked.secrets} secrets, ${s.checked.deletions} deletions checked, ` +
        `${s.stateMismatches.count} mismatches; in flight: ${state.mismatches.count} contradictions`,
      samples: samples(s.stateMismatches, state.mismatches),
    },
    {
      id: 5,
      name: 'outcomeUnknown only where Clerk may have acted',
      ok: o.lostOrMisreported.count === 0 && o.onReads === 0 && o.unfounded.count === 0,
      detail:
        `${o.appliedWrites.calls} write calls applied without a usable answer (${o.appliedWrites.entries} fault-log entries) → ` +
        `${o.appliedWrites.answeredSuccess} answered success (retried), ${o.appliedWrites.answeredUnknown} outcomeUnknown, ` +
        `${o.lostOrMisreported.count} lost or misreported; ` +
        `outcomeUnknown answers: ${o.applied} applied / ${o.notApplied} not applied, ${o.unfounded.count} unfounded, ${o.onReads} on reads`,
      samples: samples(o.lostOrMisreported, o.unfounded, state.readOutcomeUnknown),
    },
    {
      id: 6,
      name: 'upstream calls within (1 + retry budget) × logical calls',
      ok: u.upstreamCalls <= u.allowance,
      detail: `${u.upstreamCalls} Clerk requests for ${u.logicalCalls} logical calls (×${u.ratio.toFixed(3)}), allowance ${u.formula} = ${u.allowance}`,
      samples: [],
    },
    {
      id: 7,
      name: 'every fault kind was injected (the soak tested something)',
      ok: FAULT_KINDS.every((kind) => (faults[kind]?.total ?? 0) > 0) && (faults.dropAfterWrite?.writeApplied ?? 0) > 0 && o.appliedWrites.calls > 0,
      detail: FAULT_KINDS.map((kind) => `${kind} ${faults[kind]?.total ?? 0}`).join(', '),
      samples: FAULT_KINDS.filter((kind) => (faults[kind]?.total ?? 0) === 0).map((kind) => `no ${kind} fault was injected`),
    },
  ];
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
