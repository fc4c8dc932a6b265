/** bench/results/latest.md: the targets, then one table per workload, then the method in brief. */
import { UPSTREAM_CONNECTIONS } from '../constants.js';
import { TARGET_LABELS, type TargetId } from '../harness/topology.js';
import { WORKLOADS } from '../workloads/workloads.js';
import { median, type RunResults } from './results.js';
import { summarisePaced, summariseSaturation, type PacedSummary, type SaturationSummary } from './summaries.js';

const TARGET_ORDER: readonly TargetId[] = ['gateway', 'floor', 'proxy', 'direct', 'mesh'];
const n = (value: number | null | undefined, digits = 0): string => (value === null || value === undefined || !Number.isFinite(value) ? '—' : value.toFixed(digits));
const pct = (share: number): string => (Number.isFinite(share) ? `${Math.round(share * 100)}%` : '—');
const byTarget = <T extends { target: TargetId }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => TARGET_ORDER.indexOf(a.target) - TARGET_ORDER.indexOf(b.target));

function pacedTable(rows: readonly PacedSummary[]): string[] {
  return [
    '| target | rate/s | callers | p50 ms | p99 ms | max ms | generator late p99 ms | generator GC max ms | CPU ms/op | other load on its core | peak RSS MB | failures |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...byTarget(rows).map(
      (row) =>
        `| ${TARGET_LABELS[row.target]} | ${n(row.rate)} | ${row.callers} | ${n(row.p50Ms, 2)} | ${n(row.p99Ms, 2)} | ${n(row.maxMs, 1)} | ${n(row.sendLagP99Ms, 2)} | ${n(row.generatorGcMaxPauseMs, 1)} | ${n(row.cpuMsPerOp, 3)} | ${pct(row.foreignShare)} | ${n(row.peakRssMb)} | ${row.failures} |`,
    ),
  ];
}

function saturationTable(rows: readonly SaturationSummary[]): string[] {
  return [
    '| target | ops/s | p50 ms | p99 ms | upstream calls/op | CPU ms/op | ops/s per full core | target CPU | other load on its core | peak RSS MB | failures |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...byTarget(rows).map(
      (row) =>
        `| ${TARGET_LABELS[row.target]} | ${n(row.opsPerSec)} | ${n(row.p50Ms)} | ${n(row.p99Ms)} | ${n(row.upstreamCallsPerOp, 2)} | ${n(row.cpuMsPerOp, 3)} | ${n(row.opsPerCoreSecond)} | ${pct(row.cpuShare)} | ${pct(row.foreignShare)} | ${n(row.peakRssMb)} | ${row.failures} |`,
    ),
  ];
}

