/**
 * Bounds the requests to Clerk in flight at once, with a bounded first-come-first-served queue in
 * front. When Clerk slows down, work then stops piling up in the gateway: a request beyond the queue
 * is refused at once, and a queued one leaves at its deadline or on its caller's abort.
 */
import { sleep as realSleep, type StartTimer, timerFor } from './sleep.js';

export type ConcurrencyDecision =
  /** `queued`: the slot came after a wait in the queue (for metrics). */
  | { readonly ok: true; readonly queued: boolean; release(): void }
  /** `queue_full`: refused at once; `deadline`: no slot freed within the allowed wait. */
  | { readonly ok: false; readonly reason: 'queue_full' | 'deadline' };

interface Waiter {
  grant(): void;
}

export class ConcurrencyLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];
  private readonly startTimer: StartTimer;

  constructor(
    readonly maxConcurrent: number,
    readonly maxQueued: number,
    sleep: (ms: number, signal?: AbortSignal) => Promise<void> = realSleep,
  ) {
    this.startTimer = timerFor(sleep);
  }

  /** Requests holding a slot now. */
  get inFlight(): number {
    return this.active;
  }

  /** Requests waiting for a slot now. */
  get queued(): number {
    return this.queue.length;
  }

  /** A slot, waiting at most `maxWaitMs`; rejects with the signal's reason on abort. */
  acquire(maxWaitMs: number, signal?: AbortSignal): Promise<ConcurrencyDecision> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.maxConcurrent && this.queue.length === 0) {
      this.active += 1;
      return Promise.resolve(this.permit(false));
    }
    if (this.queue.length >= this.maxQueued) return Promise.resolve({ ok: false, reason: 'queue_full' });
    if (maxWaitMs <= 0) return Promise.resolve({ ok: false, reason: 'deadline' });

    return new Promise<ConcurrencyDecision>((resolve, reject) => {
      let cancelTimer = (): void => undefined;
      const leave = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        cancelTimer();
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        leave();
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        grant: () => {
          leave();
          resolve(this.permit(true));
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      cancelTimer = this.startTimer(maxWaitMs, () => {
        leave();
        resolve({ ok: false, reason: 'deadline' });
      });
      this.queue.push(waiter);
    });
  }

  private permit(queued: boolean): ConcurrencyDecision {
    let released = false;
    return {
      ok: true,
      queued,
      release: () => {
        if (released) return;
        released = true;
        // The slot passes straight to the first waiter, so a newcomer can never overtake the queue.
        const next = this.queue[0];
        if (next === undefined) this.active -= 1;
        else next.grant();
      },
    };
  }
}
