import { randomUUID } from 'node:crypto';
import { Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GatewayError, UpstreamError } from '../clerk/errors.js';
import { SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import type { Logger } from './logger.js';
import type { GatewayMetrics } from './metrics.js';
import { type RequestRecord, runWithRecord } from './request-records.js';
import { withOperationSpan } from './operation-span.js';

export const METRICS_ENDPOINT = '/metrics';
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * One log line and one set of metrics per GraphQL request: request id (the caller's
 * `x-request-id` when it is sane, else a fresh one, echoed back), operation name, result type,
 * HTTP status, duration, and Clerk's trace ids of upstream errors. Serves `/metrics`.
 */
export function useObservability(options: { logger: Logger; metrics: GatewayMetrics; graphqlEndpoint: string; tracer?: Tracer }): Plugin {
  const { logger, metrics, tracer } = options;
  const records = new WeakMap<Request, RequestRecord>();
  return {
    async onRequest({ request, url, endResponse }) {
      if (url.pathname === METRICS_ENDPOINT && request.method === 'GET') {
        endResponse(new Response(await metrics.registry.metrics(), { headers: { 'content-type': metrics.registry.contentType } }));
        return;
      }
      if (url.pathname !== options.graphqlEndpoint) return;
      const offered = request.headers.get('x-request-id');
      records.set(request, {
        requestId: offered !== null && REQUEST_ID.test(offered) ? offered : randomUUID(),
        startedAt: performance.now(),
        operation: 'unknown',
        handledErrors: [],
        graphqlErrorCount: 0,
      });
    },
    onExecute({ args, executeFn, setExecuteFn }) {
      const record = records.get((args.contextValue as { request: Request }).request);
      if (!record) return;
      record.operation = operationName(args.document, args.operationName);
      let span: Span | undefined;
      setExecuteFn((executeArgs) =>
        tracer
          ? withOperationSpan(tracer, record.operation, (operationSpan) => {
              span = operationSpan;
              return runWithRecord(record, () => executeFn(executeArgs));
            })
          : runWithRecord(record, () => executeFn(executeArgs)),
      );
      return {
        onExecuteDone({ result }) {
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
      const record = records.get(request);
      if (!record) return;
      response.headers.set('x-request-id', record.requestId);
      const durationMs = performance.now() - record.startedAt;
      const result = resultType(record, response.status);
      metrics.graphqlRequests.inc({ operation: record.operation, result });
      metrics.graphqlDuration.observe({ operation: record.operation }, durationMs / 1000);
      for (const error of record.handledErrors) {
        if (error instanceof UpstreamError && error.outcomeUnknown) metrics.outcomeUnknown.inc({ operation: record.operation });
      }
      const upstream = record.handledErrors.filter((error): error is GatewayError => error instanceof GatewayError && error.status !== null);
      logger.info(
        {
          requestId: record.requestId,
          operation: record.operation,
          result,
          status: response.status,
          durationMs: Math.round(durationMs * 10) / 10,
          ...(record.handledErrors.length > 0 ? { errorCodes: record.handledErrors.map((error) => (error as GatewayError).code) } : {}),
          ...(upstream.length > 0 ? { clerkTraceIds: upstream.map((error) => error.traceId).filter(Boolean) } : {}),
        },
        'graphql request',
      );
    },
  };
}

function resultType(record: RequestRecord, status: number): string {
  if (status === 401) return 'unauthenticated';
  if (record.handledErrors.length > 0) return record.handledErrors[0]!.constructor.name;
  if (record.graphqlErrorCount > 0 || status >= 400) return 'graphql_error';
  return 'success';
}

/** The executed operation's name, cut to a bounded label; `anonymous` when it has none. */
function operationName(document: DocumentNode, requested: string | null | undefined): string {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const chosen = requested ? operations.find((operation) => operation.name?.value === requested) : operations[0];
  return (chosen?.name?.value ?? 'anonymous').slice(0, 64);
}
