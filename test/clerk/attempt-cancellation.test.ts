import { describe, expect, it } from 'vitest';
import { AttemptCancellation } from '../../src/clerk/attempt-cancellation.js';

describe('AttemptCancellation', () => {
  it('calls each listener once, in order, with the reason readable; removed and late listeners are not called', () => {
    const cancellation = new AttemptCancellation();
    const calls: string[] = [];
    const first = (): void => void calls.push(`first:${String(cancellation.reason)}`);
    const removed = (): void => void calls.push('removed');
    const second = (): void => void calls.push(`second:${String(cancellation.aborted)}`);
    cancellation.addEventListener('abort', first);
    cancellation.addEventListener('abort', removed);
    cancellation.addEventListener('abort', second);
    cancellation.removeEventListener('abort', removed);

    cancellation.abort('gone');
    cancellation.abort('again');
    cancellation.addEventListener('abort', () => calls.push('late'));

    expect(calls).toEqual(['first:gone', 'second:true']);
    expect(cancellation.reason).toBe('gone');
  });

  it('aborts a signal read before the abort with the same reason', () => {
    const cancellation = new AttemptCancellation();
    const signal = cancellation.signal;
    expect(signal.aborted).toBe(false);
    const reason = new DOMException('The attempt timed out.', 'TimeoutError');

    cancellation.abort(reason);

    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe(reason);
    expect(cancellation.signal).toBe(signal);
  });

  it('hands out an already aborted signal when first read after the abort', () => {
    const cancellation = new AttemptCancellation();
    cancellation.abort('caller gone');

    expect(cancellation.signal.aborted).toBe(true);
    expect(cancellation.signal.reason).toBe('caller gone');
  });
});
