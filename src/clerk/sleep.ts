/** Default timer for backoff waits and attempt timeouts; rejects with the signal's reason on abort. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Runs `onExpiry` after `ms` unless the returned function is called first. */
export type StartTimer = (ms: number, onExpiry: () => void) => () => void;

/** The real clock's timer: a plain setTimeout, nothing else per call. */
export const startRealTimer: StartTimer = (ms, onExpiry) => {
  const timer = setTimeout(onExpiry, Math.max(0, ms));
  return () => clearTimeout(timer);
};

/**
 * The timer that goes with a sleep: the real clock's plain setTimeout for the default sleep, else
 * a timer on the injected one (virtual time in tests), so both wait on the same clock.
 */
export function timerFor(sleepFor: (ms: number, signal?: AbortSignal) => Promise<void>): StartTimer {
  return sleepFor === sleep ? startRealTimer : timerOnSleep(sleepFor);
}

/** A timer on an injected sleep (virtual time in tests): cancelled through an abort signal. */
function timerOnSleep(sleepFor: (ms: number, signal?: AbortSignal) => Promise<void>): StartTimer {
  return (ms, onExpiry) => {
    const controller = new AbortController();
    sleepFor(ms, controller.signal).then(onExpiry, () => undefined);
    // A fixed reason: abort() without one builds a DOMException each time.
    return () => controller.abort(TIMER_CANCELLED);
  };
}

/** Why a timer was stopped before it expired; nobody reads it. */
const TIMER_CANCELLED = 'timer cancelled';
