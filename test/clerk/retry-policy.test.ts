import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  CLERK_SDK_RETRY_DEFAULTS,
  resolveRetrySettings,
  retryDelayMs,
} from '../../src/clerk/retry-policy.js';

const ceilings = { maxCallDurationMs: 30_000 };

describe('resolveRetrySettings', () => {
  it('uses Clerk SDK defaults with the server ceiling as max elapsed time when no override is given', () => {
    expect(CLERK_SDK_RETRY_DEFAULTS).toEqual({
      initialIntervalMs: 500,
      maxIntervalMs: 60_000,
      exponent: 1.5,
      maxElapsedTimeMs: 30_000,
      retryConnectionErrors: true,
    });
    for (const override of [null, undefined, {}]) {
      expect(resolveRetrySettings(override, ceilings)).toEqual({
        strategy: 'backoff',
        initialIntervalMs: 500,
        maxIntervalMs: 30_000, // the SDK's 60 s is above the 30 s ceiling
        exponent: 1.5,
        maxElapsedTimeMs: 30_000,
        retryConnectionErrors: true,
      });
    }
    expect(resolveRetrySettings(null, { maxCallDurationMs: 120_000 })).toMatchObject({
      maxIntervalMs: 60_000,
      maxElapsedTimeMs: 120_000,
    });
  });

  it('keeps overrides that are within bounds and treats null as "use the default"', () => {
    expect(
      resolveRetrySettings(
        { initialIntervalMs: 100, maxIntervalMs: 2_000, exponent: 2, maxElapsedTimeMs: 5_000, retryConnectionErrors: false },
        ceilings,
      ),
    ).toEqual({
      strategy: 'backoff',
      initialIntervalMs: 100,
      maxIntervalMs: 2_000,
      exponent: 2,
      maxElapsedTimeMs: 5_000,
      retryConnectionErrors: false,
    });
    expect(
      resolveRetrySettings(
        { initialIntervalMs: null, maxIntervalMs: null, exponent: null, maxElapsedTimeMs: null, retryConnectionErrors: null },
        ceilings,
      ),
    ).toEqual(resolveRetrySettings(null, ceilings));
    expect(resolveRetrySettings({ strategy: 'none' }, ceilings).strategy).toBe('none');
  });

  it('clamps every override into the server ceilings', () => {
    expect(
      resolveRetrySettings(
        { initialIntervalMs: 1, maxIntervalMs: 3_600_000, exponent: 50, maxElapsedTimeMs: 3_600_000 },
        ceilings,
      ),
    ).toMatchObject({ initialIntervalMs: 10, maxIntervalMs: 30_000, exponent: 10, maxElapsedTimeMs: 30_000 });
    expect(resolveRetrySettings({ initialIntervalMs: 5_000, maxIntervalMs: 1_000 }, ceilings)).toMatchObject({
      initialIntervalMs: 1_000,
      maxIntervalMs: 1_000,
    });
    expect(resolveRetrySettings({ exponent: 0.5, maxElapsedTimeMs: 0 }, ceilings)).toMatchObject({
      exponent: 1,
      maxElapsedTimeMs: 1_000,
    });
  });

  it('clamps negative values and ignores NaN and infinities without throwing', () => {
    expect(
      resolveRetrySettings(
        { initialIntervalMs: -5, maxIntervalMs: -1, exponent: -3, maxElapsedTimeMs: -100 },
        ceilings,
      ),
    ).toEqual({
      strategy: 'backoff',
      initialIntervalMs: 10,
      maxIntervalMs: 10,
      exponent: 1,
      maxElapsedTimeMs: 1_000,
      retryConnectionErrors: true,
    });
    expect(
      resolveRetrySettings(
        { initialIntervalMs: Number.NaN, maxIntervalMs: Number.POSITIVE_INFINITY, exponent: Number.NaN, maxElapsedTimeMs: Number.NEGATIVE_INFINITY },
        ceilings,
      ),
    ).toEqual(resolveRetrySettings(null, ceilings));
  });

  it('reads an unusable ceiling as the default 30 s and never goes below 1 ms', () => {
    for (const maxCallDurationMs of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(resolveRetrySettings(null, { maxCallDurationMs })).toEqual(resolveRetrySettings(null, ceilings));
    }
    for (const maxCallDurationMs of [0, 0.25, -5]) {
      expect(resolveRetrySettings({ maxIntervalMs: 5, maxElapsedTimeMs: 5 }, { maxCallDurationMs })).toEqual({
        strategy: 'backoff',
        initialIntervalMs: 1,
        maxIntervalMs: 1,
        exponent: 1.5,
        maxElapsedTimeMs: 1,
        retryConnectionErrors: true,
      });
    }
  });

  it('never lets the floors exceed a ceiling configured below them', () => {
    expect(resolveRetrySettings({ maxElapsedTimeMs: 0, initialIntervalMs: 0 }, { maxCallDurationMs: 500 })).toMatchObject({
      maxElapsedTimeMs: 500,
      maxIntervalMs: 500,
      initialIntervalMs: 10,
    });
  });
});

