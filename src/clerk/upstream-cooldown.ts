/**
 * Clerk's block after a 429: "all subsequent requests to that specific endpoint will be blocked" for
 * the seconds its Retry-After names (BEHAVIOR.md §8; limits are per instance, that is per secret
 * key). Remembered per key and endpoint (one Clerk operation is one endpoint), so that other calls
 * wait for the block's end, or are refused at once when it outlasts them, instead of each being sent
 * and meeting its own 429. Per process: replicas sharing a Redis rate limit learn of a block by
 * meeting it. A 429 without Retry-After says nothing about how long, and blocks nothing here.
 */
const SWEEP_ABOVE_ENTRIES = 1_000;

export class UpstreamCooldown {
  /** Keyed by `<key identity> <operation>`; the key identity is a digest, never the secret key. */
  private readonly blockedUntil = new Map<string, number>();

  constructor(private readonly clock: () => number) {}

  block(limiterKey: string, operation: string, untilMs: number): void {
    const key = entryKey(limiterKey, operation);
    if (untilMs <= (this.blockedUntil.get(key) ?? 0)) return;
    this.blockedUntil.set(key, untilMs);
    // Passthrough mode sees one key per caller: ended blocks are dropped before the map grows.
    if (this.blockedUntil.size > SWEEP_ABOVE_ENTRIES) {
      const now = this.clock();
      for (const [entry, until] of this.blockedUntil) if (until <= now) this.blockedUntil.delete(entry);
    }
  }

  /** Milliseconds until the block on this key and operation ends; 0 when there is none. */
  remainingMs(limiterKey: string, operation: string): number {
    // Every attempt asks, and there is almost never a block: no key is built for an empty map.
    if (this.blockedUntil.size === 0) return 0;
    const key = entryKey(limiterKey, operation);
    const until = this.blockedUntil.get(key);
    if (until === undefined) return 0;
    const left = until - this.clock();
    if (left > 0) return left;
    this.blockedUntil.delete(key);
    return 0;
  }
}

function entryKey(limiterKey: string, operation: string): string {
  return `${limiterKey} ${operation}`;
}
