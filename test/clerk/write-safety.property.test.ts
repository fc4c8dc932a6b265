/**
 * The write-safety promises as properties, over every kind of failed attempt and every kind of
 * operation, in sequences of several attempts:
 *   (a) a create is never sent again after an attempt that may have landed;
 *   (a') a rotation is sent again after an attempt that may have landed, whenever an idempotent
 *        write would be (its lost secret is void once replaced), so it ends in outcomeUnknown only
 *        when no attempt within the deadline got an answer;
 *   (b) when a write may have landed, a failed call ends in UpstreamError with outcomeUnknown: true;
 *   (c) a read never reports outcomeUnknown;
 *   (d) and the converse of (b): when no attempt can have landed, the outcome is not called unknown;
 *   (e) no write is sent again after a 2xx, even one whose body is unusable.
 * Checked once on judgeAttempt alone, and once end to end through the ClerkClient on the scripted
 * fake transport in virtual time.
 *
 * Whether an attempt may have landed is decided here from the attempt's description alone
 * (`mayHaveLanded` below), independently of the rules under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/clerk/errors.js';
import { type FailedAttempt, judgeAttempt, type OperationKind } from '../../src/clerk/retry-rules.js';
import { TransportError } from '../../src/clerk/transport.js';
import { APP_WITH_SECRET, type Step } from './fake-transport.js';
import { type Operation, OPERATIONS, setupClient } from './write-safety-setup.js';

/** One attempt's fate, as the scripted transport plays it. */
type Attempt =
  /** A 2xx whose body is not the operation's result. */
  | { type: 'unreadable'; status: number; body: 'truncated' | 'html' | 'other_shape' | 'empty' }
  /** A response whose body passed the size cap; `status` null when even the status line was lost. */
  | { type: 'oversized'; status: number | null }
  /** A non-2xx answer, its body Clerk's JSON errors or a proxy's HTML page. */
  | { type: 'status'; status: number; retryAfter: boolean; malformedBody: boolean }
  /** A connection failure before (`written: false`: refused, reset while connecting) or after the request was written. */
  | { type: 'network'; written: boolean }
  /** No answer until the attempt timeout. */
  | { type: 'timeout'; sent: boolean }
  /** The transport reports the attempt as aborted without the caller having cancelled. */
  | { type: 'transport_aborted'; sent: boolean }
  /** The caller cancels the call during the attempt. */
  | { type: 'caller_abort'; sent: boolean }
  /** A readable 2xx: the call succeeds. */
  | { type: 'success' };

const STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];

/** Every failed attempt the properties run over; each one is also tried on its own (see `examples`). */
const FAILED_ATTEMPTS: readonly Attempt[] = [
  ...[200, 201, 204].flatMap((status) =>
    (['truncated', 'html', 'other_shape', 'empty'] as const).map((body): Attempt => ({ type: 'unreadable', status, body })),
  ),
  ...[200, 201, 400, 401, 404, 429, 500, 502, 503, null].map((status): Attempt => ({ type: 'oversized', status })),
  ...STATUSES.flatMap((status) =>
    [false, true].flatMap((retryAfter) => [false, true].map((malformedBody): Attempt => ({ type: 'status', status, retryAfter, malformedBody }))),
  ),
  ...[false, true].flatMap((flag): Attempt[] => [
    { type: 'network', written: flag },
    { type: 'timeout', sent: flag },
    { type: 'transport_aborted', sent: flag },
  ]),
];

/** What may also happen during a call: the caller cancels, or Clerk answers. */
const OTHER_CALL_ATTEMPTS: readonly Attempt[] = [{ type: 'caller_abort', sent: false }, { type: 'caller_abort', sent: true }, { type: 'success' }];
const CALL_ATTEMPTS: readonly Attempt[] = [...FAILED_ATTEMPTS, ...OTHER_CALL_ATTEMPTS];

const failedAttempt: fc.Arbitrary<Attempt> = fc.constantFrom(...FAILED_ATTEMPTS);
const attemptInCall: fc.Arbitrary<Attempt> = fc.oneof(
  { arbitrary: failedAttempt, weight: 8 },
  { arbitrary: fc.constantFrom(...OTHER_CALL_ATTEMPTS), weight: 2 },
);

/** Whether Clerk may have acted on this attempt, were it a write. */
function mayHaveLanded(attempt: Attempt): boolean {
  switch (attempt.type) {
    case 'success':
    case 'unreadable':
      return true;
    case 'oversized':
      return attempt.status === null || attempt.status < 400 || attempt.status > 499;
    case 'status':
      if (attempt.status === 503 && attempt.retryAfter) return false;
      return attempt.status >= 500;
    case 'network':
      return attempt.written;
    case 'timeout':
    case 'transport_aborted':
    case 'caller_abort':
      return attempt.sent;
  }
}

