/** One 'abort' listener per caller signal, passing its abort on to the attempts attached at that moment. */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { attachedAttempts, CallerAbortLink } from '../../src/clerk/caller-abort-fanout.js';

function target(): { abort(reason: unknown): void; reasons: unknown[] } {
  const reasons: unknown[] = [];
  return { reasons, abort: (reason) => void reasons.push(reason) };
}

describe('CallerAbortLink', () => {
  it('aborts every attached attempt once, with the signal reason, and none that detached', () => {
    const controller = new AbortController();
    const [a, b, c] = [target(), target(), target()];
    const links = [new CallerAbortLink(a), new CallerAbortLink(b), new CallerAbortLink(c)];
    for (const link of links) link.attach(controller.signal);
    expect(attachedAttempts(controller.signal)).toBe(3);
    links[1]!.detach();
    expect(attachedAttempts(controller.signal)).toBe(2);
    controller.abort('gone');
    controller.abort('again');
    expect([a.reasons, b.reasons, c.reasons]).toEqual([['gone'], [], ['gone']]);
    expect(attachedAttempts(controller.signal)).toBe(0);
  });

  it('keeps one listener on the signal however many attempts come and go', () => {
    const controller = new AbortController();
    for (let index = 0; index < 100; index += 1) {
      const first = new CallerAbortLink(target());
      const second = new CallerAbortLink(target());
      first.attach(controller.signal);
      second.attach(controller.signal);
      // Out of order, as concurrent calls end.
      (index % 2 === 0 ? first : second).detach();
      (index % 2 === 0 ? second : first).detach();
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    expect(attachedAttempts(controller.signal)).toBe(0);
  });

  it('aborts at once when attached to a signal that has already aborted', () => {
    const late = target();
    new CallerAbortLink(late).attach(AbortSignal.abort('before'));
    expect(late.reasons).toEqual(['before']);
  });

  it('detaching twice, or without attaching, changes nothing', () => {
    const controller = new AbortController();
    const kept = target();
    const keptLink = new CallerAbortLink(kept);
    keptLink.attach(controller.signal);
    const other = new CallerAbortLink(target());
    other.detach();
    other.attach(controller.signal);
    other.detach();
    other.detach();
    controller.abort('gone');
    expect(kept.reasons).toEqual(['gone']);
  });
});
