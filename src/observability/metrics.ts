import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AttemptEvent, LimiterEvent } from '../clerk/client.js';
import type { PoolUsage } from '../clerk/transport.js';

/**
 * The gateway's Prometheus metrics, in a registry of its own (so two gateways in one process,
 * as in tests, never share counters). Every label takes a bounded set of values, whatever callers
 * or upstreams send: GraphQL operation names through OperationLabels (known names, the first few
 * others, then `other`), result type names of the gateway's own classes, Clerk operations of the
 * client, the statuses below, transport failure kinds and limiter outcomes.
 */
/** The statuses Clerk documents for these endpoints (and the proxies before it), each a label value of its own. */
const CLERK_STATUSES = new Set([200, 400, 401, 402, 403, 404, 409, 422, 429, 500, 502, 503, 504]);

/** Any other status an upstream may send counts under its class (`4xx`), so the label stays bounded. */
function statusLabel(status: number): string {
  return CLERK_STATUSES.has(status) ? String(status) : `${Math.trunc(status / 100)}xx`;
}

export class GatewayMetrics {
  readonly registry = new Registry();

  readonly graphqlRequests = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'GraphQL requests by operation name and result type (success, a union member, graphql_error, unauthenticated, or cancelled: the caller went away first).',
    labelNames: ['operation', 'result'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly clerkRequests = new Counter({
    name: 'gateway_clerk_requests_total',
    help: 'Requests sent to Clerk (every attempt) by Clerk operation and HTTP status (or the transport failure).',
    labelNames: ['operation', 'status'] as const,
    registers: [this.registry],
  });

  readonly clerkRetries = new Counter({
    name: 'gateway_clerk_retries_total',
    help: 'Attempts followed by a retry, by Clerk operation.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly retryBudgetRefusals = new Counter({
    name: 'gateway_clerk_retry_budget_refusals_total',
    help: 'Retries not made because the retry budget was spent.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly outcomeUnknown = new Counter({
    name: 'gateway_outcome_unknown_total',
    help: 'Writes answered UpstreamError with outcomeUnknown: Clerk may have applied them.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  readonly limiterEvents = new Counter({
    name: 'gateway_clerk_limiter_events_total',
    help: 'Waits and refusals before a Clerk request: rate limiter, concurrency queue, and blocks Clerk announced with a 429 (cooldown).',
    labelNames: ['limiter', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(poolUsage: () => readonly PoolUsage[] = () => []) {
    const poolGauge = new Gauge({
      name: 'gateway_clerk_pool_connections',
      help: 'Connections of the pool to Clerk, by state (connected, free, running requests, pending requests).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const totals = { connected: 0, free: 0, running: 0, pending: 0 };
        for (const usage of poolUsage()) {
          totals.connected += usage.connected;
          totals.free += usage.free;
          totals.running += usage.running;
          totals.pending += usage.pending;
        }
        for (const [state, value] of Object.entries(totals)) this.set({ state }, value);
      },
    });
    void poolGauge;
  }

  recordAttempt(event: AttemptEvent): void {
    this.clerkRequests.inc({ operation: event.operation, status: event.status === null ? (event.errorKind ?? 'unknown') : statusLabel(event.status) });
    if (event.outcome === 'retry') this.clerkRetries.inc({ operation: event.operation });
    if (event.giveUpReason === 'budget') this.retryBudgetRefusals.inc({ operation: event.operation });
  }

  recordLimiter(event: LimiterEvent): void {
    this.limiterEvents.inc({ limiter: event.limiter, outcome: event.outcome });
  }
}