export function renderMarkdown(results: RunResults): string {
  const { meta } = results;
  const saturation = summariseSaturation(results.saturation, results.upstreamCalls);
  const lines: string[] = [
    '# Performance: the gateway against its floors',
    '',
    `${meta.finishedAt} · \`npm run bench${meta.mode === 'quick' ? ':quick' : ''}\` · Node ${meta.node} · ${meta.cpu} × ${meta.cores} · ${meta.pinningNote} · load average before ${meta.loadAverageBefore}, after ${meta.loadAverageAfter} · ${meta.git}`,
    '',
    ...(results.problems.length > 0
      ? ['## Problems', '', ...results.problems.map((problem) => `- ${problem.replace(/\s+/g, ' ').slice(0, 600)}`), '']
      : []),
    '## Targets',
    '',
    '| target | measured | |',
    '|---|---|---|',
    ...results.targets.map((check) => `| ${check.target} | ${check.measured} | ${check.status} |`),
    '',
    `## Saturation (${(meta.settings as { connections: number }).connections} connections, closed loop, median of ${(meta.settings as { rounds: number }).rounds} interleaved round(s))`,
    '',
    '"ops/s per full core" is 1000 / CPU ms per op: what the target would serve with its core to itself. "Other load" is the',
    "share of the target's core that other processes used during the cell; a high figure lowers ops/s, not CPU ms/op.",
  ];
  for (const work of WORKLOADS) {
    const rows = byTarget(saturation.filter((row) => row.workload === work.id));
    if (rows.length === 0) continue;
    lines.push(
      '',
      `### ${work.title}`,
      '',
      ...saturationTable(rows),
    );
  }

  const callRows = results.upstreamCalls.filter((row) => !saturation.some((s) => s.workload === row.workload));
  if (callRows.length > 0) {
    lines.push('', '### Upstream calls per operation of the workloads without a saturation cell', '', '| workload | target | upstream calls/op |', '|---|---|---:|');
    for (const row of byTarget(callRows)) lines.push(`| ${WORKLOADS.find((w) => w.id === row.workload)?.title ?? row.workload} | ${TARGET_LABELS[row.target]} | ${n(row.callsPerOp, 2)} |`);
  }

  const fixedRows = summarisePaced(results.fixedRate);
  if (fixedRows.length > 0) {
    lines.push('', `## Fixed rate: list of 20 at half the gateway's saturation (open loop)`, '', ...pacedTable(fixedRows));
  }
  const latencySaturationRows = summariseSaturation(results.latencySaturation, []);
  const latencyRows = summarisePaced(results.latencyBound);
  if (latencySaturationRows.length > 0 || latencyRows.length > 0) {
    const [low, high] = results.latencyBoundUpstreamMs;
    const { judged, stress } = results.latencyBoundRates;
    lines.push(
      '',
      `## Latency-bound: list of 20, upstream adds ${low}–${high} ms (uniform)`,
      '',
      `Every target has ${UPSTREAM_CONNECTIONS} connections to the upstream. Closed loop first, for each target's throughput under the latency;`,
      `then open loop at half the gateway's (${n(judged)}/s, where the line is judged) and at the fixed-rate cell's rate (${n(stress)}/s, a stress`,
      `cell: ${n(stress)}/s × ${n((low + high) / 2)} ms mean latency is ${n((stress * (low + high)) / 2000, 1)} requests in flight on average).`,
      '',
      '### Closed loop',
      '',
      ...saturationTable(latencySaturationRows),
      '',
      '### Open loop',
      '',
      ...pacedTable(latencyRows),
    );
  }

  const failed = [...results.saturation, ...results.latencySaturation].filter((cell) => cell.failures > 0);
  if (failed.length > 0) {
    lines.push('', '## Failed answers in saturation cells', '');
    for (const cell of failed) {
      lines.push(`- round ${cell.round}, ${cell.workload}, ${TARGET_LABELS[cell.target]}: ${cell.failures}${cell.failureDetail === undefined ? '' : ` (${cell.failureDetail.replace(/\s+/g, ' ')})`}`);
    }
  }

  lines.push('', '## Start to first answered query', '', '| entry | command | median ms | samples ms | note |', '|---|---|---:|---|---|');
  for (const record of results.startTime) {
    lines.push(`| ${record.entry} | \`${record.command}\` | ${n(median(record.samplesMs))} | ${record.samplesMs.map((ms) => ms.toFixed(0)).join(', ')} | ${record.note} |`);
  }

  lines.push('', '## Reshape floor equivalence', '', 'The floor is sent the gateway\'s requests and must answer with the gateway\'s bytes.', '');
  for (const check of results.equivalence) lines.push(`- ${check.workload}: ${check.identical ? 'OK' : 'DIFFERENT'}, ${check.detail}`);

  lines.push(
    '',
    '## Method',
    '',
    '- Every target is its own Node process on the server core; autocannon, the paced load generator and the shared upstream run on the other core.',
    '  Targets: the gateway (`src/main.ts`, NODE_ENV=production, no caller auth, no Clerk rate limit, default log level, stdout to /dev/null);',
    "  the reshape floor (node:http + the gateway's ClerkClient + hand-written mapping + JSON.stringify, no GraphQL);",
    '  a pass-through proxy (node:http + undici Pool, keep-alive, 64 connections, no parsing); the upstream itself (its own instance on the server core).',
    '- Upstream: the Clerk emulator in fast mode, seeded with 25 applications, behind a front that answers repeated GETs from a byte cache',
    '  (writes always run in the emulator) and counts every request: Clerk\'s side is never the bottleneck, and upstream calls are counted where Clerk would count them.',
    '- Saturation: autocannon, closed loop; latency percentiles have 1 ms resolution. Fixed-rate runs use an open-loop generator (one keep-alive',
    "  connection per caller, latency from each request's due time) because autocannon's overallRate sends each second's quota as a burst.",
    '  The generator runs in a fresh process for each round, so its own pauses stay out of the targets\' latencies; "generator late p99" is how late',
    '  it sent (the worst round), and should stay far below the p99s it sits beside; "generator GC max" is its longest collection pause in',
    '  the measured window (the worst round): answers arriving during one are timed late by up to that much.',
    '- CPU ms/op from /proc/<pid>/stat (user + system, every thread) over the measured window; peak RSS sampled from /proc/<pid>/status every 100 ms.',
    '- Pass-through targets have no form of the alias and list-then-nodes queries; they are left out of those tables.',
    '- Peak RSS is VmHWM, a high-water mark: the gateway\'s figure in the targets table is read after the latency-bound cells.',
  );
  return `${lines.join('\n')}\n`;
}
