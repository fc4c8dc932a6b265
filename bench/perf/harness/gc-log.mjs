// Preloaded into the bench's servers when BENCH_GC_LOG_DIR is set (a diagnostic run, not a measured
// one): appends each garbage-collection pause, and each event-loop stall over 20 ms seen by a 5-ms
// timer ("gap"), as wall-clock ms, kind, ms to <dir>/<BENCH_GC_LOG_NAME>-<pid>.log, so that a slow
// paced round can be laid against the pauses of every process behind it (bench/perf/report/gc-rounds.ts).
import { appendFileSync } from 'node:fs';
import { PerformanceObserver, constants } from 'node:perf_hooks';

const dir = process.env.BENCH_GC_LOG_DIR;
if (dir) {
  const file = `${dir}/${process.env.BENCH_GC_LOG_NAME ?? 'process'}-${process.pid}.log`;
  const kinds = { [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak' };
  let lines = '';
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      lines += `${Math.round(performance.timeOrigin + entry.startTime)} ${kinds[entry.detail?.kind] ?? 'other'} ${entry.duration.toFixed(2)}\n`;
    }
  }).observe({ entryTypes: ['gc'] });
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - last > 20) lines += `${Math.round(performance.timeOrigin + last)} gap ${(now - last).toFixed(2)}\n`;
    last = now;
  }, 5).unref();
  const flush = () => {
    if (lines === '') return;
    appendFileSync(file, lines);
    lines = '';
  };
  setInterval(flush, 1000).unref();
  // Lines of the last second are lost if the process is killed rather than left to exit.
  process.on('exit', flush);
}
