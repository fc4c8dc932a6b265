import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cappedRetryAfterMs, parseRetryAfterSeconds } from '../../src/clerk/retry-after.js';

const now = Date.parse('Tue, 14 Nov 2023 22:13:20 GMT');
const MAX_INT = 2_147_483_647;

/**
 * Runs `fn` with Date.parse reading zone-less dates as a machine in time zone `zone` does. Node
 * re-reads TZ when it is assigned, and the check on Date makes sure the zone really changed, so a
 * test that passes here is not passing because the machine runs in UTC. In a worker thread (the
 * pool Stryker's vitest runner uses) Node keeps the process's zone whatever TZ says; there, Date.parse
 * answers for `inputs` (as given and with " GMT" appended) come from a Node process started in `zone`.
 */
function inTimeZone(zone: string, expectedOffsetMinutes: number, inputs: readonly string[], fn: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    if (new Date(0).getTimezoneOffset() === expectedOffsetMinutes) {
      fn();
      return;
    }
    const answers = dateParseInZone(zone, expectedOffsetMinutes, inputs.flatMap((input) => [input.trim(), `${input.trim()} GMT`]));
    const parse = vi.spyOn(Date, 'parse').mockImplementation((text: string) => {
      const answer = answers.get(text);
      if (answer === undefined) throw new Error(`Date.parse(${JSON.stringify(text)}) was not prepared for zone ${zone}`);
      return answer;
    });
    try {
      fn();
    } finally {
      parse.mockRestore();
    }
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/** Date.parse of each text, computed by a Node process running in `zone` (checked by its offset). */
function dateParseInZone(zone: string, expectedOffsetMinutes: number, texts: readonly string[]): Map<string, number> {
  const script =
    'const texts = JSON.parse(process.argv[1]);' +
    'process.stdout.write(JSON.stringify({ offset: new Date(0).getTimezoneOffset(), parsed: texts.map((t) => String(Date.parse(t))) }));';
  const child = spawnSync(process.execPath, ['-e', script, JSON.stringify(texts)], { env: { ...process.env, TZ: zone }, encoding: 'utf8' });
  expect(child.status).toBe(0);
  const { offset, parsed } = JSON.parse(child.stdout) as { offset: number; parsed: string[] };
  expect(offset).toBe(expectedOffsetMinutes);
  return new Map(texts.map((text, index) => [text, Number(parsed[index])]));
}

const ZONES = [
  ['UTC', 0],
  ['America/New_York', 300],
  ['Asia/Kolkata', -330],
] as const;

describe('parseRetryAfterSeconds', () => {
  const zoneAtStart = process.env.TZ;
  afterEach(() => {
    expect(process.env.TZ).toBe(zoneAtStart);
  });

  it('reads delay-seconds', () => {
    expect(parseRetryAfterSeconds('3', now)).toBe(3);
    expect(parseRetryAfterSeconds(' 120 ', now)).toBe(120);
    expect(parseRetryAfterSeconds('\t7\r\n', now)).toBe(7);
    expect(parseRetryAfterSeconds('0', now)).toBe(0);
    expect(parseRetryAfterSeconds('007', now)).toBe(7);
    expect(parseRetryAfterSeconds('2147483647', now)).toBe(MAX_INT);
    expect(parseRetryAfterSeconds('2147483648', now)).toBe(MAX_INT);
    expect(parseRetryAfterSeconds('99999999999999', now)).toBe(MAX_INT);
  });

  it('reads HTTP dates as whole seconds from now, rounded up, never negative', () => {
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 500)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 501)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 1_001)).toBe(4);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 4_999)).toBe(1);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:13:25 GMT', now + 5_000)).toBe(0);
    expect(parseRetryAfterSeconds('Tuesday, 14-Nov-23 22:14:20 GMT', now)).toBe(60);
    expect(parseRetryAfterSeconds('Wednesday, 15-Nov-23 22:13:20 GMT', now)).toBe(86_400);
    expect(parseRetryAfterSeconds('Tue Nov 14 22:13:30 2023', now)).toBe(10);
    expect(parseRetryAfterSeconds('  Tue, 14 Nov 2023 22:13:25 GMT  ', now)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 22:00:00 GMT', now)).toBe(0);
  });

  it('caps a date further away than GraphQL Int seconds', () => {
    expect(parseRetryAfterSeconds('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(MAX_INT);
  });

  it('honours an explicit numeric zone offset instead of reading the date as GMT', () => {
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 17:13:25 -0500', now)).toBe(5);
    expect(parseRetryAfterSeconds('Tue, 14 Nov 2023 23:13:25 +0100', now)).toBe(5);
    expect(parseRetryAfterSeconds('Tue Nov 14 23:13:30 2023 +0100', now)).toBe(10);
  });

  it.each(ZONES)('reads dates without a zone (asctime) as GMT whatever the machine zone (%s)', (zone, offset) => {
    const expected: [string, number][] = [
      ['Tue Nov 14 22:13:30 2023', 10],
      ['Tue Nov 14 22:13:20 2023', 0],
      ['Tue Nov 14 23:13:20 2023', 3_600],
      // A dash before the year is no zone offset.
      ['Tue, 14-Nov-2023 22:13:30', 10],
      ['Tue, 14 Nov 2023 22:13:25 GMT', 5],
      ['Tue, 14 Nov 2023 22:13:25 UTC', 5],
      ['Tue, 14 Nov 2023 22:13:25 gmt', 5],
      ['Tue, 14 Nov 2023 17:13:25 -0500', 5],
    ];
    inTimeZone(
      zone,
      offset,
      expected.map(([value]) => value),
      () => {
        for (const [value, seconds] of expected) expect([value, parseRetryAfterSeconds(value, now)]).toEqual([value, seconds]);
      },
    );
  });

  it('returns null for absent or unreadable values', () => {
    for (const value of [undefined, '', '  ', '1.5', '-1', '+5', 'soon', '5s', 's5', '1 2', '2023-11-14', 'Tue, 99 Foo 2023 GMT']) {
      expect(parseRetryAfterSeconds(value, now)).toBeNull();
    }
  });

  it('returns null for dates that do not start with a weekday name, which Date.parse would still accept', () => {
    for (const value of [
      '14 Nov 2023 22:13:25 GMT',
      'x Tue, 14 Nov 2023 22:13:25 GMT',
      'Tu, 14 Nov 2023 22:13:25 GMT',
      'Wednesdays, 15 Nov 2023 22:13:25 GMT',
      'Tue:14 Nov 2023 22:13:25 GMT',
      'Tue,14 Nov 2023 22:13:25 GMT',
    ]) {
      expect(Number.isFinite(Date.parse(value))).toBe(true);
      expect(parseRetryAfterSeconds(value, now)).toBeNull();
    }
  });
});

