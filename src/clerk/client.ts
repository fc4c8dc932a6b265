/**
 * ClerkClient: requests to Clerk's Backend API over HTTP, with the retry policy, one deadline per
 * call, the caller's abort and typed errors, and one property per Clerk resource (its operations
 * live in resources/). Knows nothing of GraphQL.
 */
import { type CallContext, type CallPlan, executeCall } from './call-executor.js';
import { UpstreamCooldown } from './upstream-cooldown.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { InProcessRateLimiter, type RateLimit, type RateLimiter } from './rate-limiter.js';
import { OAuthApplicationsApi } from './resources/oauth-applications.js';
import { RetryBudget, type RetryBudgetOptions } from './retry-budget.js';
import { DEFAULTS } from '../config.js';
import { resolveRetrySettings, type RetryOverride } from './retry-policy.js';
import { isUsableSecretKey, keyIdentity } from './secret-key.js';
import { sleep as realSleep, timerFor } from './sleep.js';
import { createUndiciTransport, type HttpTransport, type PoolUsage, type TransportErrorKind, type UndiciTransport } from './transport.js';
import { DEFAULT_USER_AGENT } from './user-agent.js';

/** The name of a Clerk operation (its operationId in Clerk's spec), for metrics and logs. */
export type ClerkOperation = string;

/** What a resource's operations are built on: one request to Clerk, run under the client's policies. */
export interface ClerkRequester {
  request<T>(plan: CallPlan<T>, options?: CallOptions): Promise<T>;
  /** The client's clock (wall-clock milliseconds), on which deadlines are measured. */
  now(): number;
  /** How long a call with this retry override may take in all: its deadline, from its start. */
  callDurationMs(retry: RetryOverride | null | undefined): number;
}

export interface CallOptions {
  retry?: RetryOverride | null;
  /**
   * Cancels the in-flight attempt and any pending wait at once; the call then rejects with
   * UpstreamError `request_aborted` (the abort reason as `cause`).
   */
  signal?: AbortSignal;
  /**
   * The caller's own secret key, sent instead of the client's (pass-through auth). Checked like the
   * client's key (an unusable one fails with UnauthorizedError `secret_key_invalid` before any
   * request, without echoing it), and rate limited under its own key.
   */
  secretKey?: string;
}

/** The options of one call: the caller's key (pass-through mode), its retry override and its abort signal. */
export function callOptions(secretKey: string | undefined, retry: RetryOverride | null | undefined, signal: AbortSignal | undefined): CallOptions {
  return { secretKey, retry, signal };
}

export type GiveUpReason = 'not_retryable' | 'strategy_none' | 'deadline' | 'budget' | 'aborted' | 'closed';

/** One per attempt, for metrics and logs. Holds no URL, header, body or key. */
export interface AttemptEvent {
  readonly operation: ClerkOperation;
  /** 1 for the first attempt. */
  readonly attempt: number;
  /** HTTP status when a response arrived. */
  readonly status: number | null;
  /** Why no usable answer arrived: a transport failure kind, or a 2xx with an unreadable body. */
  readonly errorKind: TransportErrorKind | 'unreadable_body' | null;
  readonly durationMs: number;
  readonly outcome: 'success' | 'retry' | 'give_up';
  /** Wait chosen before the next attempt, when one follows. */
  readonly delayMs: number | null;
  readonly giveUpReason: GiveUpReason | null;
}

/**
 * One per wait or refusal at the rate limiter or the concurrency bound, for metrics and logs.
 * Attempts that pass without waiting report nothing. Holds no key, URL or body.
 */
export interface LimiterEvent {
  readonly operation: ClerkOperation;
  /** The attempt that was held or refused (1 for the first). */
  readonly attempt: number;
  /** `cooldown`: Clerk answered 429 with Retry-After for this key and endpoint, and the block lasts. */
  readonly limiter: 'rate' | 'concurrency' | 'cooldown';
  /**
   * - `waited`: the attempt got its slot after waiting `waitedMs`.
   * - `refused`: rate limit reached and no slot within the allowed wait; `retryAfterMs` says when one may free.
   * - `queue_full`: the concurrency queue was full; refused at once.
   * - `deadline`: no concurrency slot freed before the call's deadline.
   * - `aborted`: the caller aborted while waiting.
   * - `error`: the rate limiter itself failed (e.g. its store was unreachable); the request was not sent.
   */
  readonly outcome: 'waited' | 'refused' | 'queue_full' | 'deadline' | 'aborted' | 'error';
  readonly waitedMs: number;
  readonly retryAfterMs: number | null;
  /** `call` when the call's own secret key was used. */
  readonly keySource: 'client' | 'call';
}

