/**
 * Runs one client call: attempts under one deadline, each through the rate limiter and the
 * concurrency bound, the retry rules, backoff or Retry-After waits, the shared retry budget and the
 * caller's abort. Knows nothing of the six operations beyond the CallPlan each of them hands in.
 */
import { invalidCallSecretKeyError } from './error-from-limiter.js';
import { abortedCallError, closedClientError, errorFromTransportFailure } from './error-from-transport.js';
import { errorFromResponse, unreadableSuccessError } from './error-from-response.js';
import type { AttemptEvent, CallOptions, ClerkOperation, GiveUpReason } from './client.js';
import type { GatewayError } from './errors.js';
import type { RateLimit } from './rate-limiter.js';
import type { ResponseGuard } from './request-parts.js';
import { cappedRetryAfterMs } from './retry-after.js';
import type { RetryBudget } from './retry-budget.js';
import { resolveRetrySettings, retryDelayMs } from './retry-policy.js';
import { type FailedAttempt, judgeAttempt, type OperationKind } from './retry-rules.js';
import { isUsableSecretKey, type KeyIdentity, keyIdentity } from './secret-key.js';
import { readSuccessBody } from './success-body.js';
import {
  attemptTimeoutReason,
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  isTimeoutReason,
  TransportError,
  type TransportErrorKind,
} from './transport.js';
import type { StartTimer } from './sleep.js';
import { type GateContext, type GateKey, passGate } from './upstream-gate.js';

export interface CallPlan<T> {
  operation: ClerkOperation;
  kind: OperationKind;
  method: HttpRequest['method'];
  /** Path and query, starting with `/v1/`. */
  path: string;
  body?: string;
  /** The id the call is about ('' for list and create); becomes NotFoundError.resourceId. */
  resourceId: string;
  guard: ResponseGuard<T>;
  /** When set, a 404 after an attempt that may have been applied is this result instead of an error. */
  resultForNotFoundAfterMaybeApplied?: () => T;
}

export interface CallContext {
  baseUrl: string;
  /** The client's own key; a call may bring its own instead. */
  clientKey: KeyIdentity;
  /** Every header but Authorization. */
  headers: Readonly<Record<string, string>>;
  transport: HttpTransport;
  clock: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Attempt timeouts: the real clock's setTimeout, or a timer on the injected `sleep`. */
  startTimer: StartTimer;
  random: () => number;
  attemptTimeoutMs: number;
  maxCallDurationMs: number;
  /** The longest a Retry-After is honoured: for the wait, the cooldown and the error alike. */
  maxRetryAfterMs: number;
  budget: RetryBudget;
  onAttempt: ((event: AttemptEvent) => void) | undefined;
  isClosed: () => boolean;
  rateLimit: RateLimit | 'off' | 'auto';
  gate: GateContext;
}

type AttemptResult = { type: 'response'; response: HttpResponse } | { type: 'transport'; error: TransportError };

