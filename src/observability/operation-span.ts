import { context, type Span, SpanKind, trace, type Tracer } from '@opentelemetry/api';

/**
 * Starts the span of one GraphQL operation and runs `run` with it active. Span names must be of
 * low cardinality (tracing backends index them), so they take the bounded label; the attribute
 * keeps the name the caller sent.
 */
export function withOperationSpan<T>(tracer: Tracer, operation: { readonly name: string; readonly label: string }, run: (span: Span) => T): T {
  const span = tracer.startSpan(`graphql ${operation.label}`, { kind: SpanKind.SERVER, attributes: { 'graphql.operation.name': operation.name } });
  return context.with(trace.setSpan(context.active(), span), () => run(span));
}
