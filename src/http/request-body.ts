import type { IncomingMessage } from 'node:http';

export type CollectedBody =
  | { readonly kind: 'complete'; readonly bytes: Buffer }
  /** More than the limit arrived: `bytes` holds what was read (over the limit), the rest is unread. */
  | { readonly kind: 'over-limit'; readonly bytes: Buffer }
  /** The caller went away or the stream failed: nobody is left to answer. */
  | { readonly kind: 'gone' };

/** Reads a request body into memory, stopping as soon as it passes `limit` bytes. */
export function collectBody(request: IncomingMessage, limit: number): Promise<CollectedBody> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (body: CollectedBody) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onGone);
      request.off('close', onClose);
      resolve(body);
    };
    const onData = (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) {
        request.pause();
        finish({ kind: 'over-limit', bytes: Buffer.concat(chunks, size) });
      }
    };
    const onEnd = () => finish({ kind: 'complete', bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    const onGone = () => finish({ kind: 'gone' });
    const onClose = () => {
      if (!request.complete) onGone();
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onGone);
    request.on('close', onClose);
  });
}
