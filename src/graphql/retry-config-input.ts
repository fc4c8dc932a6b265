import type { RetryOverride } from '../clerk/retry-policy.js';
import { builder } from './builder.js';
import type { InputProblems } from './input-validation.js';

const RetryStrategy = builder.enumType('RetryStrategy', {
  description: 'Whether a failed Clerk call is retried.',
  values: {
    BACKOFF: { value: 'backoff', description: 'Retry with exponential backoff and jitter (the default).' },
    NONE: { value: 'none', description: 'Make a single attempt.' },
  } as const,
});

export const RetryConfigInput = builder.inputType('RetryConfigInput', {
  description: "Per-call override of the retry policy (the SDKs' RetryConfig). The server caps every value.",
  fields: (t) => ({
    strategy: t.field({
      type: RetryStrategy,
      required: true,
      defaultValue: 'backoff',
      description: 'BACKOFF retries with exponential backoff; NONE makes one attempt.',
    }),
    initialIntervalMs: t.int({ description: 'Delay before the first retry, in milliseconds (default 500, at least 10).' }),
    maxIntervalMs: t.int({ description: 'Longest delay between two attempts, in milliseconds (default 60000, capped by the server).' }),
    exponent: t.float({ description: 'Growth factor of the delay from one retry to the next (default 1.5, between 1 and 10).' }),
    maxElapsedTimeMs: t.int({ description: "Time budget for all attempts of the call, in milliseconds: at least 1000, at most the server's ceiling (30000 by default)." }),
    retryConnectionErrors: t.boolean({ description: 'Whether connection failures are retried (default true).' }),
  }),
});

export const retriesArgument = () =>
  builder.args((t) => ({
    retries: t.field({ type: RetryConfigInput, description: 'Override of the retry policy for this call; the server caps every value.' }),
  }));

type RetryConfigInputShape = typeof RetryConfigInput.$inferInput;

/** Rejects nonsense (negative times, exponent below 1); values above the server's ceilings are capped by the client. */
export function toRetryOverride(input: RetryConfigInputShape | null | undefined, problems: InputProblems): RetryOverride | undefined {
  if (input == null) return undefined;
  problems.checkIntRange('retries.initialIntervalMs', input.initialIntervalMs, 0, Number.MAX_SAFE_INTEGER);
  problems.checkIntRange('retries.maxIntervalMs', input.maxIntervalMs, 0, Number.MAX_SAFE_INTEGER);
  problems.checkIntRange('retries.maxElapsedTimeMs', input.maxElapsedTimeMs, 0, Number.MAX_SAFE_INTEGER);
  if (input.exponent != null && !(input.exponent >= 1 && input.exponent <= 10)) {
    problems.add('retries.exponent', 'form_param_value_invalid', 'retries.exponent must be between 1 and 10.');
  }
  return {
    strategy: input.strategy,
    initialIntervalMs: input.initialIntervalMs ?? null,
    maxIntervalMs: input.maxIntervalMs ?? null,
    exponent: input.exponent ?? null,
    maxElapsedTimeMs: input.maxElapsedTimeMs ?? null,
    retryConnectionErrors: input.retryConnectionErrors ?? null,
  };
}
