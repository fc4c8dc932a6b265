import { describe, expect, it } from 'vitest';
import { parseRetryAfterSeconds } from '../../src/clerk/retry-after.js';

const now = Date.parse('Tue, 14 Nov 2023 22:13:20 GMT');

describe('parseRetryAfterSeconds', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfterSeconds('3', now)).toBe(3);
    expect(parseRetryAfterSeconds(' 120 ', now)).toBe(120);
    expect(parseRetryAfterSeconds('0', now)).toBe(0);
    expect(parseRetryAfterSeconds('99999999999999', now)).toBe(2_147_483_647);
  });

  it('reads HTTP dates as whole seconds from now, rounded up, never negative', () => {
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 500)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 501)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 1_001)).toBe(4);
    expect(parseRetryAfterSeconds('Tuesday, 14-Nov-23 22:14:20 GMT', now)).toBe(60);
    expect(parseRetryAfterSeconds('Tue Nov 14 22:13:30 2023', now)).toBe(10);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:00:00 GMT', now)).toBe(0);
  });

  it('returns null for absent or unreadable values', () => {
    for (const value of [undefined, '', '  ', '1.5', '-1', 'soon', '5s', '2023-11-14', 'Tue, 99 Foo 2023 GMT']) {
      expect(parseRetryAfterSeconds(value, now)).toBeNull();
    }
  });
});
