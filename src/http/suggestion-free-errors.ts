import { GraphQLError } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const SUGGESTION = ' Did you mean ';

/**
 * Production answers carry no "Did you mean …?": each one maps the schema for a stranger, one typo
 * at a time. graphql-js appends that sentence to the end of a message (its didYouMean helper) in the
 * validation rules (fields, arguments, directive arguments, types, enum values, input fields, inline
 * fragments) and in the coercion of variables, which runs at execution, after validation. So the
 * sentence is cut from every error of every answer, whatever produced it, rather than in one phase.
 * Nothing replaces it: a mask such as "[Suggestion hidden]" would still tell a prober that a near
 * name exists.
 */
export function useSuggestionFreeErrors(): Plugin {
  return {
    onResultProcess({ result, setResult }) {
      if (Symbol.asyncIterator in result) return;
      if (Array.isArray(result)) {
        if (result.some(hasSuggestion)) setResult(result.map(withoutSuggestions));
      } else if (hasSuggestion(result)) {
        setResult(withoutSuggestions(result));
      }
    },
  };
}

function hasSuggestion(result: ExecutionResult): boolean {
  return result.errors?.some((error) => suggestionAt(error.message) !== -1) ?? false;
}

function withoutSuggestions<T extends ExecutionResult>(result: T): T {
  // A copy: validation errors are cached per document and shared between requests.
  return { ...result, errors: result.errors?.map(withoutSuggestion) };
}

function withoutSuggestion(error: GraphQLError): GraphQLError {
  const at = suggestionAt(error.message);
  if (at === -1) return error;
  return new GraphQLError(error.message.slice(0, at), {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
}

/** Where the closing suggestion starts; the last one, since a caller's value quoted earlier may hold the words. */
function suggestionAt(message: string): number {
  return message.endsWith('?') ? message.lastIndexOf(SUGGESTION) : -1;
}