export interface ClerkClientOptions {
  /** Origin such as 'https://api.clerk.com' (a path prefix is kept); the client appends '/v1/...'. */
  apiUrl: string;
  secretKey: string;
  /** Sent as Clerk-API-Version. Default: DEFAULTS.clerkApiVersion (config.ts). */
  apiVersion?: string;
  userAgent?: string;
  /** One deadline for all attempts and waits of a call; caps every per-call override. Default: DEFAULTS.maxCallDurationMs. */
  maxCallDurationMs?: number;
  /** Per-attempt timeout (never past the call's deadline). Default: DEFAULTS.attemptTimeoutMs. */
  attemptTimeoutMs?: number;
  /**
   * The longest a Retry-After from Clerk is honoured, in seconds or as a date: the wait before a
   * retry, the block on the key and operation, and the retryAfterSeconds callers see never exceed
   * it. Default: DEFAULTS.maxRetryAfterMs.
   */
  maxRetryAfterMs?: number;
  retryBudget?: RetryBudgetOptions;
  /** Default: undici Pool per origin, keep-alive; closed by close(). An injected one is not closed. */
  transport?: HttpTransport;
  /** Wall-clock milliseconds; used for deadlines and for HTTP-date Retry-After. Default Date.now. */
  clock?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  onAttempt?: (event: AttemptEvent) => void;
  /**
   * Requests allowed per secret key. Default 'auto': Clerk's limit for the key in use, 1000 / 10 s
   * for `sk_live_…`, 100 / 10 s for any other key. 'off' for an upstream without a limit (the
   * emulator). Every attempt, retries included, takes a slot.
   */
  rateLimit?: RateLimit | 'off' | 'auto';
  /**
   * How long an attempt may wait for a rate-limit slot before the call fails with RateLimitedError
   * `gateway_rate_limited`; never past the call's deadline. Default: DEFAULTS.rateLimitMaxWaitMs.
   */
  rateLimitMaxWaitMs?: number;
  /** Where rate-limit slots are kept. Default: in this process (InProcessRateLimiter on `clock` and `sleep`). */
  rateLimiter?: RateLimiter;
  /** Requests to Clerk in flight at once across the client (and the default pool's sockets). Default: DEFAULTS.maxConcurrentRequests. */
  maxConcurrentRequests?: number;
  /** Requests waiting for one of those slots; beyond, a call fails at once with UpstreamError `gateway_overloaded`. Default: DEFAULTS.maxQueuedRequests. */
  maxQueuedRequests?: number;
  onLimiter?: (event: LimiterEvent) => void;
}

const VISIBLE_ASCII = /^[\x21-\x7e]+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

export class ClerkClient implements ClerkRequester {
  readonly oauthApplications = new OAuthApplicationsApi(this);
  private readonly context: CallContext;
  private readonly ownedTransport: UndiciTransport | null;
  private closed = false;

