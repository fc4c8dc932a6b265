/**
 * For a run made with BENCH_GC_LOG_DIR set: each paced round beside the collection pauses and
 * event-loop stalls every server had during its measured window.
 *   node --import tsx bench/perf/report/gc-rounds.ts bench/results/<run>.json <gc log dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { PacedCell, RunResults } from './results.js';

interface Pause {
  readonly atMs: number;
  readonly kind: string;
  readonly ms: number;
}

const [runPath, logDir] = process.argv.slice(2);
if (runPath === undefined || logDir === undefined) {
  console.error('usage: gc-rounds.ts <run.json> <gc log dir>');
  process.exit(2);
}
const run = JSON.parse(readFileSync(runPath, 'utf8')) as RunResults;
const logs = readdirSync(logDir)
  .filter((file) => file.endsWith('.log'))
  .map((file) => ({
    process: file.replace(/\.log$/, ''),
    pauses: readFileSync(`${logDir}/${file}`, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line): Pause => {
        const [atMs, kind, ms] = line.split(' ');
        return { atMs: Number(atMs), kind: kind ?? 'other', ms: Number(ms) };
      }),
  }));

function describe(cell: PacedCell): string {
  if (cell.measuredFromWallMs === undefined || cell.measuredToWallMs === undefined) return '(no window recorded)';
  const from = cell.measuredFromWallMs;
  const to = cell.measuredToWallMs;
  return logs
    .map(({ process, pauses }) => {
      const inside = pauses.filter((pause) => pause.atMs >= from && pause.atMs <= to);
      const majors = inside.filter((pause) => pause.kind === 'major');
      const over2 = inside.filter((pause) => pause.ms > 2 && (pause.kind !== 'minor' || pause.ms > 4));
      if (majors.length === 0 && over2.length === 0) return '';
      const at = (pause: Pause): string => `${((pause.atMs - from) / 1000).toFixed(1)}s ${pause.kind} ${pause.ms.toFixed(1)}`;
      return `\n    ${process}: ${majors.length} major; pauses over 2 ms (young collections over 4): ${over2.map(at).join(', ') || 'none'}`;
    })
    .join('');
}

for (const [label, cells] of [
  ['fixed rate', run.fixedRate],
  ['latency-bound', run.latencyBound],
] as const) {
  console.log(`${label}:`);
  for (const cell of cells) {
    console.log(`  round ${cell.round} ${cell.target} ${cell.rate}/s p99 ${cell.p99Ms.toFixed(2)} ms${describe(cell)}`);
  }
}
