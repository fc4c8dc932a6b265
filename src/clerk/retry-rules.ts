/**
 * Which failed attempts may be retried, per kind of operation, and whether an attempt may have
 * changed state at Clerk. The rule for writes: never send a create or rotate again unless Clerk
 * surely did not act on the previous one, so a retry can never make a second application or
 * silently replace a secret the caller never saw.
 */
import type { TransportError } from './transport.js';

/**
 * - `read`: GET.
 * - `idempotent_write`: PATCH (re-applies the same fields) and DELETE (a repeat ends in the same state).
 * - `unsafe_write`: POST create and rotate_secret: each application makes a new app or a new secret.
 */
export type OperationKind = 'read' | 'idempotent_write' | 'unsafe_write';

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
      // Clerk's rate limiter refuses before doing anything; for a create the refusal is only
      // trusted as such when it carries Retry-After, as a real limiter's answer does.
      if (status === 429) return { retryable: kind !== 'unsafe_write' || retryAfterMs !== null, mayHaveLanded: false };
      // 503 with Retry-After is a "come back later" (maintenance mode) before any work was done.
      if (status === 503 && retryAfterMs !== null) return { retryable: true, mayHaveLanded: false };
      // Any other 5xx may come after the write was committed (a crash, a proxy giving up).
      if (status >= 500 && status <= 599) return { retryable: kind !== 'unsafe_write', mayHaveLanded: write };
      return { retryable: false, mayHaveLanded: false };
    }
    case 'unreadable_success':
      // Clerk acted, so a write is never resent; a read is retried like a 5xx (garbled bodies are mostly transient).
      return { retryable: kind === 'read', mayHaveLanded: write };
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
