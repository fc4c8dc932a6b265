/**
 * How the Clerk client cancels one attempt (its caller went away, or its timeout fired) without an
 * AbortController per attempt.
 *
 * Why: in Node 20 every AbortSignal outlives the young-generation collections. Node's
 * createAbortSignal changes the new object's prototype and then adds properties to it, and V8
 * promotes objects built that way (a loop that only reads `new AbortController().signal` promotes
 * ~430 bytes per signal; an EventTarget or a plain object, nothing). Each attempt's signal then held
 * the attempt's objects it pointed to at the next young collection (its listener, the exchange, the
 * answer's bytes), and all of it waited in the old generation for a full collection. Measured at
 * 1,319 lists/s: 125–151 → 74–91 KB promoted per young collection.
 *
 * The undici transport listens here directly (`HttpRequest.cancellation`). A custom transport
 * reads `request.signal` as before and gets a real AbortSignal, made on that first read.
 */

/** The part of an AbortSignal the transport uses; an AbortSignal is one, and so is an AttemptCancellation. */
export interface AbortSource {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once: true }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export class AttemptCancellation implements AbortSource {
  aborted = false;
  reason: unknown = undefined;
  /** Listeners are called once, in the order they were added; one (the transport's) is the rule. */
  private listeners: (() => void)[] | null = null;
  private controller: AbortController | null = null;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.controller?.abort(reason);
    const listeners = this.listeners;
    this.listeners = null;
    if (listeners !== null) for (const listener of listeners) listener();
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    if (this.aborted) return;
    (this.listeners ??= []).push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.listeners?.indexOf(listener) ?? -1;
    if (at >= 0) this.listeners?.splice(at, 1);
  }

  /** A real AbortSignal for a custom transport, made on first read and aborted along with this. */
  get signal(): AbortSignal {
    if (this.controller === null) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }
}
