import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/bounded-memo.js';
import { splitScopes } from '../../src/graphql/oauth-application-node.js';

describe('boundedMemo', () => {
  it('computes each input once, undefined results included', () => {
    const seen: string[] = [];
    const memo = boundedMemo((input) => {
      seen.push(input);
      return input === 'none' ? undefined : input.length;
    }, 10);
    expect([memo('abc'), memo('abc'), memo('none'), memo('none'), memo('abcd')]).toEqual([3, 3, undefined, undefined, 4]);
    expect(seen).toEqual(['abc', 'none', 'abcd']);
  });

  it('holds at most its bound, however many distinct inputs arrive', () => {
    const seen: string[] = [];
    const memo = boundedMemo((input) => seen.push(input), 3);
    for (let index = 0; index < 1000; index += 1) memo(`input-${index}`);
    expect(seen).toHaveLength(1000);
    memo('input-999');
    expect(seen, 'the latest input is still known').toHaveLength(1000);
    memo('input-0');
    expect(seen, 'an old one was let go and is computed afresh').toHaveLength(1001);
  });
});

describe('memoised request work', () => {
  it('splits scope strings as before, into shared lists nobody can change', () => {
    expect(splitScopes('')).toEqual([]);
    expect(splitScopes('profile email')).toEqual(['profile', 'email']);
    expect(splitScopes(' profile  email ')).toEqual(['profile', 'email']);
    expect(splitScopes('openid profile')).toBe(splitScopes('openid profile'));
    expect(Object.isFrozen(splitScopes('openid profile'))).toBe(true);
  });
});
