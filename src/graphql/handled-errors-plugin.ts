import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      handledErrors: HandledErrorsPlugin<Types>;
    }
  }
}

/** What the plugin needs of the context: where a request's handled errors are gathered. */
export interface HandledErrorsContext {
  readonly handledErrors: Error[];
}

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * Gathers the errors that result unions answer with (NotFoundError, RateLimitedError, …) in the
 * request's context, for its log line and metrics. It wraps each resolver inside the errors plugin
 * (listed after it), so it sees the error the resolver threw or returned, and keeps those of the
 * union's types, which the errors plugin then turns into data. The errors plugin's own hook for
 * this gets no context, and finding the request through AsyncLocalStorage put a hook on every
 * promise of the process.
 */
export class HandledErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: GraphQLFieldResolver<unknown, Types['Context'], object>, fieldConfig: PothosOutputFieldConfig<Types>) {
    const unionErrorTypes = fieldConfig.extensions?.['pothosErrors'] as readonly ErrorClass[] | undefined;
    if (!unionErrorTypes) return resolver;
    const keepIfHandled = (error: unknown, context: Types['Context']) => {
      if (unionErrorTypes.some((type) => error instanceof type)) (context as HandledErrorsContext).handledErrors.push(error as Error);
    };
    return async (parent: unknown, args: object, context: Types['Context'], info: Parameters<typeof resolver>[3]) => {
      try {
        const result: unknown = await resolver(parent, args, context, info);
        if (result instanceof Error) keepIfHandled(result, context);
        return result;
      } catch (error) {
        keepIfHandled(error, context);
        throw error;
      }
    };
  }
}

export const HANDLED_ERRORS_PLUGIN = 'handledErrors' as const;

SchemaBuilder.registerPlugin(HANDLED_ERRORS_PLUGIN, HandledErrorsPlugin);
