/**
 * What "the same input" means for an idempotency key: the operation's name and its input, written
 * as canonical JSON and hashed (SHA-256). Canonical:
 * - object keys sorted, so the order a client writes them in does not matter;
 * - an omitted field and an explicit null are the same (the gateway treats them alike: not sent);
 * - a value equal to a default is not the same as an omitted field (`scopes: ["profile", "email"]`
 *   is sent to Clerk, an omitted `scopes` is not), and list order counts (it is kept as given);
 * - the idempotency key itself and the per-call retry override are not part of it: the caller
 *   leaves them out (a retry with a longer deadline is still the same request).
 */
import { createHash } from 'node:crypto';

export function fingerprintOf(operation: string, input: unknown): string {
  return createHash('sha256').update(`[${JSON.stringify(operation)},${canonicalJson(input)}]`).digest('base64url');
}

export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const fields = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] != null)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${fields.join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
  return JSON.stringify(value);
}

/** The store key of a caller's idempotency key: a hash, so no key, token or subject is stored as such. */
export function recordKeyOf(namespace: string, scope: string, key: string): string {
  // JSON keeps the three apart whatever characters they hold (a JWT subject may hold any).
  return createHash('sha256').update(JSON.stringify([namespace, scope, key])).digest('hex');
}
