import { costLimitPlugin } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { GraphQLError, Kind, NoSchemaIntrospectionCustomRule, type ValidationContext, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useSuggestionFreeErrors } from './suggestion-free-errors.js';

/**
 * Limits on what one operation may ask for, checked before execution so a hostile document costs
 * parsing and validation only, never a Clerk call. The numbers leave room for every example
 * operation and for 20 aliased lookups (the loader makes them cheap), and refuse the rest.
 */
export const OPERATION_LIMITS = {
  maxDepth: 8,
  maxAliases: 20,
  maxTokens: 2000,
  maxDirectives: 10,
  maxCost: 5000,
  /** Each root mutation field is a Clerk write; a burst of them in one operation is never needed. */
  maxMutationFields: 5,
} as const;

export interface GraphqlLimitsOptions {
  readonly production: boolean;
  readonly introspection: boolean;
}

// Reported as validation errors (HTTP 400 with a GraphQL error body) rather than thrown mid-validation.
const reportAsValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export function graphqlLimitPlugins(options: GraphqlLimitsOptions): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: OPERATION_LIMITS.maxTokens }),
    maxDepthPlugin({ n: OPERATION_LIMITS.maxDepth, flattenFragments: true, ...reportAsValidationError }),
    maxAliasesPlugin({ n: OPERATION_LIMITS.maxAliases, ...reportAsValidationError }),
    maxDirectivesPlugin({ n: OPERATION_LIMITS.maxDirectives, ...reportAsValidationError }),
    costLimitPlugin({ maxCost: OPERATION_LIMITS.maxCost, ...reportAsValidationError }),
    { onValidate: ({ addValidationRule }) => addValidationRule(maxMutationFieldsRule(OPERATION_LIMITS.maxMutationFields)) },
  ];
  // Suggestions ("Did you mean …?") map the schema for a stranger; production keeps them to itself.
  if (options.production) plugins.push(useSuggestionFreeErrors());
  // A validation rule for every request alike: both HTTP paths see it (Yoga's plugin for this
  // decides per request in a hook the direct path does not run).
  if (!options.introspection) plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  return plugins;
}

function maxMutationFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(node) {
      if (node.operation !== 'mutation') return;
      const fields = node.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD && selection.name.value !== '__typename');
      if (fields.length > max) {
        context.reportError(new GraphQLError(`An operation may hold at most ${max} mutation fields; send the rest separately.`, { nodes: [node] }));
      }
    },
  });
}
