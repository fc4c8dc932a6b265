import type { PageInfoShape } from '@pothos/plugin-relay';

/**
 * Lists are offset pages (Clerk's lists take limit and offset and answer a total count), served as
 * relay connections. Cursors encode offsets; they are opaque to callers (base64url of a tagged
 * offset) so a later move to keyset pagination does not change the contract.
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

/** The relay plugin's options for what every connection shares: PageInfo and the edge cursor. */
export const CONNECTION_OPTIONS = {
  pageInfoTypeOptions: { description: 'Where this page sits in the whole list.' },
  pageInfoFieldOptions: { description: 'Pagination state.' },
  hasNextPageFieldOptions: { description: 'True when applications follow this page.' },
  hasPreviousPageFieldOptions: { description: 'True when this page does not start at the beginning.' },
  startCursorFieldOptions: { description: 'Cursor of the first edge; null on an empty page.' },
  endCursorFieldOptions: { description: 'Cursor of the last edge (pass it as `after` for the next page); null on an empty page.' },
  cursorFieldOptions: { description: 'Opaque cursor of this position; pass it as `after` to continue after it.' },
};

/** One page as its connection type reads it; `kind` names that type for the result union. */
export class OffsetConnection<Node> {
  constructor(
    readonly kind: string,
    readonly nodes: readonly Node[],
    readonly offset: number,
    readonly totalCount: number,
  ) {}

  /** Built when selected: many callers read `nodes` alone. */
  get edges(): { readonly cursor: string; readonly node: Node }[] {
    return this.nodes.map((node, index) => ({ node, cursor: encodeOffsetCursor(this.offset + index) }));
  }

  get pageInfo(): PageInfoShape {
    const { nodes, offset } = this;
    return {
      hasNextPage: offset + nodes.length < this.totalCount,
      hasPreviousPage: offset > 0,
      startCursor: nodes.length > 0 ? encodeOffsetCursor(offset) : null,
      endCursor: nodes.length > 0 ? encodeOffsetCursor(offset + nodes.length - 1) : null,
    };
  }
}
