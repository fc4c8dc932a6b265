/**
 * `Retry-After` (RFC 9110 §10.2.3): delay-seconds or an HTTP date. Clerk documents seconds on 429;
 * proxies and 503 maintenance pages may send a date.
 */

/** Keeps the value finite (a header of hundreds of digits) and within GraphQL `Int`. */
const MAX_RETRY_AFTER_SECONDS = 2_147_483_647;

/**
 * Whole seconds to wait (≥ 0), or null when the header is absent or unreadable. A date in the past
 * gives 0; a date is rounded up so that waiting that long never lands before it.
 */
export function parseRetryAfterSeconds(value: string | undefined, nowMs: number): number | null {
  if (value === undefined) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Math.min(Number(text), MAX_RETRY_AFTER_SECONDS);
  // Date.parse accepts far more than HTTP dates (e.g. "1.5"); require a weekday-led IMF-fixdate,
  // RFC 850 or asctime shape before trusting it.
  if (!/^[A-Za-z]{3,9},?\s/.test(text)) return null;
  // HTTP dates are GMT; asctime carries no zone and would otherwise be read as local time.
  const at = Date.parse(/(GMT|UTC|[+-]\d{4})$/i.test(text) ? text : `${text} GMT`);
  if (!Number.isFinite(at)) return null;
  return Math.min(Math.max(0, Math.ceil((at - nowMs) / 1000)), MAX_RETRY_AFTER_SECONDS);
}

/**
 * The wait a Retry-After asks for, in milliseconds, never more than `ceilingMs` however far it
 * points: one stray value (a proxy's, a bug's) must not block an operation for days. Null when the
 * header is absent or unreadable.
 */
export function cappedRetryAfterMs(value: string | undefined, nowMs: number, ceilingMs: number): number | null {
  const seconds = parseRetryAfterSeconds(value, nowMs);
  return seconds === null ? null : Math.min(seconds * 1_000, ceilingMs);
}
