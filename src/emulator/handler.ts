/**
 * The request pipeline for the Backend API surface: authentication, API version, routing, fault
 * injection, then the operation itself. Nothing a client sends may crash the process: every
 * failure becomes a Clerk-shaped answer, or a dropped connection when nobody is listening.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkApiVersion, type KeyChecker } from './auth.js';
import {
  ApiError,
  errorForStatus,
  internalClerkError,
  methodNotAllowed,
  resourceNotFound,
  tooManyRequests,
} from './errors.js';
import type { FaultInjector, FaultKind, FaultPlan } from './faults.js';
import { canWrite, dropConnection, errorBody, jsonBytes, JSON_CONTENT_TYPE, sendJson, sendRaw, TRACE_HEADER } from './http.js';
import { generateTraceId } from './ids.js';
import { ClientGoneError, executeOperation, type OperationContext } from './operations.js';
import { matchRoute, splitTarget, type RouteMatch } from './routes.js';
import type { StatsRecorder } from './stats.js';

export const ADMIN_PREFIX = '/__emulator';

export type AdminHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

export interface HandlerDeps {
  keys: KeyChecker;
  operations: OperationContext;
  faults: FaultInjector;
  stats: StatsRecorder;
  admin: AdminHandler;
  /** Resolves true after `ms`, or false early when the emulator is closing. */
  delay: (ms: number) => Promise<boolean>;
}

interface Outcome {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  applied: boolean;
  applicationId?: string;
}

const PROXY_ERROR_PAGE = Buffer.from(
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n' +
    '<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n',
  'utf8',
);

function errorOutcome(error: ApiError, traceId: string): Outcome {
  return {
    status: error.status,
    body: errorBody(error, traceId),
    headers: { ...error.headers, [TRACE_HEADER]: traceId },
    applied: false,
  };
}

function sendError(res: ServerResponse, error: ApiError, traceId: string): void {
  sendJson(res, error.status, errorBody(error, traceId), { ...error.headers, [TRACE_HEADER]: traceId });
}

export function createApiHandler(deps: HandlerDeps): (req: IncomingMessage, res: ServerResponse) => void {
  async function run(
    req: IncomingMessage,
    res: ServerResponse,
    route: Extract<RouteMatch, { kind: 'operation' }>,
    query: string,
    traceId: string,
  ): Promise<void> {
    const { operationId } = route;
    // Faults are drawn only for authenticated requests that reached an operation: like Clerk's
    // per-key rate limiting, they stand between a valid client and the API.
    const plan: FaultPlan = deps.faults.plan(operationId);
    const log = (kind: FaultKind, writeApplied: boolean, applicationId?: string): void => {
      const id = applicationId ?? route.applicationId;
      deps.stats.fault({ operationId, kind, writeApplied, ...(id ? { applicationId: id } : {}) });
    };

    if (plan.delayMs > 0 && !(await deps.delay(plan.delayMs))) {
      dropConnection(res);
      return;
    }

    const fault = plan.fault;
    // Faults that stand in front of the API: nothing is applied.
    if (fault?.kind === 'dropBeforeProcessing') {
      log(fault.kind, false);
      dropConnection(res);
      return;
    }
    if (fault?.kind === 'status') {
      log(fault.kind, false);
      const error = errorForStatus(fault.status);
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'Retry-After': fault.retryAfter };
      sendError(res, new ApiError(fault.status, error.errors, headers), traceId);
      return;
    }
    if (fault?.kind === 'rateLimit') {
      log(fault.kind, false);
      sendError(res, tooManyRequests(fault.retryAfterSeconds), traceId);
      return;
    }
    if (fault?.kind === 'malformedBody' && fault.variant === 'html') {
      log('malformedBody', false);
      sendRaw(res, 502, 'text/html', PROXY_ERROR_PAGE);
      return;
    }

    let outcome: Outcome;
    try {
      const result = await executeOperation(deps.operations, {
        operationId,
        query,
        req,
        ...(route.applicationId !== undefined ? { applicationId: route.applicationId } : {}),
      });
      outcome = { status: result.status, body: result.body, headers: { [TRACE_HEADER]: traceId }, applied: result.applied };
      if (result.applicationId !== undefined) outcome.applicationId = result.applicationId;
    } catch (error) {
      if (error instanceof ClientGoneError) {
        dropConnection(res);
        return;
      }
      outcome = errorOutcome(error instanceof ApiError ? error : internalClerkError(), traceId);
      if (!(error instanceof ApiError)) reportUnexpected(error);
    }

    // Faults that hit after the operation ran: the write may be applied without a usable answer.
    if (fault?.kind === 'dropAfterWrite') {
      log(fault.kind, outcome.applied, outcome.applicationId);
      dropConnection(res);
      return;
    }
    // Clerk acted and said so, but its body is not what the operation returns; errors pass as they are.
    if (fault?.kind === 'successBody' && outcome.status >= 200 && outcome.status <= 299) {
      log(fault.kind, outcome.applied, outcome.applicationId);
      sendRaw(res, outcome.status, fault.contentType ?? JSON_CONTENT_TYPE, Buffer.from(fault.body, 'utf8'), outcome.headers);
      return;
    }
    if (fault?.kind === 'malformedBody') {
      log(fault.kind, outcome.applied, outcome.applicationId);
      const bytes = jsonBytes(outcome.body);
      sendRaw(res, outcome.status, JSON_CONTENT_TYPE, bytes.subarray(0, Math.floor(bytes.length / 2)), outcome.headers);
      return;
    }
    if (plan.latencyFault) log('latency', outcome.applied, outcome.applicationId);
    sendJson(res, outcome.status, outcome.body, outcome.headers);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { path, query } = splitTarget(req.url ?? '/');
    if (path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`)) {
      await deps.admin(req, res, path);
      return;
    }
    const traceId = generateTraceId();
    const route = matchRoute(req.method ?? 'GET', path);
    deps.stats.request(route.kind === 'operation' ? route.operationId : undefined);
    try {
      deps.keys.check(req.headers.authorization);
      checkApiVersion(req.headers, query);
      if (route.kind === 'none') throw resourceNotFound();
      if (route.kind === 'method') throw methodNotAllowed(req.method ?? '', route.allowed);
    } catch (error) {
      if (error instanceof ApiError) {
        sendError(res, error, traceId);
        return;
      }
      throw error;
    }
    await run(req, res, route, query, traceId);
  }

  return (req, res) => {
    // A client that vanishes mid-answer makes the response emit 'error'; there is nobody to tell.
    res.on('error', () => undefined);
    req.on('error', () => undefined);
    handle(req, res).catch((error: unknown) => {
      reportUnexpected(error);
      if (canWrite(res)) {
        const traceId = generateTraceId();
        sendError(res, internalClerkError(), traceId);
      } else {
        dropConnection(res);
      }
    });
  };
}

function reportUnexpected(error: unknown): void {
  // Unexpected failures are bugs in the emulator; make them visible without crashing.
  console.error('[emulator] unexpected error:', error);
}
