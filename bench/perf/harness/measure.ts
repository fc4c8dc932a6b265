/**
 * Wraps one load run with the server-side facts: CPU time of the target process, busy time of its
 * core (the difference is someone else's load), and its peak RSS while the run lasts.
 */
import { coreBusyMs, processCpuMs, RssSampler } from './proc-stats.js';

export interface ServerSide {
  /** Target CPU time over the run, ms. */
  readonly cpuMs: number;
  /** Share of one core the target used, 0..1. */
  readonly cpuShare: number;
  /** Share of the target's core used by other processes, 0..1: interference. */
  readonly foreignShare: number;
  readonly peakRssBytes: number;
}

export async function measured<T>(pid: number, core: number | null, run: () => Promise<T>): Promise<{ result: T; server: ServerSide }> {
  const sampler = new RssSampler(pid);
  const cpuBefore = processCpuMs(pid);
  const coreBefore = core === null ? 0 : coreBusyMs(core);
  const startedAt = performance.now();
  let result: T;
  let peakRssBytes = 0;
  try {
    result = await run();
  } finally {
    peakRssBytes = sampler.stop();
  }
  const wallMs = performance.now() - startedAt;
  const cpuMs = processCpuMs(pid) - cpuBefore;
  const coreMs = core === null ? Number.NaN : coreBusyMs(core) - coreBefore;
  return {
    result,
    server: {
      cpuMs,
      cpuShare: cpuMs / wallMs,
      foreignShare: core === null ? Number.NaN : Math.max(0, coreMs - cpuMs) / wallMs,
      peakRssBytes,
    },
  };
}
