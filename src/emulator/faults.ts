/**
 * Fault injection: scripted rules consumed by the next matching requests, and random faults drawn
 * per request from configured rates. The controller only decides what happens to a request; the
 * handler carries it out. All input is validated so that a bad admin call cannot wedge the server.
 */
import { isOperationId, OPERATION_IDS, type OperationId } from './routes.js';
import type { RandomSource } from './ids.js';

export type Fault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'rateLimit'; retryAfterSeconds: number }
  | { kind: 'dropBeforeProcessing' }
  | { kind: 'dropAfterWrite' }
  | { kind: 'malformedBody'; variant: 'html' | 'truncated' }
  /** The operation runs; a 2xx answer then carries this body and Content-Type instead of its own. */
  | { kind: 'successBody'; body: string; contentType?: string };

export type FaultKind = Fault['kind'];

export type FaultRule = Fault & { operations?: OperationId[]; times?: number };

export interface FaultRates {
  serverError?: number;
  rateLimit?: number;
  rateLimitRetryAfterSeconds?: number;
  dropBeforeProcessing?: number;
  dropAfterWrite?: number;
  malformedBody?: number;
  latencyMs?: number | [number, number];
  latencySpikeRate?: number;
  latencySpikeMs?: number;
  operations?: OperationId[];
}

export interface FaultController {
  enqueue(...rules: FaultRule[]): void;
  setRates(rates: FaultRates): void;
  clear(): void;
  snapshot(): { queued: FaultRule[]; rates: FaultRates };
}

/** What the handler must do to one request. */
export interface FaultPlan {
  delayMs: number;
  /** Set when the delay is itself an injected fault (scripted latency or a spike) worth logging. */
  latencyFault: boolean;
  fault?: Exclude<Fault, { kind: 'latency' }>;
}

export class FaultConfigError extends Error {
  override readonly name = 'FaultConfigError';
}

/** Upper bound for any injected delay, so a typo cannot hold a connection for hours. */
export const MAX_LATENCY_MS = 600_000;
const MAX_TIMES = 1_000_000;
const DEFAULT_SPIKE_MS = 1_000;
const DEFAULT_RATE_LIMIT_RETRY_AFTER = 1;
const FAULT_STATUSES_4XX = new Set([401, 403, 404, 429]);
const MAX_SUCCESS_BODY_LENGTH = 64 * 1024;
/** A legal header value: visible ASCII and spaces only. */
const HEADER_VALUE = /^[\x21-\x7e][\x20-\x7e]{0,199}$/;

type Json = Record<string, unknown>;

function isPlainObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function checkKeys(obj: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new FaultConfigError(`${where}: unknown field "${key.slice(0, 50)}"`);
  }
}

function numberIn(value: unknown, min: number, max: number, where: string, integer = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new FaultConfigError(`${where} must be a number between ${min} and ${max}`);
  }
  if (integer && !Number.isInteger(value)) throw new FaultConfigError(`${where} must be an integer`);
  return value;
}

function operationsList(value: unknown, where: string): OperationId[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every(isOperationId)) {
    throw new FaultConfigError(`${where} must be a non-empty array of: ${OPERATION_IDS.join(', ')}`);
  }
  return [...new Set(value)];
}

