import { AsyncLocalStorage } from 'node:async_hooks';

/** What one GraphQL request did, gathered while it runs and written out when it ends. */
export interface RequestRecord {
  readonly requestId: string;
  readonly startedAt: number;
  operation: string;
  /** Errors the result unions answered with (the gateway's own error classes only). */
  readonly handledErrors: Error[];
  graphqlErrorCount: number;
}

const executions = new AsyncLocalStorage<RequestRecord>();

/** Runs one execution with its record reachable from resolvers and the errors plugin. */
export function runWithRecord<T>(record: RequestRecord, run: () => T): T {
  return executions.run(record, run);
}

/** Called by the errors plugin for every error it turns into union data. */
export function recordHandledError(error: Error): void {
  executions.getStore()?.handledErrors.push(error);
}
