import { randomUUID } from 'node:crypto';
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GatewayError, UpstreamError } from '../clerk/errors.js';
import { SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics.js';
import { MAX_OPERATION_NAME_LENGTH, type OperationLabels } from './operation-labels.js';
import type { RequestRecord } from './request-records.js';
import { withOperationSpan } from './operation-span.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * One log line and one set of metrics per GraphQL request: request id (the caller's
 * `x-request-id` when it is sane, else a fresh one, echoed back), operation name (its bounded label
 * in metrics), result type, HTTP status, duration, and Clerk's trace ids of upstream errors.
 */
export function useObservability(options: {
  logger: Logger;
  metrics: GatewayMetrics;
  operationLabels: OperationLabels;
  graphqlEndpoint: string;
  tracer?: Tracer;
}): Plugin {
  const { metrics, operationLabels, tracer } = options;
  // The request line is built here from fields that hold no secret (a checked request id, an
  // operation name, result and error codes, Clerk trace ids), so it skips the redaction pass,
  // which cost more than the rest of the line.
  const requestLog = options.logger.child({}, { redact: { paths: [] } });
  const records = new WeakMap<Request, RequestRecord>();

  const begin = (request: Request): void => {
    const offered = request.headers.get('x-request-id');
    const record: RequestRecord = {
      requestId: offered !== null && REQUEST_ID.test(offered) ? offered : randomUUID(),
      startedAt: performance.now(),
      operation: 'unknown',
      operationLabel: 'unknown',
      handledErrors: [],
      graphqlErrorCount: 0,
    };
    records.set(request, record);
  };

  const finish = (request: Request, status: number): string | undefined => {
    const record = records.get(request);
    if (!record) return undefined;
    records.delete(request);
    const durationMs = performance.now() - record.startedAt;
    const result = resultType(record, status);
    metrics.graphqlRequests.inc({ operation: record.operationLabel, result });
    metrics.graphqlDuration.observe({ operation: record.operationLabel }, durationMs / 1000);
    for (const error of record.handledErrors) {
      if (error instanceof UpstreamError && error.outcomeUnknown) metrics.outcomeUnknown.inc({ operation: record.operationLabel });
    }
    const upstream = record.handledErrors.filter((error): error is GatewayError => error instanceof GatewayError && error.status !== null);
    requestLog.info(
      {
        requestId: record.requestId,
        operation: record.operation,
        result,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        ...(record.handledErrors.length > 0 ? { errorCodes: record.handledErrors.map((error) => (error as GatewayError).code) } : {}),
        ...(upstream.length > 0 ? { clerkTraceIds: upstream.map((error) => error.traceId).filter(Boolean) } : {}),
      },
      'graphql request',
    );
    return record.requestId;
  };

  return {
    onRequest({ request, url }) {
      if (url.pathname === options.graphqlEndpoint) begin(request);
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue as { request: Request; handledErrors?: Error[] };
      const record = records.get(context.request);
      if (!record) return;
      record.operation = operationName(args.document, args.operationName);
      record.operationLabel = operationLabels.of(record.operation);
      let span: Span | undefined;
      if (tracer) {
        setExecuteFn((executeArgs) =>
          withOperationSpan(tracer, { name: record.operation, label: record.operationLabel }, (operationSpan) => {
            span = operationSpan;
            return executeFn(executeArgs);
          }),
        );
      }
      return {
        onExecuteDone({ result }) {
          // Filled by the schema's handled-errors plugin while the operation ran.
          if (context.handledErrors) record.handledErrors = context.handledErrors;
          if ('errors' in result && result.errors) record.graphqlErrorCount += result.errors.length;
          if (span) {
            span.setAttribute('graphql.result', resultType(record, 200));
            if (record.graphqlErrorCount > 0) span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
          }
        },
      };
    },
    onResponse({ request, response }) {
      const requestId = finish(request, response.status);
      if (requestId !== undefined) response.headers.set('x-request-id', requestId);
    },
  };
}

function resultType(record: RequestRecord, status: number): string {
  if (status === 401) return 'unauthenticated';
  // The caller went away before its answer (its connection's signal cancelled the Clerk call): not
  // an upstream failure, and an alert on UpstreamError must not fire for it.
  if (record.handledErrors.length > 0 && record.handledErrors.every(isCallerAbort)) return 'cancelled';
  if (record.handledErrors.length > 0) return record.handledErrors[0]!.constructor.name;
  if (record.graphqlErrorCount > 0 || status >= 400) return 'graphql_error';
  return 'success';
}

function isCallerAbort(error: unknown): boolean {
  return error instanceof UpstreamError && error.code === 'request_aborted';
}

/** Documents come from Yoga's parse cache, so the same object recurs: its name is looked up once. */
const unnamedOperationNames = new WeakMap<DocumentNode, string>();

/** The executed operation's name, cut to a bounded label; `anonymous` when it has none. */
function operationName(document: DocumentNode, requested: string | null | undefined): string {
  if (!requested) {
    let name = unnamedOperationNames.get(document);
    if (name === undefined) {
      name = findOperationName(document, undefined);
      unnamedOperationNames.set(document, name);
    }
    return name;
  }
  return findOperationName(document, requested);
}

function findOperationName(document: DocumentNode, requested: string | undefined): string {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = requested ? operations.find((operation) => operation.name?.value === requested) : operations[0];
  return (chosen?.name?.value ?? 'anonymous').slice(0, MAX_OPERATION_NAME_LENGTH);
}
