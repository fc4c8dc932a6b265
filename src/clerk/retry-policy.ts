import { DEFAULTS } from '../config.js';

/**
 * Retry settings: Clerk's SDK defaults, the per-call override, the server-side ceilings that bound
 * every override, and the backoff schedule.
 */

/** Per-call override; mirrors GraphQL `RetryConfigInput`. `null` or absent means "use the default". */
export interface RetryOverride {
  strategy?: 'backoff' | 'none';
  initialIntervalMs?: number | null;
  maxIntervalMs?: number | null;
  exponent?: number | null;
  maxElapsedTimeMs?: number | null;
  retryConnectionErrors?: boolean | null;
}

export interface RetrySettings {
  initialIntervalMs: number;
  maxIntervalMs: number;
  exponent: number;
  maxElapsedTimeMs: number;
  retryConnectionErrors: boolean;
}

const DEFAULT_MAX_CALL_DURATION_MS = DEFAULTS.maxCallDurationMs;

/**
 * Clerk's SDK retry config (spec `x-speakeasy-retries`), except `maxElapsedTimeMs`: the SDKs allow
 * an hour, a gateway answering interactive callers stops at its own ceiling.
 */
export const CLERK_SDK_RETRY_DEFAULTS: RetrySettings = Object.freeze({
  initialIntervalMs: 500,
  maxIntervalMs: 60_000,
  exponent: 1.5,
  maxElapsedTimeMs: DEFAULT_MAX_CALL_DURATION_MS,
  retryConnectionErrors: true,
});

/** Below this a retry loop turns into a hot loop against a failing upstream. */
export const MIN_INTERVAL_MS = 10;
/** A deadline shorter than this would time out ordinary calls, so shorter overrides are raised to it. */
export const MIN_ELAPSED_TIME_MS = 1_000;
export const MIN_EXPONENT = 1;
export const MAX_EXPONENT = 10;
/** Upper bound of the jitter window, as in the SDKs (`uniform(0, 1 s)`). */
export const MAX_JITTER_MS = 1_000;

export interface RetryCeilings {
  /** The server's ceiling for one call, all attempts and waits included. */
  maxCallDurationMs: number;
}

export interface ResolvedRetryPolicy extends RetrySettings {
  strategy: 'backoff' | 'none';
}

/**
 * Merges a per-call override over the defaults and clamps every value into the server's bounds.
 * Never throws: a NaN or infinite value falls back to the default, an out-of-range one is clamped.
 */
export function resolveRetrySettings(
  override: RetryOverride | null | undefined,
  ceilings: RetryCeilings,
): ResolvedRetryPolicy {
  const ceiling = Math.max(1, finiteOr(ceilings.maxCallDurationMs, DEFAULT_MAX_CALL_DURATION_MS));
  const maxIntervalMs = clamp(
    finiteOr(override?.maxIntervalMs, CLERK_SDK_RETRY_DEFAULTS.maxIntervalMs),
    Math.min(MIN_INTERVAL_MS, ceiling),
    ceiling,
  );
  return {
    strategy: override?.strategy === 'none' ? 'none' : 'backoff',
    initialIntervalMs: clamp(
      finiteOr(override?.initialIntervalMs, CLERK_SDK_RETRY_DEFAULTS.initialIntervalMs),
      Math.min(MIN_INTERVAL_MS, maxIntervalMs),
      maxIntervalMs,
    ),
    maxIntervalMs,
    exponent: clamp(finiteOr(override?.exponent, CLERK_SDK_RETRY_DEFAULTS.exponent), MIN_EXPONENT, MAX_EXPONENT),
    maxElapsedTimeMs: clamp(
      finiteOr(override?.maxElapsedTimeMs, ceiling),
      Math.min(MIN_ELAPSED_TIME_MS, ceiling),
      ceiling,
    ),
    retryConnectionErrors:
      typeof override?.retryConnectionErrors === 'boolean'
        ? override.retryConnectionErrors
        : CLERK_SDK_RETRY_DEFAULTS.retryConnectionErrors,
  };
}

/**
 * Wait before retry number `retryIndex` (0 for the first retry), in whole milliseconds:
 * `min(initial * exponent^n + jitter, maxInterval)` with jitter uniform in
 * `[0, min(1000, 2 * initial))`. At the default 500 ms that is the SDKs' `uniform(0, 1 s)`; for the
 * short intervals used against a local emulator the jitter shrinks with them instead of dwarfing them.
 */
export function backoffDelayMs(
  settings: Pick<RetrySettings, 'initialIntervalMs' | 'maxIntervalMs' | 'exponent'>,
  retryIndex: number,
  random: () => number,
): number {
  const base = settings.initialIntervalMs * settings.exponent ** Math.max(0, retryIndex);
  const jitterWindow = Math.min(MAX_JITTER_MS, 2 * settings.initialIntervalMs);
  const unit = clamp(finiteOr(random(), 0), 0, 1);
  const jitter = Math.min(unit * jitterWindow, Math.max(0, jitterWindow - 1));
  return Math.floor(Math.min(base + jitter, settings.maxIntervalMs));
}

/**
 * Wait before retry number `retryIndex`: what Clerk's Retry-After asks for (already capped by the
 * caller) when it sent one, else the backoff. Never shorter than the initial interval, which the
 * backoff never is either: a `Retry-After: 0`, or a date already past, must not turn the retries
 * into a hot loop.
 */
export function retryDelayMs(
  settings: Pick<RetrySettings, 'initialIntervalMs' | 'maxIntervalMs' | 'exponent'>,
  retryIndex: number,
  retryAfterMs: number | null,
  random: () => number,
): number {
  if (retryAfterMs === null) return backoffDelayMs(settings, retryIndex, random);
  return Math.max(retryAfterMs, settings.initialIntervalMs);
}

function finiteOr(value: number | null | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