describe('backoffDelayMs', () => {
  const defaults = resolveRetrySettings(null, { maxCallDurationMs: 3_600_000 });

  it('follows initial * exponent^n with no jitter when random is 0', () => {
    const delays = [0, 1, 2, 3, 4, 5].map((n) => backoffDelayMs(defaults, n, () => 0));
    expect(delays).toEqual([500, 750, 1125, 1687, 2531, 3796]);
  });

  it('adds jitter below 1000 ms at the default interval (random → 1) and caps at maxInterval', () => {
    expect([0, 1, 2].map((n) => backoffDelayMs(defaults, n, () => 0.999_999_9))).toEqual([1499, 1749, 2124]);
    expect(backoffDelayMs(defaults, 0, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(defaults, 30, () => 0.5)).toBe(60_000);
    // A random source out of contract cannot push the jitter out of its window.
    expect(backoffDelayMs(defaults, 0, () => 7)).toBe(1499);
    expect(backoffDelayMs(defaults, 0, () => Number.NaN)).toBe(500);
  });

  it('treats a negative retry index as the first retry, and a negative random as no jitter', () => {
    expect(backoffDelayMs(defaults, -3, () => 0)).toBe(500);
    expect(backoffDelayMs(defaults, -1, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(defaults, 0, () => -2)).toBe(500);
    expect(backoffDelayMs(defaults, 1, () => Number.NEGATIVE_INFINITY)).toBe(750);
  });

  it('never waits less than the base interval, even when the jitter window is under 1 ms', () => {
    const tiny = { initialIntervalMs: 0.25, maxIntervalMs: 1_000, exponent: 4 };
    expect([0, 1, 2].map((n) => backoffDelayMs(tiny, n, () => 0.999))).toEqual([0, 1, 4]);
  });

  it('scales the jitter window down with short initial intervals (2 × initial)', () => {
    const short = { initialIntervalMs: 10, maxIntervalMs: 1_000, exponent: 2 };
    expect([0, 1, 2].map((n) => backoffDelayMs(short, n, () => 0))).toEqual([10, 20, 40]);
    expect([0, 1, 2].map((n) => backoffDelayMs(short, n, () => 0.999_999))).toEqual([29, 39, 59]);
    expect(backoffDelayMs(short, 10, () => 0)).toBe(1_000);
  });
});

describe('retryDelayMs', () => {
  const defaults = resolveRetrySettings(null, { maxCallDurationMs: 3_600_000 });
  const floor = defaults.initialIntervalMs;

  it('is the backoff when Clerk sent no usable Retry-After', () => {
    expect([0, 1, 2].map((n) => retryDelayMs(defaults, n, null, () => 0))).toEqual([500, 750, 1125]);
    expect(retryDelayMs(defaults, 0, null, () => 0.5)).toBe(1000);
  });

  it("is Clerk's Retry-After from the initial interval up, whatever the retry index and jitter", () => {
    expect(retryDelayMs(defaults, 0, floor, () => 0.9)).toBe(floor);
    expect(retryDelayMs(defaults, 0, floor + 1, () => 0.9)).toBe(floor + 1);
    expect(retryDelayMs(defaults, 5, 2_000, () => 0.9)).toBe(2_000);
    // Above maxInterval too: Clerk's block lasts that long (the ceiling was applied when it was read).
    expect(retryDelayMs(defaults, 0, 120_000, () => 0)).toBe(120_000);
  });

  it('never waits less than the initial interval: a Retry-After of 0 or just under the floor waits the floor', () => {
    expect(retryDelayMs(defaults, 0, 0, () => 0)).toBe(floor);
    expect(retryDelayMs(defaults, 3, 0, () => 0.9)).toBe(floor);
    expect(retryDelayMs(defaults, 0, floor - 1, () => 0)).toBe(floor);
    const short = resolveRetrySettings({ initialIntervalMs: 10 }, { maxCallDurationMs: 30_000 });
    expect(retryDelayMs(short, 0, 0, () => 0)).toBe(10);
    expect(retryDelayMs(short, 0, 9, () => 0)).toBe(10);
    expect(retryDelayMs(short, 0, 11, () => 0)).toBe(11);
  });
});
