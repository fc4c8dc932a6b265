import { callOptions } from '../../clerk/client.js';
import { ValidationError } from '../../clerk/errors.js';
import type { ListOAuthApplicationsQuery } from '../../clerk/resources/oauth-applications.js';
import { builder } from '../builder.js';
import { resultTypeName } from '../result-type-name.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems, LIMITS } from '../input-validation.js';
import { OAuthApplication } from './oauth-application.js';
import type { OAuthApplicationNode } from './oauth-application-node.js';
import { decodeOffsetCursor, encodeOffsetCursor } from '../pagination.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';

/** One offset page as Clerk returned it, with the offset it starts at. */
interface OAuthApplicationPage {
  readonly kind: 'OAuthApplicationConnection';
  readonly applications: readonly OAuthApplicationNode[];
  readonly offset: number;
  readonly totalCount: number;
}

interface Edge {
  readonly cursor: string;
  readonly node: OAuthApplicationNode;
}

const PageInfo = builder.objectRef<OAuthApplicationPage>('PageInfo').implement({
  description: 'Where this page sits in the whole list.',
  fields: (t) => ({
    hasNextPage: t.boolean({
      description: 'True when applications follow this page.',
      resolve: (page) => page.offset + page.applications.length < page.totalCount,
    }),
    hasPreviousPage: t.boolean({ description: 'True when this page does not start at the beginning.', resolve: (page) => page.offset > 0 }),
    startCursor: t.string({
      nullable: true,
      description: 'Cursor of the first edge; null on an empty page.',
      resolve: (page) => (page.applications.length > 0 ? encodeOffsetCursor(page.offset) : null),
    }),
    endCursor: t.string({
      nullable: true,
      description: 'Cursor of the last edge (pass it as `after` for the next page); null on an empty page.',
      resolve: (page) => (page.applications.length > 0 ? encodeOffsetCursor(page.offset + page.applications.length - 1) : null),
    }),
  }),
});

const OAuthApplicationEdge = builder.objectRef<Edge>('OAuthApplicationEdge').implement({
  description: 'An application and its position in the list.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', { description: 'Opaque cursor of this position; pass it as `after` to continue after it.' }),
    node: t.field({ type: OAuthApplication, description: 'The application.', resolve: (edge) => edge.node }),
  }),
});

const OAuthApplicationConnection = builder.objectRef<OAuthApplicationPage>('OAuthApplicationConnection').implement({
  description: 'One offset page of OAuth applications; cursors encode offsets.',
  isTypeOf: (value) => typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'OAuthApplicationConnection',
  fields: (t) => ({
    edges: t.field({
      type: [OAuthApplicationEdge],
      description: 'The applications of this page with their cursors.',
      resolve: (page) => page.applications.map((node, index) => ({ node, cursor: encodeOffsetCursor(page.offset + index) })),
    }),
    nodes: t.field({ type: [OAuthApplication], description: 'The applications of this page.', resolve: (page) => page.applications }),
    pageInfo: t.field({ type: PageInfo, description: 'Pagination state.', resolve: (page) => page }),
    totalCount: t.exposeInt('totalCount', { description: "Clerk's total_count: all matching applications, not just this page." }),
  }),
});

const OAuthApplicationsResult = builder.errorUnion('OAuthApplicationsResult', {
  description: 'A page of applications, or why it could not be read.',
  types: [OAuthApplicationConnection, ValidationError, ...COMMON_ERRORS],
  resolveType: resultTypeName,
});

const OrderField = builder.enumType('OAuthApplicationOrderField', {
  description: 'What the list can be ordered by.',
  values: {
    CREATED_AT: { value: 'created_at', description: 'Creation time.' },
    NAME: { value: 'name', description: 'Name, alphabetically.' },
  } as const,
});

const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { value: '+', description: 'Ascending: oldest or A first.' },
    DESC: { value: '-', description: 'Descending: newest or Z first.' },
  } as const,
});

const OAuthApplicationOrder = builder.inputType('OAuthApplicationOrder', {
  description: 'Ordering of the list.',
  fields: (t) => ({
    field: t.field({ type: OrderField, required: true, description: 'What to order by.' }),
    direction: t.field({ type: OrderDirection, required: true, description: 'Which way.' }),
  }),
});

// Clerk's spec contradicts itself on the default order, so the gateway always says what it wants.
const NEWEST_FIRST = '-created_at';

builder.queryField('oauthApplications', (t) =>
  t.field({
    type: OAuthApplicationsResult,
    description:
      "Clerk's list: newest first unless orderBy says otherwise. limit 1..500 (default 10), offset >= 0.\n`after` (an endCursor) may be given instead of `offset`, never both.",
    args: {
      limit: t.arg.int({ defaultValue: 10, description: 'Page size, 1 to 500.' }),
      offset: t.arg.int({ description: 'How many applications to skip (0 or more).' }),
      after: t.arg.string({ description: 'Continue after this cursor (an endCursor or edge cursor) instead of giving offset.' }),
      orderBy: t.arg({ type: OAuthApplicationOrder, description: 'Ordering; newest first when absent.' }),
      nameQuery: t.arg.string({ description: 'Case-insensitive substring of the name, or an exact client id.' }),
      ...retriesArgument(),
    },
    resolve: async (_root, args, context) => {
      const problems = new InputProblems();
      const limit = args.limit ?? 10;
      problems.checkIntRange('limit', limit, 1, LIMITS.listLimitMax);
      problems.checkIntRange('offset', args.offset, 0, Number.MAX_SAFE_INTEGER);
      let offset = args.offset ?? 0;
      if (args.after != null) {
        const cursorOffset = decodeOffsetCursor(args.after);
        if (args.offset != null) problems.add('after', 'form_param_value_invalid', 'Give either offset or after, not both.');
        else if (cursorOffset === null) problems.add('after', 'form_param_format_invalid', 'after is not a cursor this gateway issued.');
        else offset = cursorOffset + 1;
      }
      problems.checkText('nameQuery', args.nameQuery, LIMITS.nameQueryMaxLength);
      const retry = toRetryOverride(args.retries, problems);
      problems.throwIfAny();

      const query: ListOAuthApplicationsQuery = {
        limit,
        offset,
        order_by: args.orderBy ? `${args.orderBy.direction}${args.orderBy.field}` : NEWEST_FIRST,
      };
      if (args.nameQuery != null && args.nameQuery !== '') query.name_query = args.nameQuery;
      const list = await context.oauthApplications.primeFromList(
        context.clerk.oauthApplications.list(query, callOptions(context.clerkOptions.secretKey, retry, context.signal)),
      );
      return { kind: 'OAuthApplicationConnection', applications: list.nodes, offset, totalCount: list.totalCount } satisfies OAuthApplicationPage;
    },
  }),
);
