import type { OAuthApplicationOrder } from './gql/graphql.js';

/** The orderings the list offers, by the value of its select. */
export const ORDERINGS: Record<string, { label: string; orderBy: OAuthApplicationOrder }> = {
  newest: { label: 'Newest first', orderBy: { field: 'CREATED_AT', direction: 'DESC' } },
  oldest: { label: 'Oldest first', orderBy: { field: 'CREATED_AT', direction: 'ASC' } },
  'name-asc': { label: 'Name A–Z', orderBy: { field: 'NAME', direction: 'ASC' } },
  'name-desc': { label: 'Name Z–A', orderBy: { field: 'NAME', direction: 'DESC' } },
};

export const PAGE_SIZES = [5, 10, 25, 50] as const;

/**
 * Where the user is in the list. The API pages forward only (`after` = the endCursor of the page
 * before), so going back pops the cursor that opened the current page.
 */
export interface ListState {
  readonly nameQuery: string;
  readonly ordering: string;
  readonly pageSize: number;
  /** `after` of every page up to the current one; null opens the first page. */
  readonly cursors: readonly (string | null)[];
}

export const FIRST_PAGE: ListState = { nameQuery: '', ordering: 'newest', pageSize: 10, cursors: [null] };

/** A new search, ordering or page size starts again from the first page. */
export function withFilters(state: ListState, change: Partial<Pick<ListState, 'nameQuery' | 'ordering' | 'pageSize'>>): ListState {
  return { ...state, ...change, cursors: [null] };
}

export function nextPage(state: ListState, endCursor: string): ListState {
  return { ...state, cursors: [...state.cursors, endCursor] };
}

export function previousPage(state: ListState): ListState {
  return state.cursors.length > 1 ? { ...state, cursors: state.cursors.slice(0, -1) } : state;
}

export function pageIndex(state: ListState): number {
  return state.cursors.length - 1;
}