export async function executeCall<T>(ctx: CallContext, plan: CallPlan<T>, options?: CallOptions): Promise<T> {
  const signal = options?.signal;
  if (ctx.isClosed()) throw closedClientError();
  if (signal?.aborted) throw abortedCallError(false, signal.reason);
  if (options?.secretKey !== undefined && !isUsableSecretKey(options.secretKey)) throw invalidCallSecretKeyError();
  const key = options?.secretKey === undefined ? ctx.clientKey : keyIdentity(options.secretKey);
  const gateKey: GateKey = {
    limiterKey: key.limiterKey,
    limit: ctx.rateLimit === 'off' ? null : ctx.rateLimit === 'auto' ? key.defaultRateLimit : ctx.rateLimit,
    source: key === ctx.clientKey ? 'client' : 'call',
  };

  const policy = resolveRetrySettings(options?.retry, { maxCallDurationMs: ctx.maxCallDurationMs });
  const deadline = ctx.clock() + policy.maxElapsedTimeMs;
  const write = plan.kind !== 'read';
  const headers = { Authorization: key.authorization, ...ctx.headers };
  const request: Omit<HttpRequest, 'signal'> = {
    method: plan.method,
    url: ctx.baseUrl + plan.path,
    headers: plan.body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    ...(plan.body === undefined ? {} : { body: plan.body }),
  };
  ctx.budget.recordCall();
  // Once true, some attempt of this write may have been applied by Clerk.
  let mayHaveLanded = false;
  // The answer a retry would replace: what the caller gets if that retry cannot be sent.
  let previous: { result: AttemptResult; failed: FailedAttempt } | null = null;

  for (let attempt = 1; ; attempt += 1) {
    const gate = await passGate(ctx.gate, gateKey, { operation: plan.operation, attempt }, deadline, signal);
    if (gate.type === 'aborted') throw abortedCallError(write && mayHaveLanded, signal?.reason);
    if (gate.type === 'refused' || ctx.isClosed()) {
      if (gate.type === 'open') gate.release(false);
      if (previous !== null) throw finalError(previous.result, previous.failed, plan.resourceId, write && mayHaveLanded);
      throw gate.type === 'refused' ? gate.error : closedClientError();
    }
    const startedAt = ctx.clock();
    const timeoutMs = Math.max(1, Math.min(ctx.attemptTimeoutMs, deadline - startedAt));
    let result: AttemptResult | undefined;
    try {
      result = await runAttempt(ctx, request, timeoutMs, signal);
    } finally {
      gate.release(!(result?.type === 'transport' && result.error.surelyNotSent));
    }
    const durationMs = ctx.clock() - startedAt;

    let failed: FailedAttempt;
    if (result.type === 'response') {
      const { response } = result;
      if (response.status >= 200 && response.status <= 299) {
        const body = readSuccessBody(response, plan.guard);
        if (body.usable) {
          emit(ctx, attemptEvent({ operation: plan.operation, attempt, durationMs, status: response.status, errorKind: null }, 'success'));
          return body.value;
        }
        failed = { type: 'unreadable_success', status: response.status };
      } else if (response.status === 404 && mayHaveLanded && plan.resultForNotFoundAfterMaybeApplied) {
        emit(ctx, attemptEvent({ operation: plan.operation, attempt, durationMs, status: 404, errorKind: null }, 'success'));
        return plan.resultForNotFoundAfterMaybeApplied();
      } else {
        const retryAfterMs = cappedRetryAfterMs(response.headers['retry-after'], ctx.clock(), ctx.maxRetryAfterMs);
        failed = { type: 'status', status: response.status, retryAfterMs };
        if (response.status === 429 && retryAfterMs !== null) {
          ctx.gate.cooldown.block(key.limiterKey, plan.operation, ctx.clock() + retryAfterMs);
        }
      }
    } else if (signal?.aborted) {
      emit(ctx, attemptEvent({ operation: plan.operation, attempt, durationMs, status: null, errorKind: 'aborted' }, 'give_up', null, 'aborted'));
      throw abortedCallError(write && (mayHaveLanded || !result.error.surelyNotSent), signal.reason);
    } else {
      failed = { type: 'transport', error: result.error };
    }

    const verdict = judgeAttempt(failed, plan.kind, policy.retryConnectionErrors);
    mayHaveLanded ||= verdict.mayHaveLanded;
    const attemptFacts: AttemptFacts = {
      operation: plan.operation,
      attempt,
      durationMs,
      status: failed.type === 'transport' ? failed.error.status : failed.status,
      errorKind: failed.type === 'transport' ? failed.error.kind : failed.type === 'unreadable_success' ? 'unreadable_body' : null,
    };
    const giveUp = (reason: GiveUpReason): GatewayError => {
      emit(ctx, attemptEvent(attemptFacts, 'give_up', null, reason));
      return finalError(result, failed, plan.resourceId, write && mayHaveLanded);
    };

    if (!verdict.retryable) throw giveUp('not_retryable');
    if (policy.strategy === 'none') throw giveUp('strategy_none');
    if (ctx.isClosed()) throw giveUp('closed');
    // Retry-After replaces the computed backoff: Clerk's block lasts that long (up to the ceiling).
    const delayMs = retryDelayMs(policy, attempt - 1, failed.type === 'status' ? failed.retryAfterMs : null, ctx.random);
    // A wait that ends at or past the deadline leaves no time for the attempt: answer now instead.
    if (ctx.clock() + delayMs >= deadline) throw giveUp('deadline');
    if (!ctx.budget.tryRetry()) throw giveUp('budget');
    emit(ctx, attemptEvent(attemptFacts, 'retry', delayMs));

    try {
      await ctx.sleep(delayMs, signal);
    } catch (error) {
      if (signal?.aborted) throw abortedCallError(write && mayHaveLanded, signal.reason);
      throw error;
    }
    if (signal?.aborted) throw abortedCallError(write && mayHaveLanded, signal.reason);
    // close() during the wait: the pool is going away, so the last answer is the answer.
    if (ctx.isClosed()) throw finalError(result, failed, plan.resourceId, write && mayHaveLanded);
    previous = { result, failed };
  }
}