  constructor(options: ClerkClientOptions) {
    const apiVersion = options.apiVersion ?? DEFAULTS.clerkApiVersion;
    const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    // Checked here so that a bad value fails at start, not as a header error on every call.
    if (!isUsableSecretKey(options.secretKey)) {
      throw new TypeError('ClerkClient: secretKey must be a non-empty string of visible ASCII characters.');
    }
    if (!VISIBLE_ASCII.test(apiVersion)) throw new TypeError('ClerkClient: apiVersion is not a valid header value.');
    if (!PRINTABLE_ASCII.test(userAgent)) throw new TypeError('ClerkClient: userAgent is not a valid header value.');
    const clock = options.clock ?? Date.now;
    const sleep = options.sleep ?? realSleep;
    const rateLimit = rateLimitOf(options.rateLimit);
    const maxConcurrent = count(options.maxConcurrentRequests, DEFAULTS.maxConcurrentRequests, 1, 'maxConcurrentRequests');
    const concurrency = new ConcurrencyLimiter(
      maxConcurrent,
      count(options.maxQueuedRequests, DEFAULTS.maxQueuedRequests, 0, 'maxQueuedRequests'),
      sleep,
    );
    const rateLimitMaxWaitMs = nonNegativeMs(options.rateLimitMaxWaitMs, DEFAULTS.rateLimitMaxWaitMs, 'rateLimitMaxWaitMs');
    this.ownedTransport = options.transport === undefined ? createUndiciTransport({ connections: maxConcurrent }) : null;
    this.context = {
      baseUrl: baseUrlOf(options.apiUrl),
      clientKey: keyIdentity(options.secretKey),
      headers: Object.freeze({
        'Clerk-API-Version': apiVersion,
        'User-Agent': userAgent,
        Accept: 'application/json',
      }),
      transport: options.transport ?? (this.ownedTransport as HttpTransport),
      clock,
      sleep,
      startTimer: timerFor(sleep),
      random: options.random ?? Math.random,
      attemptTimeoutMs: positiveMs(options.attemptTimeoutMs, DEFAULTS.attemptTimeoutMs, 'attemptTimeoutMs'),
      maxCallDurationMs: positiveMs(options.maxCallDurationMs, DEFAULTS.maxCallDurationMs, 'maxCallDurationMs'),
      maxRetryAfterMs: positiveMs(options.maxRetryAfterMs, DEFAULTS.maxRetryAfterMs, 'maxRetryAfterMs'),
      budget: new RetryBudget(options.retryBudget, clock),
      onAttempt: options.onAttempt,
      isClosed: () => this.closed,
      rateLimit,
      gate: {
        clock,
        rateLimiter: rateLimit === 'off' ? null : (options.rateLimiter ?? new InProcessRateLimiter({ clock, sleep })),
        rateLimitMaxWaitMs,
        concurrency,
        cooldown: new UpstreamCooldown(clock),
        sleep,
        onLimiter: options.onLimiter,
      },
    };
  }

  /** One request to Clerk: attempts, retries and waits under the call's deadline (call-executor.ts). */
  request<T>(plan: CallPlan<T>, options?: CallOptions): Promise<T> {
    return executeCall(this.context, plan, options);
  }

  now(): number {
    return this.context.clock();
  }

  callDurationMs(retry: RetryOverride | null | undefined): number {
    return resolveRetrySettings(retry, { maxCallDurationMs: this.context.maxCallDurationMs }).maxElapsedTimeMs;
  }

  /** Connection pool usage of the client's own transport (empty with an injected one). */
  poolUsage(): PoolUsage[] {
    return this.ownedTransport?.poolUsage() ?? [];
  }

  /** Stops new calls (they fail with UpstreamError `client_closed`) and closes the owned connection pool. */
  async close(): Promise<void> {
    this.closed = true;
    await this.ownedTransport?.close();
  }
}

function baseUrlOf(apiUrl: string): string {
  let url: URL;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new TypeError('ClerkClient: apiUrl is not a valid URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError('ClerkClient: apiUrl must be an http or https URL.');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new TypeError('ClerkClient: apiUrl must not contain credentials, a query or a fragment.');
  }
  return url.origin + url.pathname.replace(/\/+$/, '');
}

function rateLimitOf(value: ClerkClientOptions['rateLimit']): RateLimit | 'off' | 'auto' {
  if (value === undefined || value === 'auto' || value === 'off') return value ?? 'auto';
  const { requests, windowMs } = (value ?? {}) as Partial<RateLimit>;
  if (typeof requests !== 'number' || !Number.isSafeInteger(requests) || requests < 1) {
    throw new RangeError("ClerkClient: rateLimit.requests must be a positive integer (or rateLimit 'off' / 'auto').");
  }
  if (typeof windowMs !== 'number' || !Number.isFinite(windowMs) || windowMs <= 0) {
    throw new RangeError('ClerkClient: rateLimit.windowMs must be a positive number of milliseconds.');
  }
  return Object.freeze({ requests, windowMs });
}

function count(value: number | undefined, fallback: number, min: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < min) throw new RangeError(`ClerkClient: ${name} must be an integer of at least ${min}.`);
  return value;
}

function nonNegativeMs(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`ClerkClient: ${name} must be a non-negative number of milliseconds.`);
  return value;
}

function positiveMs(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`ClerkClient: ${name} must be a positive number of milliseconds.`);
  return value;
}
