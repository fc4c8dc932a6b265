/** What one GraphQL request did, gathered while it runs and written out when it ends. */
export interface RequestRecord {
  readonly requestId: string;
  readonly startedAt: number;
  /** The operation's name (cut to a bounded length), for the log. */
  operation: string;
  /** Its value of the bounded `operation` label of metrics and span names. */
  operationLabel: string;
  /** Errors the result unions answered with (the gateway's own error classes only). */
  handledErrors: readonly Error[];
  graphqlErrorCount: number;
}