/** The attempt as judgeAttempt sees it (success and the caller's abort never reach it). */
function asFailedAttempt(attempt: Attempt): FailedAttempt {
  switch (attempt.type) {
    case 'unreadable':
      return { type: 'unreadable_success', status: attempt.status };
    case 'oversized':
      return transportFailure({ kind: 'response_too_large', surelyNotSent: false, status: attempt.status });
    case 'status':
      return { type: 'status', status: attempt.status, retryAfterMs: attempt.retryAfter ? 1_000 : null };
    case 'network':
      return transportFailure({ kind: 'network', surelyNotSent: !attempt.written });
    case 'timeout':
      return transportFailure({ kind: 'timeout', surelyNotSent: !attempt.sent });
    case 'transport_aborted':
    case 'caller_abort':
      return transportFailure({ kind: 'aborted', surelyNotSent: !attempt.sent });
    case 'success':
      throw new Error('a success is not a failed attempt');
  }
}

function transportFailure(init: ConstructorParameters<typeof TransportError>[0]): FailedAttempt {
  return { type: 'transport', error: new TransportError(init) };
}

function scriptStep(attempt: Attempt, success: unknown): Step {
  switch (attempt.type) {
    case 'success':
      return { status: 200, body: success };
    case 'unreadable': {
      const rawBody = {
        truncated: JSON.stringify(success).slice(0, 40),
        html: '<html>oops</html>',
        other_shape: JSON.stringify({ unexpected: true }),
        empty: '',
      }[attempt.body];
      return { status: attempt.status, rawBody };
    }
    case 'oversized':
      return { fail: { kind: 'response_too_large', surelyNotSent: false, status: attempt.status } };
    case 'status':
      return {
        status: attempt.status,
        ...(attempt.malformedBody
          ? { rawBody: `<html>${attempt.status}</html>` }
          : { body: { errors: [{ code: `status_${attempt.status}`, message: 'm', long_message: 'l' }], clerk_trace_id: 't' } }),
        ...(attempt.retryAfter ? { headers: { 'Retry-After': '1' } } : {}),
      };
    case 'network':
      return { fail: { kind: 'network', surelyNotSent: !attempt.written, code: attempt.written ? 'ECONNRESET' : 'ECONNREFUSED' } };
    case 'timeout':
    case 'caller_abort':
      return { hang: { sent: attempt.sent } };
    case 'transport_aborted':
      return { fail: { kind: 'aborted', surelyNotSent: !attempt.sent } };
  }
}

const KINDS: readonly OperationKind[] = ['read', 'idempotent_write', 'unsafe_write', 'reissuing_write'];

/** fast-check counts `examples` within `numRuns`: this runs all of them, then `randomRuns` generated cases. */
function withExamples<T>(randomRuns: number, examples: T[]): { numRuns: number; examples: T[] } {
  return { numRuns: examples.length + randomRuns, examples };
}

describe('judgeAttempt: write-safety properties', () => {
  it('over sequences of failed attempts, for every kind of operation', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KINDS), fc.array(failedAttempt, { minLength: 1, maxLength: 6 }), fc.boolean(), (kind, attempts, retryConnectionErrors) => {
        let landed = false;
        for (const attempt of attempts) {
          const verdict = judgeAttempt(asFailedAttempt(attempt), kind, retryConnectionErrors);
          // (c) reads never land; (b, d) writes land exactly when this attempt may have been applied.
          expect(verdict.mayHaveLanded).toBe(kind !== 'read' && mayHaveLanded(attempt));
          landed ||= verdict.mayHaveLanded;
          // (a) a create that may have landed is not sent again.
          if (kind === 'unsafe_write' && mayHaveLanded(attempt)) expect(verdict.retryable).toBe(false);
          // (e) no create or idempotent write is sent again after a 2xx: Clerk acted on it, whatever its body.
          if ((kind === 'unsafe_write' || kind === 'idempotent_write') && attempt.type === 'unreadable') expect(verdict.retryable).toBe(false);
          // (a') a rotation is resent exactly when an idempotent write would be, but for 429 without
          // Retry-After, which it takes (like a create) for an answer that may not be a refusal, and
          // for an unreadable 2xx, whose secret is void either way.
          if (kind === 'reissuing_write' && attempt.type === 'unreadable') expect(verdict.retryable).toBe(true);
          else if (kind === 'reissuing_write' && !(attempt.type === 'status' && attempt.status === 429 && !attempt.retryAfter)) {
            expect(verdict.retryable).toBe(judgeAttempt(asFailedAttempt(attempt), 'idempotent_write', retryConnectionErrors).retryable);
          }
          if (!verdict.retryable) break;
        }
        if (kind === 'read') expect(landed).toBe(false);
      }),
      withExamples(
        500,
        // Every single failed attempt, for every kind and both settings of retryConnectionErrors.
        KINDS.flatMap((kind) => FAILED_ATTEMPTS.flatMap((attempt) => [true, false].map((rce): [OperationKind, Attempt[], boolean] => [kind, [attempt], rce]))),
      ),
    );
  });
});

