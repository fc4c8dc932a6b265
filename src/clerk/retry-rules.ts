/**
 * Which failed attempts may be retried, per kind of operation, and whether an attempt may have
 * changed state at Clerk. The rule for writes: never send a create again unless Clerk surely did
 * not act on the previous one, so a retry can never make a second application. A rotation is the
 * exception that proves the rule: when its answer was lost, the secret Clerk may have issued is
 * known to nobody, and rotating again voids it and hands back one that works.
 */
import type { TransportError } from './transport.js';

/**
 * - `read`: GET.
 * - `idempotent_write`: PATCH (re-applies the same fields) and DELETE (a repeat ends in the same state).
 * - `unsafe_write`: POST create: each application makes a new application.
 * - `reissuing_write`: POST rotate_secret: each application issues a new secret that voids the one
 *   before. A repeat after a lost answer is what the caller asked for (a secret nobody saw is void,
 *   the new one is answered), so it is resent after any failure an idempotent write is resent
 *   after; like a create, it trusts a 429 as a refusal only with Retry-After.
 */
export type OperationKind = 'read' | 'idempotent_write' | 'unsafe_write' | 'reissuing_write';

export type FailedAttempt =
  /** A non-2xx response. */
  /** `retryAfterMs`: Clerk's Retry-After, already capped; null when absent or unreadable. */
  | { type: 'status'; status: number; retryAfterMs: number | null }
  /** A 2xx whose body could not be read as the operation's result: the request was processed. */
  | { type: 'unreadable_success'; status: number }
  | { type: 'transport'; error: TransportError };

export interface AttemptVerdict {
  retryable: boolean;
  /** The attempt may have been applied by Clerk. Always false for reads. */
  mayHaveLanded: boolean;
}

export function judgeAttempt(
  attempt: FailedAttempt,
  kind: OperationKind,
  retryConnectionErrors: boolean,
): AttemptVerdict {
  const write = kind !== 'read';
  switch (attempt.type) {
    case 'status': {
      const { status, retryAfterMs } = attempt;
      // Clerk's rate limiter refuses before doing anything; for a create or rotation the refusal is
      // only trusted as such when it carries Retry-After, as a real limiter's answer does.
      if (status === 429) return { retryable: !trustsOnlyRetryAfter(kind) || retryAfterMs !== null, mayHaveLanded: false };
      // 503 with Retry-After is a "come back later" (maintenance mode) before any work was done.
      if (status === 503 && retryAfterMs !== null) return { retryable: true, mayHaveLanded: false };
      // Any other 5xx may come after the write was committed (a crash, a proxy giving up).
      if (status >= 500 && status <= 599) return { retryable: kind !== 'unsafe_write', mayHaveLanded: write };
      return { retryable: false, mayHaveLanded: false };
    }
    case 'unreadable_success':
      // Clerk acted, so a write is not resent, except a rotation, whose lost secret is void either
      // way; a read is retried like a 5xx (garbled bodies are mostly transient).
      return { retryable: kind === 'read' || kind === 'reissuing_write', mayHaveLanded: write };
    case 'transport': {
      const { error } = attempt;
      if (error.kind === 'aborted') return { retryable: false, mayHaveLanded: write && !error.surelyNotSent };
      if (error.kind === 'response_too_large') {
        const refused = error.status !== null && error.status >= 400 && error.status <= 499;
        return { retryable: false, mayHaveLanded: write && !refused };
      }
      if (error.surelyNotSent) return { retryable: retryConnectionErrors, mayHaveLanded: false };
      return { retryable: retryConnectionErrors && kind !== 'unsafe_write', mayHaveLanded: write };
    }
  }
}

/** A POST's 429 is trusted as a refusal only when it carries Retry-After, as a real limiter's does. */
function trustsOnlyRetryAfter(kind: OperationKind): boolean {
  return kind === 'unsafe_write' || kind === 'reissuing_write';
}
