/**
 * Cursors encode list offsets. They are opaque to callers (base64url of a tagged offset) so a
 * later move to keyset pagination does not change the contract.
 */
const PREFIX = 'offset:';
const MAX_OFFSET = 1_000_000_000;

export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for, or null when it is not one of ours. */
export function decodeOffsetCursor(cursor: string): number | null {
  if (cursor.length > 64 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^offset:(0|[1-9]\d{0,9})$/.exec(text);
  if (!match) return null;
  const offset = Number(match[1]);
  return offset <= MAX_OFFSET ? offset : null;
}
