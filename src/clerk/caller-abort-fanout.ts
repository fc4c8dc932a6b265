/**
 * Cancels Clerk attempts when their caller's signal aborts, with one 'abort' listener per signal
 * however many attempts it covers over its life.
 *
 * Why: the caller's signal is its connection's (src/http/direct-request.ts), which lives as long as
 * the keep-alive connection. Adding and removing a listener per attempt made Node's EventTarget
 * rebuild its listener table on that long-lived object again and again, and each rebuilt table
 * lived long enough for V8 to promote it: the largest single item in what reached the old
 * generation per request. Attaching an attempt here links one small object into a list instead.
 */

/** What a caller's abort is passed on to: an AttemptCancellation. */
export interface Abortable {
  abort(reason: unknown): void;
}

/** The attempts one signal currently covers, as a doubly linked list. */
class Fanout {
  head: CallerAbortLink | null = null;

  constructor(signal: AbortSignal) {
    signal.addEventListener('abort', () => this.abortAll(signal.reason), { once: true });
  }

  abortAll(reason: unknown): void {
    let link = this.head;
    this.head = null;
    while (link !== null) {
      const next = link.next;
      link.unlinked();
      link.target.abort(reason);
      link = next;
    }
  }
}

const fanouts = new WeakMap<AbortSignal, Fanout>();

/** One attempt's tie to its caller's signal: `attach` when it starts, `detach` when it ends. */
export class CallerAbortLink {
  prev: CallerAbortLink | null = null;
  next: CallerAbortLink | null = null;
  private fanout: Fanout | null = null;

  constructor(readonly target: Abortable) {}

  /** From now on the signal's abort aborts the target; a signal already aborted does so at once. */
  attach(signal: AbortSignal): void {
    if (signal.aborted) {
      this.target.abort(signal.reason);
      return;
    }
    let fanout = fanouts.get(signal);
    if (fanout === undefined) {
      fanout = new Fanout(signal);
      fanouts.set(signal, fanout);
    }
    this.fanout = fanout;
    this.next = fanout.head;
    if (fanout.head !== null) fanout.head.prev = this;
    fanout.head = this;
  }

  detach(): void {
    const fanout = this.fanout;
    if (fanout === null) return;
    if (this.prev !== null) this.prev.next = this.next;
    else fanout.head = this.next;
    if (this.next !== null) this.next.prev = this.prev;
    this.unlinked();
  }

  unlinked(): void {
    this.prev = null;
    this.next = null;
    this.fanout = null;
  }
}

/** How many attempts a signal covers right now (for tests: none once every call has ended). */
export function attachedAttempts(signal: AbortSignal): number {
  let count = 0;
  for (let link = fanouts.get(signal)?.head ?? null; link !== null; link = link.next) count += 1;
  return count;
}
