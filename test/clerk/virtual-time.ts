/**
 * Virtual time for the client's injected clock and sleep: nothing waits on a real timer. `run`
 * settles microtasks, then jumps the clock to the next pending timer, until the promise settles.
 */
interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

export class VirtualTime {
  now: number;
  private readonly timers: Timer[] = [];
  private seq = 0;

  constructor(start = 1_700_000_000_000) {
    this.now = start;
  }

  readonly clock = (): number => this.now;

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const timer: Timer = {
        at: this.now + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = (): void => {
        this.remove(timer);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.timers.push(timer);
    });

  /** Runs `fn` at virtual time now + ms. */
  at(ms: number, fn: () => void): void {
    void this.sleep(ms).then(fn);
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  async run<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let step = 0; step < 100_000; step += 1) {
      await flush();
      if (settled) return promise;
      const next = this.timers.reduce<Timer | undefined>(
        (best, timer) => (best === undefined || timer.at < best.at || (timer.at === best.at && timer.seq < best.seq) ? timer : best),
        undefined,
      );
      if (next === undefined) throw new Error('virtual time: the promise is pending and no timer is scheduled');
      this.remove(next);
      this.now = Math.max(this.now, next.at);
      next.resolve();
    }
    throw new Error('virtual time: too many steps');
  }

  private remove(timer: Timer): void {
    const index = this.timers.indexOf(timer);
    if (index >= 0) this.timers.splice(index, 1);
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
}
