/**
 * Samples the process's memory once a second. With a garbage collector the soak can call (node's
 * --expose-gc, or enabled here at run time through V8 flags), each sample follows a full collection,
 * so heapUsed is the live heap rather than the height of the allocation sawtooth.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemorySample {
  readonly atMs: number;
  readonly rss: number;
  readonly heapUsed: number;
}

export interface MemoryReport {
  readonly gcExposed: boolean;
  readonly samples: number;
  readonly peakRssMb: number;
  readonly firstQuarterHeapMb: number;
  readonly lastQuarterHeapMb: number;
  /** Median heapUsed of each quarter of the run: the trend. */
  readonly quarterHeapMb: readonly number[];
  /** Least-squares slope of heapUsed after the first quarter (the warm-up). */
  readonly heapSlopeMbPerMinute: number;
  readonly finalHeapMb: number;
  /** lastQuarterHeapMb must not exceed this (see heapWithinBound). */
  readonly heapLimitMb: number;
}

function findGc(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    // Turning the flag on at run time makes V8 install `gc` in contexts created afterwards.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

export class MemorySampler {
  private readonly samples: MemorySample[] = [];
  private readonly gc = findGc();
  private timer: NodeJS.Timeout | undefined;
  private readonly startedAt = Date.now();

  start(intervalMs = 1000): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private stopped: MemoryReport | undefined;

  /** Stops sampling (once; later calls return the same report). */
  stop(): MemoryReport {
    if (this.stopped) return this.stopped;
    if (this.timer) clearInterval(this.timer);
    this.sample();
    this.stopped = this.report();
    return this.stopped;
  }

  private sample(): void {
    this.gc?.();
    const usage = process.memoryUsage();
    this.samples.push({ atMs: Date.now() - this.startedAt, rss: usage.rss, heapUsed: usage.heapUsed });
  }

  private report(): MemoryReport {
    const mb = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;
    const quarter = Math.max(1, Math.floor(this.samples.length / 4));
    const heaps = this.samples.map((s) => s.heapUsed);
    const first = median(heaps.slice(0, quarter));
    const last = median(heaps.slice(-quarter));
    const n = heaps.length;
    const quarters = [0, 1, 2, 3].map((q) => median(heaps.slice(Math.floor((q * n) / 4), Math.max(Math.floor(((q + 1) * n) / 4), Math.floor((q * n) / 4) + 1))));
    return {
      gcExposed: this.gc !== null,
      samples: this.samples.length,
      peakRssMb: mb(Math.max(...this.samples.map((s) => s.rss))),
      firstQuarterHeapMb: mb(first),
      lastQuarterHeapMb: mb(last),
      quarterHeapMb: quarters.map(mb),
      heapSlopeMbPerMinute: Math.round(((slope(this.samples.slice(quarter)) * 60_000) / 1_048_576) * 10) / 10,
      finalHeapMb: mb(heaps.at(-1) ?? 0),
      heapLimitMb: mb(heapLimitBytes(first, this.gc !== null)),
    };
  }
}

/**
 * The bound on heap growth: the median heapUsed of the run's last quarter against the first
 * quarter's. After a forced full collection heapUsed is the live heap, steady within a few MB, and
 * the bound is 1.5 × the first quarter + 16 MB. What legitimately grows during a soak is small and
 * linear in the requests made (the emulator's fault log and deleted ids, the soak's own ledger and
 * attempt records: under 10 MB for 20,000 requests), so it fits with room to spare; a leak of 2 KB
 * or more per request (a retained request, response, context, socket or DataLoader) breaks it in a
 * one-minute run. Without a collector to call, samples land anywhere on the allocation sawtooth
 * and the bound widens to 2 × + 32 MB, still far below what a per-request leak adds. Medians of a
 * quarter ignore a single sample taken mid-burst.
 */
export function heapLimitBytes(firstQuarterMedian: number, afterGc: boolean): number {
  return afterGc ? 1.5 * firstQuarterMedian + 16 * 1_048_576 : 2 * firstQuarterMedian + 32 * 1_048_576;
}

export function heapWithinBound(report: MemoryReport): boolean {
  return report.lastQuarterHeapMb <= report.heapLimitMb;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function slope(samples: readonly MemorySample[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const mx = samples.reduce((s, p) => s + p.atMs, 0) / n;
  const my = samples.reduce((s, p) => s + p.heapUsed, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of samples) {
    num += (p.atMs - mx) * (p.heapUsed - my);
    den += (p.atMs - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
