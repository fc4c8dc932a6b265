/**
 * Open-loop load at a fixed rate: request i is due at start + i/rate and goes to caller i mod n
 * (one keep-alive connection each). Latency runs from the due time, so a late server cannot slow
 * the schedule down and hide its own queueing. autocannon's overallRate is not used for this: it
 * lets each connection send its per-second quota back to back at the top of every second, so a
 * "fixed rate" run is a burst at saturation once a second.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { Client } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';
import type { WorkloadPlan } from '../workloads/http-call.js';

export interface PacedResult {
  readonly targetRate: number;
  readonly achievedRate: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  readonly measured: number;
  readonly failures: number;
  /** p99 of how late the generator itself sent measured requests (send time minus due time): its own stalls. */
  readonly sendLagP99Ms: number;
  /**
   * The generator's longest garbage-collection pause in the measured window: answers that arrive
   * during one are timed late by up to that much, whichever target sent them.
   */
  readonly gcMaxPauseMs: number;
  /** Wall-clock ms of the measured window's start and end (to lay other processes' logs against it). */
  readonly measuredFromWallMs: number;
  readonly measuredToWallMs: number;
}

export interface PacedOptions {
  readonly rate: number;
  readonly callers: number;
  readonly warmupS: number;
  readonly durationS: number;
}

function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

export async function runPaced(origin: string, plan: WorkloadPlan, options: PacedOptions): Promise<PacedResult> {
  const callers = Array.from({ length: options.callers }, () => new Client(origin, { pipelining: 1, keepAliveTimeout: 60_000 }));
  const intervalMs = 1000 / options.rate;
  const total = Math.round(options.rate * (options.warmupS + options.durationS));
  const firstMeasured = Math.round(options.rate * options.warmupS);
  const latencies: number[] = [];
  const sendLags: number[] = [];
  let failures = 0;
  const inFlight = new Set<Promise<void>>();
  const start = performance.now() + 20;
  const measuredStart = start + firstMeasured * intervalMs;
  let gcMaxPauseMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= measuredStart) gcMaxPauseMs = Math.max(gcMaxPauseMs, entry.duration);
  });
  gcObserver.observe({ entryTypes: ['gc'] });

  const fire = (index: number): void => {
    const due = start + index * intervalMs;
    const call = plan.calls[index % plan.calls.length]!;
    const caller = callers[index % callers.length]!;
    const measured = index >= firstMeasured;
    if (measured) sendLags.push(performance.now() - due);
    const done = caller
      .request({ method: call.method, path: call.path, headers: call.headers, body: call.body ?? null })
      .then(async (response) => {
        const body = await response.body.text();
        const elapsed = performance.now() - due;
        if (!measured) return;
        if (response.statusCode >= 200 && response.statusCode < 300 && plan.verify(body)) latencies.push(elapsed);
        else failures += 1;
      })
      .catch(() => {
        if (measured) failures += 1;
      })
      .finally(() => inFlight.delete(done));
    inFlight.add(done);
  };

  let next = 0;
  let measuredFrom = Number.NaN;
  while (next < total) {
    const now = performance.now();
    while (next < total && start + next * intervalMs <= now) {
      if (next === firstMeasured) measuredFrom = start + next * intervalMs;
      fire(next);
      next += 1;
    }
    await sleep(1);
  }
  await Promise.all(inFlight);
  gcObserver.disconnect();
  const measuredSpanS = (start + total * intervalMs - measuredFrom) / 1000;
  await Promise.all(callers.map((caller) => caller.close()));

  const sorted = latencies.sort((a, b) => a - b);
  const lags = sendLags.sort((a, b) => a - b);
  return {
    targetRate: options.rate,
    achievedRate: sorted.length / measuredSpanS,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? Number.NaN,
    meanMs: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    measured: sorted.length,
    failures,
    sendLagP99Ms: percentile(lags, 0.99),
    gcMaxPauseMs,
    measuredFromWallMs: Math.round(performance.timeOrigin + measuredFrom),
    measuredToWallMs: Math.round(performance.timeOrigin + start + total * intervalMs),
  };
}
