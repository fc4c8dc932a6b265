/**
 * The two pure parts of the idempotency module: what "the same input" means (canonical JSON, then
 * SHA-256), and how stored answers are sealed (AES-256-GCM under an HKDF key, bound to the record).
 */
import { describe, expect, it } from 'vitest';
import { AnswerCipher } from '../../src/idempotency/answer-cipher.js';
import { canonicalJson, fingerprintOf, recordKeyOf } from '../../src/idempotency/fingerprint.js';

describe('fingerprintOf', () => {
  const same = (a: unknown, b: unknown) => fingerprintOf('op', a) === fingerprintOf('op', b);

  it('ignores key order at every depth', () => {
    expect(same({ name: 'a', scopes: ['x'], nested: { b: 1, a: 2 } }, { nested: { a: 2, b: 1 }, scopes: ['x'], name: 'a' })).toBe(true);
  });

  it('treats an omitted field and an explicit null (or undefined) alike', () => {
    expect(same({ name: 'a' }, { name: 'a', isPublic: null, scopes: undefined })).toBe(true);
  });

  it('tells apart a value equal to a default and an omitted field, list orders, types and operations', () => {
    expect(same({ name: 'a' }, { name: 'a', scopes: ['profile', 'email'] })).toBe(false);
    expect(same({ uris: ['a', 'b'] }, { uris: ['b', 'a'] })).toBe(false);
    expect(same({ n: 1 }, { n: '1' })).toBe(false);
    expect(same({ flag: false }, {})).toBe(false);
    expect(fingerprintOf('create', { id: 'x' })).not.toBe(fingerprintOf('delete', { id: 'x' }));
  });

  it('keeps nulls inside lists, and reads objects without a prototype (as graphql-js builds input)', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 1, a: 'x' });
    expect(canonicalJson(bare)).toBe('{"a":"x","b":1}');
    expect(canonicalJson([1, null, 'x'])).toBe('[1,null,"x"]');
  });
});

describe('recordKeyOf', () => {
  it('is a hash of namespace, scope and key: none of them readable, each of them distinguishing', () => {
    const key = recordKeyOf('ns', 'token:abc', 'my-key-123');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toBe(recordKeyOf('ns', 'token:abd', 'my-key-123'));
    expect(key).not.toBe(recordKeyOf('other', 'token:abc', 'my-key-123'));
    // A separator keeps scope and key apart.
    expect(recordKeyOf('ns', 'a', 'b\nc')).not.toBe(recordKeyOf('ns', 'a\nb', 'c'));
  });
});

describe('AnswerCipher', () => {
  const secret = 'VVgbT7i6sPo7sTljq2zj12fjmg0jPL5k';
  const plaintext = JSON.stringify({ clientSecret: secret });

  it('round-trips, with a fresh IV each time, and the sealed form holds no plaintext', () => {
    const cipher = new AnswerCipher('sk_test_key');
    const sealed = cipher.seal(plaintext, 'record-1');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(sealed).not.toContain(secret);
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain(secret);
    expect(cipher.seal(plaintext, 'record-1')).not.toBe(sealed);
    expect(cipher.open(sealed, 'record-1')).toBe(plaintext);
    expect(new AnswerCipher('sk_test_key').open(sealed, 'record-1')).toBe(plaintext);
  });

  it('does not open under another key, for another record, or once altered', () => {
    const sealed = new AnswerCipher('sk_test_key').seal(plaintext, 'record-1');
    expect(new AnswerCipher('sk_test_other').open(sealed, 'record-1')).toBeNull();
    expect(new AnswerCipher('sk_test_key').open(sealed, 'record-2')).toBeNull();
    const bytes = Buffer.from(sealed.slice(3), 'base64url');
    bytes[bytes.length - 1]! ^= 1;
    expect(new AnswerCipher('sk_test_key').open(`v1.${bytes.toString('base64url')}`, 'record-1')).toBeNull();
    expect(new AnswerCipher('sk_test_key').open('v2.abc', 'record-1')).toBeNull();
    expect(new AnswerCipher('sk_test_key').open('v1.', 'record-1')).toBeNull();
  });

  it('refuses empty key material', () => {
    expect(() => new AnswerCipher('')).toThrow(TypeError);
  });
});
