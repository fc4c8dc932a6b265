/**
 * Identifier and secret generation. Clerk ids are KSUID-like (`oa_` + 27 base62 chars); here the
 * first 8 chars encode the creation time in ms and the rest is random, and ids are made strictly
 * increasing so that sorting by id matches creation order even within one millisecond.
 */
import { randomBytes } from 'node:crypto';

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

const ID_BODY_LENGTH = 27;
const TIME_CHARS = 8; // 62^8 ms lasts until the year ~8900
const RANDOM_CHARS = ID_BODY_LENGTH - TIME_CHARS;

export const APPLICATION_ID_PATTERN = /^oa_[0-9A-Za-z]{27}$/;
export const INSTANCE_ID_PATTERN = /^ins_[0-9A-Za-z]{27}$/;

export type RandomSource = () => number;

export function randomBase62(length: number, random: RandomSource): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    // Clamp guards against injected sources that return exactly 1.
    const index = Math.min(61, Math.max(0, Math.floor(random() * 62)));
    out += BASE62[index];
  }
  return out;
}

/** Crypto-backed base62, for values that protect something (the default secret key). */
export function secureBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Rejection sampling keeps the distribution uniform (248 = 4 * 62).
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}

export function encodeBase62(value: number, width: number): string {
  let n = Math.max(0, Math.floor(value));
  let out = '';
  while (n > 0) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0').slice(-width);
}

function decodeBase62(text: string): number {
  let n = 0;
  for (const ch of text) n = n * 62 + BASE62.indexOf(ch);
  return n;
}

/** Adds one to a base62 string; returns null on overflow. */
function incrementBase62(text: string): string | null {
  const chars = text.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    const index = BASE62.indexOf(chars[i] ?? '0');
    if (index < 61) {
      chars[i] = BASE62[index + 1] ?? '0';
      return chars.join('');
    }
    chars[i] = '0';
  }
  return null;
}

export class ApplicationIdGenerator {
  private lastTime = -1;
  private lastRandom = '';

  constructor(private readonly random: RandomSource) {}

  next(nowMs: number): string {
    let time = Math.max(0, Math.floor(nowMs));
    let rand: string;
    if (time > this.lastTime) {
      rand = randomBase62(RANDOM_CHARS, this.random);
    } else {
      // Same (or an earlier) millisecond: stay monotonic by counting up from the last id.
      time = this.lastTime;
      const bumped = incrementBase62(this.lastRandom);
      if (bumped === null) {
        time += 1;
        rand = '0'.repeat(RANDOM_CHARS);
      } else {
        rand = bumped;
      }
    }
    this.lastTime = time;
    this.lastRandom = rand;
    return `oa_${encodeBase62(time, TIME_CHARS)}${rand}`;
  }

  /** Makes later ids sort after `id` (used for ids loaded from a persisted store). */
  observe(id: string): void {
    if (!APPLICATION_ID_PATTERN.test(id)) return;
    const body = id.slice(3);
    const time = decodeBase62(body.slice(0, TIME_CHARS));
    const rand = body.slice(TIME_CHARS);
    if (time > this.lastTime || (time === this.lastTime && rand > this.lastRandom)) {
      this.lastTime = time;
      this.lastRandom = rand;
    }
  }
}

export function generateInstanceId(random: RandomSource): string {
  return `ins_${randomBase62(ID_BODY_LENGTH, random)}`;
}

export function generateClientId(random: RandomSource): string {
  return randomBase62(16, random);
}

export function generateClientSecret(random: RandomSource): string {
  return randomBase62(32, random);
}

export function generateSecretKey(): string {
  return `sk_test_${secureBase62(40)}`;
}

/** Trace ids come from crypto so they never consume draws of an injected random source. */
export function generateTraceId(): string {
  return randomBytes(16).toString('hex');
}
