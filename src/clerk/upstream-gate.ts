/**
 * What every attempt passes before it is sent: the end of a block Clerk announced for its key and
 * endpoint (a 429 with Retry-After), a rate-limit permit for its secret key, then a slot under the
 * concurrency bound. The waits come before the concurrency slot so that a key that is out of quota
 * waits without holding a slot that requests under other keys could use.
 */
import type { ClerkOperation, LimiterEvent } from './client.js';
import type { ConcurrencyLimiter } from './concurrency-limiter.js';
import { clerkBlockedError, gatewayOverloadedError, gatewayRateLimitedError, rateLimiterFailedError } from './error-from-limiter.js';
import type { GatewayError } from './errors.js';
import type { RateLimit, RateLimiter, RateLimitPermit } from './rate-limiter.js';
import type { UpstreamCooldown } from './upstream-cooldown.js';

export interface GateContext {
  clock: () => number;
  /** null when rate limiting is off. */
  rateLimiter: RateLimiter | null;
  rateLimitMaxWaitMs: number;
  concurrency: ConcurrencyLimiter;
  cooldown: UpstreamCooldown;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  onLimiter: ((event: LimiterEvent) => void) | undefined;
}

export interface GateKey {
  readonly limiterKey: string;
  /** null when rate limiting is off. */
  readonly limit: RateLimit | null;
  readonly source: LimiterEvent['keySource'];
}

export type GateResult =
  /** Call `release` once the attempt is over; `sent: false` when the request surely never left. */
  | { type: 'open'; release(sent: boolean): void }
  | { type: 'refused'; error: GatewayError }
  | { type: 'aborted' };

/** Every wait ends before the call's deadline, so that an attempt always has some time left. */
export async function passGate(
  ctx: GateContext,
  key: GateKey,
  facts: { operation: ClerkOperation; attempt: number },
  deadline: number,
  signal: AbortSignal | undefined,
): Promise<GateResult> {
  const report = (limiter: LimiterEvent['limiter'], outcome: LimiterEvent['outcome'], since: number, retryAfterMs: number | null = null): void =>
    emit(ctx, { operation: facts.operation, attempt: facts.attempt, limiter, outcome, waitedMs: ctx.clock() - since, retryAfterMs, keySource: key.source });

  const blockedMs = ctx.cooldown.remainingMs(key.limiterKey, facts.operation);
  if (blockedMs > 0) {
    const since = ctx.clock();
    // Waited out like a rate-limit wait: within that bound and before the call's deadline.
    if (blockedMs > Math.min(ctx.rateLimitMaxWaitMs, deadline - since - 1)) {
      report('cooldown', 'refused', since, blockedMs);
      return { type: 'refused', error: clerkBlockedError(blockedMs) };
    }
    try {
      await ctx.sleep(blockedMs, signal);
    } catch {
      report('cooldown', 'aborted', since);
      return { type: 'aborted' };
    }
    report('cooldown', 'waited', since);
  }

  let permit: RateLimitPermit | null = null;
  if (ctx.rateLimiter !== null && key.limit !== null) {
    const since = ctx.clock();
    const maxWaitMs = Math.max(0, Math.min(ctx.rateLimitMaxWaitMs, deadline - since - 1));
    try {
      const decision = await ctx.rateLimiter.acquire(key.limiterKey, key.limit, maxWaitMs, signal);
      if (!decision.ok) {
        report('rate', 'refused', since, decision.retryAfterMs);
        return { type: 'refused', error: gatewayRateLimitedError(decision.retryAfterMs) };
      }
      permit = decision;
    } catch (error) {
      if (signal?.aborted) {
        report('rate', 'aborted', since);
        return { type: 'aborted' };
      }
      report('rate', 'error', since);
      return { type: 'refused', error: rateLimiterFailedError(error) };
    }
    if (permit.waited) report('rate', 'waited', since);
  }

  const since = ctx.clock();
  try {
    const decision = await ctx.concurrency.acquire(deadline - since - 1, signal);
    if (!decision.ok) {
      permit?.complete(false);
      report('concurrency', decision.reason, since);
      return { type: 'refused', error: gatewayOverloadedError(decision.reason) };
    }
    if (decision.queued) report('concurrency', 'waited', since);
    return {
      type: 'open',
      release: (sent) => {
        decision.release();
        permit?.complete(sent);
      },
    };
  } catch {
    permit?.complete(false);
    report('concurrency', 'aborted', since);
    return { type: 'aborted' };
  }
}

function emit(ctx: GateContext, event: LimiterEvent): void {
  if (ctx.onLimiter === undefined) return;
  try {
    ctx.onLimiter(event);
  } catch {
    // A metrics hook must never change the outcome of a call.
  }
}
