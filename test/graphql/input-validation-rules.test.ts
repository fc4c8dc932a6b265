import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/clerk/errors.js';
import { InputProblems, LIMITS, isValidUri } from '../../src/graphql/input-validation.js';
import { isOAuthApplicationId, OAUTH_APPLICATION_ID } from '../../src/graphql/oauth-applications/oauth-application-id.js';

/**
 * The gateway's own input rules, called directly: exact limits, exact character sets, exact
 * messages. test/graphql/input-validation.test.ts proves the same rules over HTTP with zero Clerk calls.
 */

/** Runs checks on a fresh InputProblems and returns the ValidationError they produce, or null. */
function problemsOf(check: (problems: InputProblems) => void): ValidationError | null {
  const problems = new InputProblems();
  check(problems);
  try {
    problems.throwIfAny();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  return null;
}

/** [paramName, code] of every problem found, in order ([] when the input is accepted). */
function fieldsOf(check: (problems: InputProblems) => void): [string | null, string][] {
  return (problemsOf(check)?.errors ?? []).map((detail) => [detail.paramName, detail.code]);
}

const char = (code: number): string => String.fromCharCode(code);
const hex = (code: number): string => `U+${code.toString(16).padStart(4, '0').toUpperCase()}`;

describe('LIMITS mirror Clerk (BEHAVIOR.md §4, §6)', () => {
  it('names at most 256 characters, URLs and joined scopes at most 1024, list pages at most 500', () => {
    expect(LIMITS).toEqual({
      listLimitMax: 500,
      nameMaxLength: 256,
      urlMaxLength: 1024,
      scopesMaxLength: 1024,
      nameQueryMaxLength: 256,
      redirectUrisMax: 100,
    });
  });
});

describe('isOAuthApplicationId', () => {
  it.each(['oa_a', 'oa_0', 'oa_Z', 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u', `oa_${'aZ9'.repeat(21)}x`])('accepts %j', (id) => {
    expect(isOAuthApplicationId(id)).toBe(true);
  });

  it('accepts exactly 1 to 64 base62 characters after oa_', () => {
    expect(isOAuthApplicationId(`oa_${'a'.repeat(64)}`)).toBe(true);
    expect(isOAuthApplicationId(`oa_${'a'.repeat(65)}`)).toBe(false);
    expect(isOAuthApplicationId('oa_')).toBe(false);
  });

  it.each([
    // Anything before oa_ (the ^ anchor): path traversal or another path segment.
    '../oa_abc',
    'x/oa_abc',
    ' oa_abc',
    'xoa_abc',
    // Anything after the id (the $ anchor).
    'oa_abc/..',
    'oa_abc/../../x',
    'oa_abc?x=1',
    'oa_abc#x',
    'oa_abc\n',
    'oa_abc\r\nX-Injected: 1',
    'oa_abc ',
    // Characters that are not base62, anywhere in the id.
    'oa_ab-c',
    'oa_ab_c',
    'oa_ab%2Fc',
    'oa_ab.c',
    'oa_abé',
    // Other prefixes.
    'OA_abc',
    'oa-abc',
    'user_abc',
    '',
  ])('refuses %j', (id) => {
    expect(isOAuthApplicationId(id)).toBe(false);
  });
});

describe('isValidUri', () => {
  it.each([
    'https://a.example/cb',
    'http://localhost:3000/cb',
    'myapp://callback',
    'com.example.app:/oauth',
    'x+y-z.w:opaque',
    'a:',
    `https://a.example/${'p'.repeat(2000)}`,
  ])('accepts %j (any scheme, as Clerk does)', (uri) => {
    expect(isValidUri(uri)).toBe(true);
  });

  it.each([
    ['a space after the scheme', 'https://a.example/ cb'],
    ['CR LF (header injection)', 'https://a.example/\r\nX: 1'],
    ['a lone LF', 'https://a.example/\nX'],
    ['a tab', 'https://a.example/\tcb'],
    ['NUL', 'https://a.example/\u0000cb'],
    ['DEL', 'https://a.example/\u007fcb'],
    ['ESC', 'https://a.example/\u001bcb'],
    ['a vertical tab', 'https://a.example/\u000bcb'],
    ['a form feed', 'https://a.example/\u000ccb'],
    ['a no-break space', 'https://a.example/\u00a0cb'],
    ['a line separator', 'https://a.example/\u2028cb'],
    ['an ideographic space', 'https://a.example/\u3000cb'],
    ['a BOM', 'https://a.example/\ufeffcb'],
    ['a leading space', ' https://a.example/cb'],
    ['a trailing LF', 'https://a.example/cb\n'],
    ['a trailing NUL', 'https://a.example/cb\u0000'],
    ['a tab inside the scheme', 'ht\ttps://a.example/cb'],
  ])('refuses white space or a control character: %s', (_what, uri) => {
    expect(isValidUri(uri)).toBe(false);
  });

  it.each([
    ['no scheme', 'a.example/cb'],
    ['an empty scheme', '://a.example/cb'],
    ['a scheme starting with a digit', '1http://a.example/cb'],
    ['a scheme with an underscore', 'my_app://cb'],
    ['the empty string', ''],
  ])('refuses a URI without a valid scheme: %s', (_what, uri) => {
    expect(isValidUri(uri)).toBe(false);
  });

  it.each([
    ['a special scheme without a host', 'http://'],
    ['a port out of range', 'https://a.example:99999/cb'],
    ['an unclosed IPv6 literal', 'https://[::1/cb'],
  ])('refuses a URI that does not parse as a URL: %s', (_what, uri) => {
    expect(isValidUri(uri)).toBe(false);
  });
});

describe('InputProblems', () => {
  it('throws nothing when no problem was found', () => {
    const problems = new InputProblems();
    expect(() => problems.throwIfAny()).not.toThrow();
  });

  it('throws one ValidationError with the problem as Clerk would word it', () => {
    const error = problemsOf((problems) => problems.add('input.name', 'some_code', 'input.name is wrong.'));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error?.code).toBe('invalid_input');
    expect(error?.message).toBe('input.name is wrong.');
    expect(error?.longMessage).toBe('The gateway rejected the input before calling Clerk; see fieldErrors.');
    expect(error?.status).toBeNull();
    expect(error?.errors).toEqual([{ code: 'some_code', message: 'input.name is wrong.', longMessage: 'input.name is wrong.', paramName: 'input.name' }]);
  });

  it('lists every problem, in order, and counts the others in the message', () => {
    const error = problemsOf((problems) => {
      problems.add('a', 'code_a', 'a is wrong.');
      problems.add('b', 'code_b', 'b is wrong.');
      problems.add('c', 'code_c', 'c is wrong.');
    });
    expect(error?.message).toBe('a is wrong. (and 2 more)');
    expect(error?.errors.map((detail) => [detail.paramName, detail.code])).toEqual([
      ['a', 'code_a'],
      ['b', 'code_b'],
      ['c', 'code_c'],
    ]);
  });

  it('says "and 1 more" for two problems', () => {
    const error = problemsOf((problems) => {
      problems.add('a', 'code_a', 'a is wrong.');
      problems.add('b', 'code_b', 'b is wrong.');
    });
    expect(error?.message).toBe('a is wrong. (and 1 more)');
  });

  describe('checkClerkId', () => {
    it('accepts a Clerk id', () => {
      expect(fieldsOf((problems) => problems.checkClerkId('id', 'oa_abc', OAUTH_APPLICATION_ID))).toEqual([]);
    });

    it('refuses anything else with form_param_format_invalid and says what an id looks like', () => {
      const error = problemsOf((problems) => problems.checkClerkId('input.id', '../oa_abc', OAUTH_APPLICATION_ID));
      expect(error?.errors).toEqual([
        {
          code: 'form_param_format_invalid',
          message: 'input.id must be a Clerk OAuth application id (oa_ followed by letters and digits).',
          longMessage: 'input.id must be a Clerk OAuth application id (oa_ followed by letters and digits).',
          paramName: 'input.id',
        },
      ]);
    });
  });

  describe('checkMaxLength', () => {
    it('accepts an absent value and one of exactly max characters', () => {
      expect(fieldsOf((problems) => problems.checkMaxLength('f', null, 3))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkMaxLength('f', undefined, 3))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkMaxLength('f', '', 0))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkMaxLength('f', 'abc', 3))).toEqual([]);
    });

    it('refuses max + 1 characters with form_param_max_length_exceeded, in Clerk\'s words', () => {
      const error = problemsOf((problems) => problems.checkMaxLength('input.name', 'abcd', 3));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'input.name', code: 'form_param_max_length_exceeded' })]);
      expect(error?.message).toBe('input.name should not exceed 3 characters.');
    });
  });

  describe('checkIntRange', () => {
    it.each([null, undefined])('accepts an absent value (%j), even when 0 would be out of range', (value) => {
      expect(fieldsOf((problems) => problems.checkIntRange('limit', value, 1, 500))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkIntRange('offset', value, 0, Number.MAX_SAFE_INTEGER))).toEqual([]);
    });

    it('accepts both ends of the range', () => {
      expect(fieldsOf((problems) => problems.checkIntRange('limit', 1, 1, 500))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkIntRange('limit', 500, 1, 500))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkIntRange('offset', 0, 0, Number.MAX_SAFE_INTEGER))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkIntRange('offset', Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER))).toEqual([]);
    });

    it.each([0, 501])('refuses %j for 1..500 and names the range', (value) => {
      const error = problemsOf((problems) => problems.checkIntRange('limit', value, 1, 500));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'limit', code: 'form_param_value_invalid' })]);
      expect(error?.message).toBe('limit must be between 1 and 500.');
    });

    it('says "at least" when there is no upper bound', () => {
      const error = problemsOf((problems) => problems.checkIntRange('offset', -1, 0, Number.MAX_SAFE_INTEGER));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'offset', code: 'form_param_value_invalid' })]);
      expect(error?.message).toBe('offset must be at least 0.');
    });
  });

  describe('checkUri', () => {
    const uriOfLength = (length: number): string => `https://a.example/${'p'.repeat(length - 'https://a.example/'.length)}`;

    it('accepts a valid URI of exactly 1024 characters', () => {
      expect(uriOfLength(1024)).toHaveLength(1024);
      expect(fieldsOf((problems) => problems.checkUri('input.callbackUrl', uriOfLength(1024)))).toEqual([]);
    });

    it('refuses 1025 characters with form_param_max_length_exceeded only, even when the URI is also invalid', () => {
      const error = problemsOf((problems) => problems.checkUri('input.callbackUrl', uriOfLength(1025)));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'input.callbackUrl', code: 'form_param_max_length_exceeded' })]);
      expect(error?.message).toBe('input.callbackUrl should not exceed 1024 characters.');
      const invalidAndLong = `${uriOfLength(1024)} `;
      expect(fieldsOf((problems) => problems.checkUri('input.callbackUrl', invalidAndLong))).toEqual([['input.callbackUrl', 'form_param_max_length_exceeded']]);
    });

    it('refuses an invalid URI with form_param_format_invalid and an example', () => {
      const error = problemsOf((problems) => problems.checkUri('input.callbackUrl', 'https://a.example/ cb'));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'input.callbackUrl', code: 'form_param_format_invalid' })]);
      expect(error?.message).toBe('input.callbackUrl must be a valid URI with a scheme, e.g. https://example.com/callback or myapp://callback.');
    });
  });

  describe('checkUris', () => {
    const uris = (count: number): string[] => Array.from({ length: count }, (_, index) => `https://a.example/cb/${index}`);

    it('accepts an absent list, an empty one and exactly 100 URIs', () => {
      expect(fieldsOf((problems) => problems.checkUris('input.redirectUris', null))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkUris('input.redirectUris', undefined))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkUris('input.redirectUris', []))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkUris('input.redirectUris', uris(100)))).toEqual([]);
    });

    it('refuses 101 URIs as a whole with form_param_array_size_exceeded, without judging each one', () => {
      const error = problemsOf((problems) => problems.checkUris('input.redirectUris', [...uris(100), 'not a uri']));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'input.redirectUris', code: 'form_param_array_size_exceeded' })]);
      expect(error?.message).toBe('input.redirectUris should not exceed 100 items.');
    });

    it('judges each URI under its index', () => {
      expect(fieldsOf((problems) => problems.checkUris('input.redirectUris', ['https://a.example/cb', 'bad uri', 'myapp://cb', 'https://a.example/\r\nX: 1']))).toEqual([
        ['input.redirectUris.1', 'form_param_format_invalid'],
        ['input.redirectUris.3', 'form_param_format_invalid'],
      ]);
    });
  });

  describe('checkScopes', () => {
    it('accepts absent and empty lists and ordinary scopes', () => {
      expect(fieldsOf((problems) => problems.checkScopes('input.scopes', null))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkScopes('input.scopes', undefined))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkScopes('input.scopes', []))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkScopes('input.scopes', ['profile', 'email', 'user:org:read', 'offline_access']))).toEqual([]);
    });

    it.each([
      ['empty', ''],
      ['with a space', 'two words'],
      ['with a tab', 'a\tb'],
      ['with a LF', 'a\nb'],
      ['with NUL', 'a\u0000b'],
      ['with DEL', 'a\u007fb'],
      ['with a no-break space', 'a\u00a0b'],
    ])('refuses a scope that is %s, under its index', (_what, scope) => {
      const error = problemsOf((problems) => problems.checkScopes('input.scopes', ['profile', scope]));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'input.scopes.1', code: 'form_param_format_invalid' })]);
      expect(error?.message).toBe('input.scopes.1 must be a non-empty scope without spaces.');
    });

    it('counts the joining spaces: 1024 characters joined are accepted, 1025 refused', () => {
      // 511 + 1 + 512 = 1024; 512 + 1 + 512 = 1025 (1024 without the separator).
      expect(fieldsOf((problems) => problems.checkScopes('input.scopes', ['a'.repeat(511), 'b'.repeat(512)]))).toEqual([]);
      const error = problemsOf((problems) => problems.checkScopes('input.scopes', ['a'.repeat(512), 'b'.repeat(512)]));
      expect(error?.errors).toEqual([expect.objectContaining({ paramName: 'input.scopes', code: 'form_param_max_length_exceeded' })]);
      expect(error?.message).toBe('input.scopes should not exceed 1024 characters.');
    });
  });

  describe('checkText', () => {
    const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0d]);
    const ascii = Array.from({ length: 0x80 }, (_, code) => code);
    const refused = ascii.filter((code) => (code < 0x20 || code === 0x7f) && !ALLOWED_CONTROLS.has(code));
    const accepted = ascii.filter((code) => !refused.includes(code));

    it('refuses exactly the C0 controls other than tab, LF and CR, and DEL', () => {
      expect(refused).toHaveLength(30);
      for (const code of refused) {
        expect(fieldsOf((problems) => problems.checkText('input.name', `a${char(code)}b`, 256)), hex(code)).toEqual([['input.name', 'form_param_format_invalid']]);
      }
    });

    it('accepts tab, LF, CR and every printable ASCII character', () => {
      expect(accepted).toEqual([0x09, 0x0a, 0x0d, ...Array.from({ length: 0x7f - 0x20 }, (_, index) => 0x20 + index)]);
      for (const code of accepted) {
        expect(fieldsOf((problems) => problems.checkText('input.name', `a${char(code)}b`, 256)), hex(code)).toEqual([]);
      }
    });

    it('says why a control character is refused', () => {
      const error = problemsOf((problems) => problems.checkText('nameQuery', '\u001b[31m', 256));
      expect(error?.message).toBe('nameQuery must not contain control characters.');
    });

    it('accepts an absent value and exactly max characters; refuses max + 1', () => {
      expect(fieldsOf((problems) => problems.checkText('input.name', null, 256))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkText('input.name', undefined, 256))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkText('input.name', 'n'.repeat(256), 256))).toEqual([]);
      expect(fieldsOf((problems) => problems.checkText('input.name', 'n'.repeat(257), 256))).toEqual([['input.name', 'form_param_max_length_exceeded']]);
    });

    it('reports both an over-long value and a control character', () => {
      expect(fieldsOf((problems) => problems.checkText('input.name', `${'n'.repeat(256)}\u0000`, 256))).toEqual([
        ['input.name', 'form_param_max_length_exceeded'],
        ['input.name', 'form_param_format_invalid'],
      ]);
    });
  });
});
