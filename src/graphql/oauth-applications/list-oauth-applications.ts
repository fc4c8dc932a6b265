import { callOptions } from '../../clerk/client.js';
import { ValidationError } from '../../clerk/errors.js';
import type { ListOAuthApplicationsQuery } from '../../clerk/resources/oauth-applications.js';
import { builder } from '../builder.js';
import { resultTypeName } from '../result-type-name.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems, LIMITS } from '../input-validation.js';
import { OAuthApplication } from './oauth-application.js';
import type { OAuthApplicationNode } from './oauth-application-node.js';
import { decodeOffsetCursor, OffsetConnection } from '../pagination.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';
import { oauthApplicationLoader } from './oauth-application-loader.js';

const OAuthApplicationConnection = builder.connectionObject<typeof OAuthApplication, OffsetConnection<OAuthApplicationNode>>(
  {
    type: OAuthApplication,
    name: 'OAuthApplicationConnection',
    description: 'One offset page of OAuth applications; cursors encode offsets.',
    isTypeOf: (value) => resultTypeName(value) === 'OAuthApplicationConnection',
    edgesField: { description: 'The applications of this page with their cursors.' },
    fields: (t) => ({
      nodes: t.expose('nodes', { type: [OAuthApplication], description: 'The applications of this page.' }),
      totalCount: t.exposeInt('totalCount', { description: "Clerk's total_count: all matching applications, not just this page." }),
    }),
  },
  { description: 'An application and its position in the list.', nodeField: { description: 'The application.' } },
);

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
      const list = await oauthApplicationLoader(context).primeFromList(
        context.clerk.oauthApplications.list(query, callOptions(context.clerkOptions.secretKey, retry, context.signal)),
      );
      return new OffsetConnection('OAuthApplicationConnection', list.nodes, offset, list.totalCount);
    },
  }),
);
