/** What one GraphQL request did, gathered while it runs and written out when it ends. */
export interface RequestRecord {
  readonly requestId: string;
  readonly startedAt: number;
  operation: string;
  /** Errors the result unions answered with (the gateway's own error classes only). */
  handledErrors: readonly Error[];
  graphqlErrorCount: number;
}
