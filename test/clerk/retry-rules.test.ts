/**
 * judgeAttempt on its own: for every kind of failed attempt and every kind of operation, whether it
 * may be sent again and whether Clerk may have acted on it.
 */
import { describe, expect, it } from 'vitest';
import { type AttemptVerdict, type FailedAttempt, judgeAttempt, type OperationKind } from '../../src/clerk/retry-rules.js';
import { TransportError, type TransportErrorInit } from '../../src/clerk/transport.js';

const KINDS: readonly OperationKind[] = ['read', 'idempotent_write', 'unsafe_write', 'reissuing_write'];

const answer = (status: number, retryAfterMs: number | null = null): FailedAttempt => ({ type: 'status', status, retryAfterMs });
const unreadable = (status: number): FailedAttempt => ({ type: 'unreadable_success', status });
const transport = (init: TransportErrorInit): FailedAttempt => ({ type: 'transport', error: new TransportError(init) });

/** The verdicts for read, idempotent_write, unsafe_write (create) and reissuing_write (rotate), in that order. */
function verdicts(attempt: FailedAttempt, retryConnectionErrors = true): AttemptVerdict[] {
  return KINDS.map((kind) => judgeAttempt(attempt, kind, retryConnectionErrors));
}

const v = (retryable: boolean, mayHaveLanded: boolean): AttemptVerdict => ({ retryable, mayHaveLanded });
/** Clerk surely did not act, and every kind may try again. */
const RETRY_ALL = [v(true, false), v(true, false), v(true, false), v(true, false)];
/** Clerk surely did not act, and nothing is sent again. */
const FINAL_NOT_LANDED = [v(false, false), v(false, false), v(false, false), v(false, false)];
/**
 * Clerk may have acted: reads and idempotent writes try again, creates never do, and rotations do
 * (the secret a lost answer carried is seen by nobody; the next rotation replaces it).
 */
const MAYBE_LANDED = [v(true, false), v(true, true), v(false, true), v(true, true)];
/** Clerk may have acted, and nothing is sent again. */
const FINAL_MAYBE_LANDED = [v(false, false), v(false, true), v(false, true), v(false, true)];

describe('judgeAttempt: answers with a status', () => {
  it('retries a 429 with Retry-After for every kind: the limiter refused before doing anything', () => {
    expect(verdicts(answer(429, 5_000))).toEqual(RETRY_ALL);
    expect(verdicts(answer(429, 0))).toEqual(RETRY_ALL);
  });

  it('retries a 429 without Retry-After for reads and idempotent writes, never for a create or rotate', () => {
    expect(verdicts(answer(429))).toEqual([v(true, false), v(true, false), v(false, false), v(false, false)]);
  });

  it('retries a 503 with Retry-After for every kind (maintenance: nothing was done)', () => {
    expect(verdicts(answer(503, 1_000))).toEqual(RETRY_ALL);
    expect(verdicts(answer(503, 0))).toEqual(RETRY_ALL);
  });

  it('treats a 503 without Retry-After as a 5xx that may have landed', () => {
    expect(verdicts(answer(503))).toEqual(MAYBE_LANDED);
  });

  it('treats every other 5xx as maybe landed, Retry-After or not', () => {
    for (const status of [500, 501, 502, 504, 599]) {
      expect(verdicts(answer(status))).toEqual(MAYBE_LANDED);
      expect(verdicts(answer(status, 1_000))).toEqual(MAYBE_LANDED);
    }
  });

  it('never retries other answers and says they did not land (4xx refusals, and anything outside 4xx/5xx)', () => {
    for (const status of [300, 304, 400, 401, 403, 404, 409, 422, 428, 499, 600, 999]) {
      expect(verdicts(answer(status))).toEqual(FINAL_NOT_LANDED);
      expect(verdicts(answer(status, 1_000))).toEqual(FINAL_NOT_LANDED);
    }
  });

  it('does not consult retryConnectionErrors for answers', () => {
    expect(verdicts(answer(500), false)).toEqual(MAYBE_LANDED);
    expect(verdicts(answer(429, 1_000), false)).toEqual(RETRY_ALL);
  });
});

describe('judgeAttempt: a 2xx whose body could not be read', () => {
  it('was processed by Clerk: reads and rotations retry, other writes are not sent again', () => {
    for (const status of [200, 201, 204, 299]) {
      expect(verdicts(unreadable(status))).toEqual([v(true, false), v(false, true), v(false, true), v(true, true)]);
      expect(verdicts(unreadable(status), false)).toEqual([v(true, false), v(false, true), v(false, true), v(true, true)]);
    }
  });
});

describe('judgeAttempt: transport failures', () => {
  it('retries a request that surely was not sent when connection errors are retried, for every kind', () => {
    for (const kind of ['network', 'timeout'] as const) {
      expect(verdicts(transport({ kind, surelyNotSent: true }))).toEqual(RETRY_ALL);
      expect(verdicts(transport({ kind, surelyNotSent: true }), false)).toEqual(FINAL_NOT_LANDED);
    }
  });

  it('treats a failure after the request may have been written as maybe landed', () => {
    for (const kind of ['network', 'timeout'] as const) {
      expect(verdicts(transport({ kind, surelyNotSent: false }))).toEqual(MAYBE_LANDED);
      expect(verdicts(transport({ kind, surelyNotSent: false }), false)).toEqual(FINAL_MAYBE_LANDED);
    }
  });

  it('never retries an aborted attempt; it may have landed only when it had been sent', () => {
    for (const retryConnectionErrors of [true, false]) {
      expect(verdicts(transport({ kind: 'aborted', surelyNotSent: true }), retryConnectionErrors)).toEqual(FINAL_NOT_LANDED);
      expect(verdicts(transport({ kind: 'aborted', surelyNotSent: false }), retryConnectionErrors)).toEqual(FINAL_MAYBE_LANDED);
    }
  });

  it('never retries an oversized response; it may have landed unless its status was a 4xx refusal', () => {
    for (const retryConnectionErrors of [true, false]) {
      for (const status of [200, 201, 299, 399, 500, 503, 600, null]) {
        expect(verdicts(transport({ kind: 'response_too_large', surelyNotSent: false, status }), retryConnectionErrors)).toEqual(
          FINAL_MAYBE_LANDED,
        );
      }
      for (const status of [400, 401, 404, 429, 499]) {
        expect(verdicts(transport({ kind: 'response_too_large', surelyNotSent: false, status }), retryConnectionErrors)).toEqual(
          FINAL_NOT_LANDED,
        );
      }
    }
  });
});