describe('cappedRetryAfterMs', () => {
  const CAP = 60_000;

  it('is the header in milliseconds up to the ceiling', () => {
    expect(cappedRetryAfterMs('0', now, CAP)).toBe(0);
    expect(cappedRetryAfterMs('1', now, CAP)).toBe(1_000);
    expect(cappedRetryAfterMs('59', now, CAP)).toBe(59_000);
    expect(cappedRetryAfterMs('60', now, CAP)).toBe(CAP);
    expect(cappedRetryAfterMs('Tue, 14 Nov 2023 22:13:25 GMT', now, CAP)).toBe(5_000);
    expect(cappedRetryAfterMs('Tue, 14 Nov 2023 22:00:00 GMT', now, CAP)).toBe(0);
  });

  it('is the ceiling for anything further, in seconds or as a date', () => {
    expect(cappedRetryAfterMs('61', now, CAP)).toBe(CAP);
    expect(cappedRetryAfterMs('1000000000', now, CAP)).toBe(CAP);
    expect(cappedRetryAfterMs('9'.repeat(400), now, CAP)).toBe(CAP);
    expect(cappedRetryAfterMs('Tue, 14 Nov 2023 22:14:21 GMT', now, CAP)).toBe(CAP);
    expect(cappedRetryAfterMs('Fri, 31 Dec 9999 23:59:59 GMT', now, CAP)).toBe(CAP);
  });

  it('caps at the millisecond: one under, at and one over the ceiling', () => {
    expect(cappedRetryAfterMs('60', now, 60_001)).toBe(60_000);
    expect(cappedRetryAfterMs('60', now, 60_000)).toBe(60_000);
    expect(cappedRetryAfterMs('60', now, 59_999)).toBe(59_999);
    expect(cappedRetryAfterMs('2', now, 1_500)).toBe(1_500);
  });

  it('is null when the header is absent or unreadable', () => {
    for (const value of [undefined, '', '-1', 'soon', '1.5']) expect(cappedRetryAfterMs(value, now, CAP)).toBeNull();
  });
});
