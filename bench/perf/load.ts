/** The load the bench puts on a target, and what it reads back. */
import autocannon from 'autocannon';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, request } from 'undici';
import { percentile, type Timing } from './config.js';
import { coreBusyMs, cpuMs, type Child } from './processes.js';
import type { UpstreamStats } from './upstream.js';
import type { HttpCall, Plan } from './workloads.js';

export interface LoadResult {
  /** Verified answers per second. */
  readonly opsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Non-2xx answers, errors, timeouts and answers that failed verification. */
  readonly failures: number;
  /** The target's CPU time per verified answer, ms. */
  readonly cpuMsPerOp: number;
  /** Share of the target's core that other processes used meanwhile (interference), 0..1. */
  readonly otherLoad: number;
}

/** Runs `work`, reading the target's CPU time and its core's busy time around it. */
async function measured(target: Child, core: number, work: () => Promise<Omit<LoadResult, 'cpuMsPerOp' | 'otherLoad'>>): Promise<LoadResult> {
  const [cpuBefore, coreBefore, began] = [cpuMs(target.pid), coreBusyMs(core), performance.now()];
  const result = await work();
  const [cpu, wall] = [cpuMs(target.pid) - cpuBefore, performance.now() - began];
  const answered = result.opsPerSec * (wall / 1000);
  return { ...result, cpuMsPerOp: answered > 0 ? cpu / answered : Number.NaN, otherLoad: Math.max(0, coreBusyMs(core) - coreBefore - cpu) / wall };
}

function autocannonRun(origin: string, plan: Plan, connections: number, durationS: number): Promise<autocannon.Result> {
  return new Promise((done, fail) => {
    autocannon(
      {
        url: origin,
        connections,
        duration: durationS,
        requests: plan.calls.map((call) => ({ method: call.method, path: call.path, headers: { ...call.headers }, ...(call.body === undefined ? {} : { body: call.body }) })),
        verifyBody: (body) => plan.verify(String(body)),
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
  });
}

/** Closed loop with autocannon: `connections` callers, each sending its next request as soon as it has an answer. */
export async function saturate(target: Child, core: number, plan: Plan, connections: number, timing: Timing): Promise<LoadResult> {
  if (timing.warmupS > 0) await autocannonRun(target.origin, plan, connections, timing.warmupS);
  return measured(target, core, async () => {
    const result = await autocannonRun(target.origin, plan, connections, timing.durationS);
    const good = result['2xx'] - result.mismatches;
    return { opsPerSec: good / result.duration, p50Ms: result.latency.p50, p99Ms: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts + result.mismatches };
  });
}

async function send(dispatcher: Agent, origin: string, call: HttpCall): Promise<{ status: number; body: string }> {
  const answer = await request(origin + call.path, { dispatcher, method: call.method, headers: call.headers, body: call.body ?? null });
  return { status: answer.statusCode, body: await answer.body.text() };
}

/**
 * `callers` keep-alive callers, each sending a request, waiting for its answer, then waiting a
 * uniform 0..thinkMaxMs before the next: a bounded number of users at a realistic pace, unlike a
 * closed loop, whose rate is whatever the slowest link allows. Latency of each request in ms.
 */
export async function callers(target: Child, core: number, plan: Plan, count: number, thinkMaxMs: number, timing: Timing): Promise<LoadResult> {
  const dispatcher = new Agent({ connections: count, keepAliveTimeout: 60_000 });
  let recording = false;
  let failures = 0;
  const latencies: number[] = [];
  const stopAt = performance.now() + (timing.warmupS + timing.durationS) * 1000;
  const caller = async (index: number): Promise<void> => {
    await sleep(Math.random() * thinkMaxMs);
    for (let n = index; performance.now() < stopAt; n += 1) {
      const began = performance.now();
      const ok = await send(dispatcher, target.origin, plan.calls[n % plan.calls.length]!).then(({ status, body }) => status === 200 && plan.verify(body), () => false);
      if (recording) {
        if (ok) latencies.push(performance.now() - began);
        else failures += 1;
      }
      await sleep(Math.random() * thinkMaxMs);
    }
  };
  const all = Promise.all(Array.from({ length: count }, (_, index) => caller(index)));
  await sleep(timing.warmupS * 1000);
  try {
    return await measured(target, core, async () => {
      recording = true;
      await sleep(timing.durationS * 1000);
      recording = false;
      const sorted = Float64Array.from(latencies).sort();
      return { opsPerSec: latencies.length / timing.durationS, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), failures };
    });
  } finally {
    await all;
    await dispatcher.close();
  }
}

const oneOff = new Agent({ connections: 4 });

/** The bench upstream's admin routes. */
export const upstream = {
  ids: async (origin: string): Promise<string[]> => JSON.parse((await send(oneOff, origin, { method: 'GET', path: '/__bench/ids', headers: {} })).body) as string[],
  stats: async (origin: string): Promise<UpstreamStats> => JSON.parse((await send(oneOff, origin, { method: 'GET', path: '/__bench/stats', headers: {} })).body) as UpstreamStats,
  resetStats: (origin: string) => send(oneOff, origin, { method: 'DELETE', path: '/__bench/stats', headers: {} }),
  setLatency: (origin: string, range: readonly [number, number] | null) =>
    send(oneOff, origin, { method: 'PUT', path: '/__bench/latency', headers: {}, body: JSON.stringify(range === null ? {} : { minMs: range[0], maxMs: range[1] }) }),
};

/** `operations` operations sent one after the other; the upstream's counter read before and after. Also the first answer. */
export async function callsPerOp(target: Child, upstreamOrigin: string, plan: Plan, operations: number): Promise<{ callsPerOp: number; failures: number; firstBody: string }> {
  await upstream.resetStats(upstreamOrigin);
  let failures = 0;
  let firstBody = '';
  for (let index = 0; index < operations; index += 1) {
    const { status, body } = await send(oneOff, target.origin, plan.calls[index % plan.calls.length]!);
    if (index === 0) firstBody = body;
    if (status !== 200 || !plan.verify(body)) failures += 1;
  }
  return { callsPerOp: (await upstream.stats(upstreamOrigin)).calls / operations, failures, firstBody };
}

/** Time from spawning `start()` to the first verified answer of `plan`'s first call, polled every 5 ms. */
export async function firstAnswerMs(start: () => Child, plan: Plan): Promise<number> {
  const began = performance.now();
  const child = start();
  try {
    for (;;) {
      const ok = await send(oneOff, child.origin, plan.calls[0]!).then(({ status, body }) => status === 200 && plan.verify(body), () => false);
      if (ok) return performance.now() - began;
      if (child.process.exitCode !== null) throw new Error(`${child.name} exited during start: ${child.stderr()}`);
      if (performance.now() - began > 30_000) throw new Error(`${child.name}: no answer within 30 s`);
      await sleep(5);
    }
  } finally {
    await child.stop();
  }
}
