import { context, type Span, SpanKind, trace, type Tracer } from '@opentelemetry/api';

/** Starts the span of one GraphQL operation and runs `run` with it active. */
export function withOperationSpan<T>(tracer: Tracer, operation: string, run: (span: Span) => T): T {
  const span = tracer.startSpan(`graphql ${operation}`, { kind: SpanKind.SERVER, attributes: { 'graphql.operation.name': operation } });
  return context.with(trace.setSpan(context.active(), span), () => run(span));
}