/**
 * One attempt under its own timeout. The timeout runs on the context's timer (on the injected sleep
 * when there is one, so virtual-time tests drive it like any other wait); on expiry the attempt's
 * signal is aborted with a TimeoutError reason and the transport reports whether the request had
 * been sent. The caller's abort reaches the attempt through the same signal.
 */
async function runAttempt(
  ctx: CallContext,
  request: Omit<HttpRequest, 'signal'>,
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
): Promise<AttemptResult> {
  const attempt = new AbortController();
  const onCallerAbort = (): void => attempt.abort(callerSignal?.reason);
  if (callerSignal?.aborted) attempt.abort(callerSignal.reason);
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const cancelTimeout = ctx.startTimer(timeoutMs, () => attempt.abort(attemptTimeoutReason()));
  try {
    // A copy of the headers: a transport may keep or change what it is handed.
    const response = await ctx.transport({ ...request, headers: { ...request.headers }, signal: attempt.signal });
    return { type: 'response', response };
  } catch (error) {
    return { type: 'transport', error: asTransportError(error, attempt.signal) };
  } finally {
    cancelTimeout();
    callerSignal?.removeEventListener('abort', onCallerAbort);
  }
}

type AttemptFacts = Pick<AttemptEvent, 'operation' | 'attempt' | 'durationMs' | 'status' | 'errorKind'>;

function attemptEvent(
  facts: AttemptFacts,
  outcome: AttemptEvent['outcome'],
  delayMs: number | null = null,
  giveUpReason: GiveUpReason | null = null,
): AttemptEvent {
  return { ...facts, outcome, delayMs, giveUpReason };
}

/** A custom transport that throws something else is taken at its most cautious reading: maybe sent. */
function asTransportError(error: unknown, signal: AbortSignal): TransportError {
  if (error instanceof TransportError) return error;
  const kind: TransportErrorKind = signal.aborted ? (isTimeoutReason(signal.reason) ? 'timeout' : 'aborted') : 'network';
  return new TransportError({ kind, surelyNotSent: false, cause: error });
}

function finalError(result: AttemptResult, failed: FailedAttempt, resourceId: string, outcomeUnknown: boolean): GatewayError {
  if (failed.type === 'transport') return errorFromTransportFailure(failed.error, outcomeUnknown);
  const response = (result as { response: HttpResponse }).response;
  if (failed.type === 'unreadable_success') return unreadableSuccessError(response, outcomeUnknown);
  // Rounded up: waiting the seconds a caller is told is never too short.
  const retryAfterSeconds = failed.retryAfterMs === null ? null : Math.ceil(failed.retryAfterMs / 1_000);
  return errorFromResponse(response, { resourceId, retryAfterSeconds, outcomeUnknown });
}

function emit(ctx: CallContext, event: AttemptEvent): void {
  if (ctx.onAttempt === undefined) return;
  try {
    ctx.onAttempt(event);
  } catch {
    // A metrics hook must never change the outcome of a call.
  }
}
