/**
 * Stored answers are sealed with AES-256-GCM (node:crypto). The key is derived with HKDF-SHA-256
 * from key material the gateway already holds: its Clerk secret key, or in pass-through mode the
 * caller's own key, so a record can only be opened by a gateway holding that key and, in
 * pass-through mode, only for that caller. The record's store key is the additional authenticated
 * data: a sealed answer moved to another key does not open.
 *
 * Sealed form: `v1.` + base64url(12-byte IV | 16-byte tag | ciphertext).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1.';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'clerk-oauth-graphql-gateway idempotency';
const INFO = 'stored answer encryption v1';

export class AnswerCipher {
  readonly #key: Buffer;

  constructor(keyMaterial: string | Buffer) {
    if (keyMaterial.length === 0) throw new TypeError('AnswerCipher: key material must not be empty.');
    this.#key = Buffer.from(hkdfSync('sha256', keyMaterial, SALT, INFO, 32));
  }

  seal(plaintext: string, additionalData: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    cipher.setAAD(Buffer.from(additionalData, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return VERSION + Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
  }

  /** The plaintext, or null when the answer was sealed with another key, for another record, or altered. */
  open(sealed: string, additionalData: string): string | null {
    if (!sealed.startsWith(VERSION)) return null;
    const bytes = Buffer.from(sealed.slice(VERSION.length), 'base64url');
    if (bytes.length < IV_BYTES + TAG_BYTES) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, bytes.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(additionalData, 'utf8'));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }
}