export function parseFaultRule(value: unknown, where = 'rule'): FaultRule {
  if (!isPlainObject(value)) throw new FaultConfigError(`${where} must be an object`);
  const common = ['kind', 'operations', 'times'];
  const extra: { operations?: OperationId[]; times?: number } = {};
  if (value.operations !== undefined) extra.operations = operationsList(value.operations, `${where}.operations`);
  if (value.times !== undefined) extra.times = numberIn(value.times, 1, MAX_TIMES, `${where}.times`, true);
  switch (value.kind) {
    case 'latency':
      checkKeys(value, [...common, 'ms'], where);
      return { kind: 'latency', ms: numberIn(value.ms, 0, MAX_LATENCY_MS, `${where}.ms`), ...extra };
    case 'status': {
      checkKeys(value, [...common, 'status', 'retryAfter'], where);
      const status = numberIn(value.status, 400, 599, `${where}.status`, true);
      if (status < 500 && !FAULT_STATUSES_4XX.has(status)) {
        throw new FaultConfigError(`${where}.status must be 401, 403, 404, 429 or 500-599`);
      }
      const rule: Extract<Fault, { kind: 'status' }> & typeof extra = { kind: 'status', status, ...extra };
      if (value.retryAfter !== undefined) {
        if (typeof value.retryAfter !== 'string' || !HEADER_VALUE.test(value.retryAfter)) {
          throw new FaultConfigError(`${where}.retryAfter must be a non-empty printable ASCII string`);
        }
        rule.retryAfter = value.retryAfter;
      }
      return rule;
    }
    case 'rateLimit':
      checkKeys(value, [...common, 'retryAfterSeconds'], where);
      return {
        kind: 'rateLimit',
        retryAfterSeconds: numberIn(value.retryAfterSeconds, 0, 86_400, `${where}.retryAfterSeconds`, true),
        ...extra,
      };
    case 'dropBeforeProcessing':
    case 'dropAfterWrite':
      checkKeys(value, common, where);
      return { kind: value.kind, ...extra };
    case 'malformedBody':
      checkKeys(value, [...common, 'variant'], where);
      if (value.variant !== 'html' && value.variant !== 'truncated') {
        throw new FaultConfigError(`${where}.variant must be "html" or "truncated"`);
      }
      return { kind: 'malformedBody', variant: value.variant, ...extra };
    case 'successBody': {
      checkKeys(value, [...common, 'body', 'contentType'], where);
      if (typeof value.body !== 'string' || value.body.length > MAX_SUCCESS_BODY_LENGTH) {
        throw new FaultConfigError(`${where}.body must be a string of at most ${MAX_SUCCESS_BODY_LENGTH} characters`);
      }
      const rule: Extract<Fault, { kind: 'successBody' }> & typeof extra = { kind: 'successBody', body: value.body, ...extra };
      if (value.contentType !== undefined) {
        if (typeof value.contentType !== 'string' || !HEADER_VALUE.test(value.contentType)) {
          throw new FaultConfigError(`${where}.contentType must be a non-empty printable ASCII string`);
        }
        rule.contentType = value.contentType;
      }
      return rule;
    }
    default:
      throw new FaultConfigError(
        `${where}.kind must be one of latency, status, rateLimit, dropBeforeProcessing, dropAfterWrite, malformedBody, successBody`,
      );
  }
}

const RATE_KEYS = ['serverError', 'rateLimit', 'dropBeforeProcessing', 'dropAfterWrite', 'malformedBody', 'latencySpikeRate'] as const;

export function parseFaultRates(value: unknown, where = 'rates'): FaultRates {
  if (!isPlainObject(value)) throw new FaultConfigError(`${where} must be an object`);
  checkKeys(value, [...RATE_KEYS, 'rateLimitRetryAfterSeconds', 'latencyMs', 'latencySpikeMs', 'operations'], where);
  const rates: FaultRates = {};
  for (const key of RATE_KEYS) {
    if (value[key] !== undefined) rates[key] = numberIn(value[key], 0, 1, `${where}.${key}`);
  }
  if (value.rateLimitRetryAfterSeconds !== undefined) {
    rates.rateLimitRetryAfterSeconds = numberIn(
      value.rateLimitRetryAfterSeconds,
      0,
      86_400,
      `${where}.rateLimitRetryAfterSeconds`,
      true,
    );
  }
  if (value.latencyMs !== undefined) {
    const latency = value.latencyMs;
    if (Array.isArray(latency)) {
      if (latency.length !== 2) throw new FaultConfigError(`${where}.latencyMs must be a number or [min, max]`);
      const min = numberIn(latency[0], 0, MAX_LATENCY_MS, `${where}.latencyMs[0]`);
      const max = numberIn(latency[1], 0, MAX_LATENCY_MS, `${where}.latencyMs[1]`);
      if (min > max) throw new FaultConfigError(`${where}.latencyMs: min must not exceed max`);
      rates.latencyMs = [min, max];
    } else {
      rates.latencyMs = numberIn(latency, 0, MAX_LATENCY_MS, `${where}.latencyMs`);
    }
  }
  if (value.latencySpikeMs !== undefined) {
    rates.latencySpikeMs = numberIn(value.latencySpikeMs, 0, MAX_LATENCY_MS, `${where}.latencySpikeMs`);
  }
  if (value.operations !== undefined) rates.operations = operationsList(value.operations, `${where}.operations`);
  return rates;
}