describe('ClerkClient: write-safety properties end to end', () => {
  it('over scripted attempt sequences for all six operations', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...OPERATIONS.map((op) => op.name)),
        fc.array(attemptInCall, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (name, attempts, retryConnectionErrors) => {
          const op = OPERATIONS.find((candidate) => candidate.name === name) as Operation;
          const success = op.kind === 'unsafe_write' ? APP_WITH_SECRET : op.success;
          const controller = new AbortController();
          // The fake transport repeats the script's last step.
          const attemptAt = (index: number): Attempt => attempts[Math.min(index, attempts.length - 1)] as Attempt;
          const t = setupClient(
            attempts.map((attempt) => scriptStep(attempt, success)),
            { attemptTimeoutMs: 1_000, maxCallDurationMs: 10_000, rateLimit: 'off', retryBudget: { ratio: 100, minRetriesPerSecond: 100 } },
            (index, vt) => {
              if (attemptAt(index).type === 'caller_abort') vt.at(10, () => controller.abort(new Error('caller gone')));
            },
          );
          // At most a handful of attempts fit in the 10-s deadline, so that the script's last step,
          // repeated, cannot turn into hundreds of them.
          const retry = { initialIntervalMs: 500, maxIntervalMs: 2_000, retryConnectionErrors };
          const outcome = await t.vt.run(op.call(t.client, { retry, signal: controller.signal })).then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({ ok: false as const, error }),
          );

          const sent = t.requests.map((_request, index) => attemptAt(index));
          expect(sent.length).toBeGreaterThan(0);
          expect(t.requests.every((request) => request.method === op.method)).toBe(true);
          const landed = op.kind !== 'read' && sent.some(mayHaveLanded);
          // (a) nothing follows an attempt of a create that may have landed.
          if (op.kind === 'unsafe_write') {
            expect(sent.slice(0, -1).filter(mayHaveLanded)).toEqual([]);
          }
          // (e) nothing follows a create's or idempotent write's 2xx, even one whose body is unusable
          // (a rotation's is resent: the secret it may carry is void either way).
          if (op.kind === 'unsafe_write' || op.kind === 'idempotent_write') {
            expect(sent.slice(0, -1).filter((attempt) => attempt.type === 'unreadable')).toEqual([]);
          }
          // A readable 2xx ends the call with its result.
          if (sent.at(-1)?.type === 'success') expect(outcome.ok).toBe(true);
          if (outcome.ok) return;
          const { error } = outcome;
          const last = sent.at(-1) as Attempt;
          // (c) a read never reports an unknown outcome; (d) neither does a write that cannot have landed.
          if (!landed) {
            expect(error).not.toMatchObject({ outcomeUnknown: true });
            return;
          }
          // (b) ... except where the last answer settles it: a 400/422 would have refused the
          // earlier identical request too, and a 404 says the application is gone.
          if ((op.kind === 'idempotent_write' || op.kind === 'reissuing_write') && last.type === 'status' && [400, 404, 422].includes(last.status)) {
            expect(error).not.toBeInstanceOf(UpstreamError);
            return;
          }
          expect(error).toBeInstanceOf(UpstreamError);
          expect(error).toMatchObject({ outcomeUnknown: true });
        },
      ),
      withExamples(
        300,
        // Every operation with every attempt as its first: once followed by Clerk's answer (so that a
        // retry shows as a second request that succeeds), once repeated until the call gives up.
        OPERATIONS.flatMap((op) =>
          CALL_ATTEMPTS.flatMap((attempt): [string, Attempt[], boolean][] => [
            [op.name, [attempt, { type: 'success' }], true],
            [op.name, [attempt], false],
          ]),
        ),
      ),
    );
  });
});
