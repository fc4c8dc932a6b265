import { afterEach, describe, expect, it, vi } from 'vitest';
import { isoTimestamp } from '../../src/observability/logger.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('log timestamp', () => {
  it('writes what Date#toISOString gives, across milliseconds, seconds and days', () => {
    vi.useFakeTimers();
    const instants = [
      Date.UTC(2026, 10, 27, 9, 59, 59, 0),
      Date.UTC(2026, 10, 27, 9, 59, 59, 7),
      Date.UTC(2026, 10, 27, 9, 59, 59, 42),
      Date.UTC(2026, 10, 27, 9, 59, 59, 999),
      Date.UTC(2026, 10, 27, 10, 0, 0, 0),
      Date.UTC(2026, 10, 27, 23, 59, 59, 500),
      Date.UTC(2026, 10, 28, 0, 0, 0, 1),
      // Back in time (a clock step): the cached second must not be reused.
      Date.UTC(2025, 0, 1, 0, 0, 0, 250),
    ];
    for (const instant of instants) {
      vi.setSystemTime(instant);
      expect(isoTimestamp()).toBe(`,"time":"${new Date(instant).toISOString()}"`);
    }
  });
});
