import type { DocumentNode, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Validation results per parsed document (the parse cache hands out one document object per query
 * text), replacing Yoga's validation cache, which keys each lookup by the names of all ~35 rules
 * joined into a string: reading and joining them cost more per request than the lookup itself.
 *
 * The gateway's rules are fixed when it is built (operation limits, the mutation-field cap, the
 * introspection rule in production; every hook adds the same ones on every request), so the
 * document decides the result. The rule count is kept with each result as a guard: a request
 * validated under a different number of rules is validated afresh.
 *
 * Listed after every plugin that adds rules or rewrites validation results, so that what is kept
 * is the final result.
 */
export function useValidationCache(): Plugin {
  const results = new WeakMap<DocumentNode, { readonly ruleCount: number; readonly errors: readonly GraphQLError[] }>();
  return {
    onValidate({ params: { documentAST, rules }, setResult }) {
      const ruleCount = rules?.length ?? 0;
      const known = results.get(documentAST);
      if (known !== undefined && known.ruleCount === ruleCount) {
        setResult(known.errors);
        return;
      }
      return ({ result }) => {
        // envelop types the result loosely (Error[]); graphql's validate returns GraphQLErrors.
        results.set(documentAST, { ruleCount, errors: result as readonly GraphQLError[] });
      };
    },
  };
}
