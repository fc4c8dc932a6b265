import { describe, expect, it } from 'vitest';
import {
  ApplicationIdGenerator,
  encodeBase62,
  generateClientId,
  generateClientSecret,
  generateInstanceId,
  generateSecretKey,
  randomBase62,
} from '../../src/emulator/ids.js';
import { sequence } from './helpers.js';

describe('ids', () => {
  it('encodes base62 with fixed width', () => {
    expect(encodeBase62(0, 3)).toBe('000');
    expect(encodeBase62(61, 2)).toBe('0z');
    expect(encodeBase62(62, 2)).toBe('10');
    expect(encodeBase62(62 ** 2 - 1, 2)).toBe('zz');
  });

  it('maps random draws onto the base62 alphabet, clamping 1.0', () => {
    expect(randomBase62(4, sequence(0, 0.5, 0.999, 1))).toBe('0Vzz');
  });

  it('makes oa_ ids of 27 base62 chars that sort by creation time', () => {
    const gen = new ApplicationIdGenerator(Math.random);
    const a = gen.next(1_700_000_000_000);
    const b = gen.next(1_700_000_000_001);
    const c = gen.next(1_800_000_000_000);
    for (const id of [a, b, c]) expect(id).toMatch(/^oa_[0-9A-Za-z]{27}$/);
    expect([c, a, b].sort()).toEqual([a, b, c]);
  });

  it('stays strictly increasing within one millisecond and when the clock goes back', () => {
    const gen = new ApplicationIdGenerator(() => 0.999999);
    const ids = [gen.next(5000), gen.next(5000), gen.next(5000), gen.next(4000), gen.next(5000)];
    expect(new Set(ids).size).toBe(5);
    expect([...ids].sort()).toEqual(ids);
  });

  it('continues after an observed id', () => {
    const gen = new ApplicationIdGenerator(Math.random);
    const later = new ApplicationIdGenerator(Math.random).next(2_000_000_000_000);
    gen.observe(later);
    expect(gen.next(1_000_000_000_000) > later).toBe(true);
  });

  it('makes instance ids, client ids, secrets and secret keys of the documented shapes', () => {
    expect(generateInstanceId(Math.random)).toMatch(/^ins_[0-9A-Za-z]{27}$/);
    expect(generateClientId(Math.random)).toMatch(/^[0-9A-Za-z]{16}$/);
    expect(generateClientSecret(Math.random)).toMatch(/^[0-9A-Za-z]{32}$/);
    expect(generateSecretKey()).toMatch(/^sk_test_[0-9A-Za-z]{40}$/);
  });
});