function copyRule(rule: FaultRule): FaultRule {
  return rule.operations ? { ...rule, operations: [...rule.operations] } : { ...rule };
}

function copyRates(rates: FaultRates): FaultRates {
  const copy: FaultRates = { ...rates };
  if (Array.isArray(rates.latencyMs)) copy.latencyMs = [rates.latencyMs[0], rates.latencyMs[1]];
  if (rates.operations) copy.operations = [...rates.operations];
  return copy;
}

export class FaultInjector implements FaultController {
  private queue: FaultRule[] = [];
  private rates: FaultRates = {};

  constructor(private readonly random: RandomSource) {}

  enqueue(...rules: FaultRule[]): void {
    // Validate everything first so that a bad rule leaves the queue untouched.
    const parsed = rules.map((rule, i) => parseFaultRule(rule, `rules[${i}]`));
    this.queue.push(...parsed);
  }

  setRates(rates: FaultRates): void {
    this.rates = parseFaultRates(rates);
  }

  clear(): void {
    this.queue = [];
    this.rates = {};
  }

  snapshot(): { queued: FaultRule[]; rates: FaultRates } {
    return { queued: this.queue.map(copyRule), rates: copyRates(this.rates) };
  }

  /** Decides the fate of one request and consumes the scripted rule it used. */
  plan(operationId: OperationId): FaultPlan {
    const plan: FaultPlan = { delayMs: 0, latencyFault: false };

    const index = this.queue.findIndex((rule) => !rule.operations || rule.operations.includes(operationId));
    const rule = index >= 0 ? this.queue[index] : undefined;
    if (rule) {
      const remaining = (rule.times ?? 1) - 1;
      if (remaining > 0) this.queue[index] = { ...rule, times: remaining };
      else this.queue.splice(index, 1);
      const { operations: _ops, times: _times, ...fault } = rule;
      if (fault.kind === 'latency') {
        plan.delayMs += fault.ms;
        plan.latencyFault = true;
      } else {
        plan.fault = fault;
      }
    }

    const rates = this.rates;
    if (rates.operations && !rates.operations.includes(operationId)) return plan;

    if (typeof rates.latencyMs === 'number') plan.delayMs += rates.latencyMs;
    else if (rates.latencyMs) plan.delayMs += rates.latencyMs[0] + this.random() * (rates.latencyMs[1] - rates.latencyMs[0]);
    if (this.hit(rates.latencySpikeRate)) {
      plan.delayMs += rates.latencySpikeMs ?? DEFAULT_SPIKE_MS;
      plan.latencyFault = true;
    }
    plan.delayMs = Math.min(MAX_LATENCY_MS, Math.round(plan.delayMs));

    // A scripted fault wins over random ones.
    if (plan.fault) return plan;
    // Independent draws, one per configured rate; the first hit in this fixed order applies.
    const drop = this.hit(rates.dropBeforeProcessing);
    const limited = this.hit(rates.rateLimit);
    const failed = this.hit(rates.serverError);
    const malformed = this.hit(rates.malformedBody);
    const dropAfter = this.hit(rates.dropAfterWrite);
    if (drop) plan.fault = { kind: 'dropBeforeProcessing' };
    else if (limited) {
      plan.fault = {
        kind: 'rateLimit',
        retryAfterSeconds: rates.rateLimitRetryAfterSeconds ?? DEFAULT_RATE_LIMIT_RETRY_AFTER,
      };
    } else if (failed) plan.fault = { kind: 'status', status: 500 };
    else if (malformed) plan.fault = { kind: 'malformedBody', variant: this.random() < 0.5 ? 'html' : 'truncated' };
    else if (dropAfter) plan.fault = { kind: 'dropAfterWrite' };
    return plan;
  }

  private hit(rate: number | undefined): boolean {
    // No draw for unset or zero rates, so that configured draws stay predictable for tests.
    return rate !== undefined && rate > 0 && this.random() < rate;
  }
}
