import { context, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { AttemptEvent } from '../clerk/client.js';

/**
 * Optional OpenTelemetry traces: one span per GraphQL operation and, under it, one per Clerk
 * request (every attempt). Started only when an OTLP endpoint is configured; otherwise nothing of
 * this module is loaded. Spans carry operation names, statuses and durations: never a URL query, key or body.
 */
export interface Tracing {
  readonly tracer: Tracer;
  /** Records a finished Clerk attempt as a span under the active GraphQL operation span. */
  recordClerkAttempt(event: AttemptEvent): void;
  /** Flushes pending spans. */
  shutdown(): Promise<void>;
}

export function startTracing(options: { endpoint: string; serviceName?: string; exporter?: SpanExporter }): Tracing {
  const exporter = options.exporter ?? new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName ?? 'clerk-oauth-graphql-gateway' }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  // Registers the AsyncLocalStorage context manager, so spans started in the Clerk client's
  // hooks find the operation span that is active in the resolver that made the call.
  provider.register();
  const tracer = provider.getTracer('clerk-oauth-graphql-gateway');
  return {
    tracer,
    recordClerkAttempt(event) {
      const endTime = Date.now();
      const span = tracer.startSpan(
        `clerk ${event.operation}`,
        {
          kind: SpanKind.CLIENT,
          startTime: endTime - event.durationMs,
          attributes: {
            'clerk.operation': event.operation,
            'clerk.attempt': event.attempt,
            'clerk.outcome': event.outcome,
            ...(event.status === null ? {} : { 'http.response.status_code': event.status }),
            ...(event.errorKind === null ? {} : { 'error.type': event.errorKind }),
          },
        },
        context.active(),
      );
      if (event.outcome !== 'success') span.setStatus({ code: SpanStatusCode.ERROR });
      span.end(endTime);
    },
    shutdown: () => provider.shutdown(),
  };
}
