/**
 * Retry budget shared by all calls of one client: while Clerk is failing, retries stay a small
 * fraction of traffic instead of multiplying it (a retry storm makes an outage and a rate limit
 * worse). Token bucket over a sliding window: every call deposits `ratio` tokens, every retry
 * spends one, and a reserve of `minRetriesPerSecond × window` lets a quiet gateway still retry.
 */

export interface RetryBudgetOptions {
  /** Tokens deposited per call: retries allowed per call under sustained failure. Default 0.2. */
  ratio?: number;
  /** Retries always allowed per second of the window, whatever the traffic. Default 5. */
  minRetriesPerSecond?: number;
  /** How long deposits and withdrawals count. Default 10 s. */
  windowMs?: number;
}

export const RETRY_BUDGET_DEFAULTS = Object.freeze({ ratio: 0.2, minRetriesPerSecond: 5, windowMs: 10_000 });

/** The window is tracked in this many slots, so old traffic expires in steps of window/SLOTS. */
const SLOTS = 10;

interface Slot {
  epoch: number;
  calls: number;
  retries: number;
}

export class RetryBudget {
  private readonly ratio: number;
  private readonly reserve: number;
  private readonly slotMs: number;
  private readonly slots: Slot[];

  constructor(
    options: RetryBudgetOptions | undefined,
    private readonly clock: () => number,
  ) {
    this.ratio = nonNegative(options?.ratio, RETRY_BUDGET_DEFAULTS.ratio, 1_000);
    const minRetriesPerSecond = nonNegative(
      options?.minRetriesPerSecond,
      RETRY_BUDGET_DEFAULTS.minRetriesPerSecond,
      1_000_000,
    );
    const windowMs = Math.max(SLOTS, nonNegative(options?.windowMs, RETRY_BUDGET_DEFAULTS.windowMs, 3_600_000));
    this.reserve = (minRetriesPerSecond * windowMs) / 1000;
    this.slotMs = windowMs / SLOTS;
    this.slots = Array.from({ length: SLOTS }, () => ({ epoch: -1, calls: 0, retries: 0 }));
  }

  /** Records one call (not one attempt): its deposit funds later retries. */
  recordCall(): void {
    this.currentSlot().calls += 1;
  }

  /** Spends one token for a retry; false (and nothing spent) when the budget is exhausted. */
  tryRetry(): boolean {
    if (this.balance() < 1) return false;
    this.currentSlot().retries += 1;
    return true;
  }

  /** Tokens available now. */
  balance(): number {
    const current = this.epochNow();
    let calls = 0;
    let retries = 0;
    for (const slot of this.slots) {
      if (current - slot.epoch < SLOTS) {
        calls += slot.calls;
        retries += slot.retries;
      }
    }
    // Integer counts times the ratio, not a running float sum: no drift over millions of calls.
    return this.ratio * calls + this.reserve - retries;
  }

  private epochNow(): number {
    return Math.floor(this.clock() / this.slotMs);
  }

  private currentSlot(): Slot {
    const epoch = this.epochNow();
    const slot = this.slots[((epoch % SLOTS) + SLOTS) % SLOTS] as Slot;
    if (slot.epoch !== epoch) {
      slot.epoch = epoch;
      slot.calls = 0;
      slot.retries = 0;
    }
    return slot;
  }
}

function nonNegative(value: number | undefined, fallback: number, max: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.min(Math.max(0, value), max);
}
