/** A run's results, the issue's lines judged on them, and latest.md. */
import { LIMITS, median, type Settings } from './config.js';
import type { LoadResult } from './load.js';
import { WORKLOAD_IDS, WORKLOADS, type WorkloadId } from './workloads.js';

export type Kind = 'gateway' | 'floor' | 'proxy' | 'mesh';

export interface TargetInfo {
  readonly id: string;
  readonly kind: Kind;
  readonly label: string;
  readonly command: string;
  readonly version?: string;
}

export type Cell = LoadResult & { readonly workload: WorkloadId; readonly target: string; readonly round: number };

export interface Check {
  readonly line: string;
  readonly measured: string;
  readonly status: 'PASS' | 'FAIL' | 'INFO';
}

export interface Run {
  readonly meta: {
    readonly startedAt: string;
    readonly seconds: number;
    readonly mode: string;
    readonly node: string;
    readonly cpu: string;
    readonly pinned: boolean;
    readonly priority: string;
    readonly loadAverage: { readonly before: string; readonly after: string };
    readonly settings: Settings;
  };
  readonly targets: readonly TargetInfo[];
  /** Gateway id → start to first answered list query, ms. */
  readonly firstAnswerMs: Record<string, number[]>;
  readonly calls: { readonly target: string; readonly workload: WorkloadId; readonly callsPerOp: number; readonly failures: number }[];
  /** The floor's first answer against the gateway's, per workload. */
  readonly floorMatches: { readonly workload: WorkloadId; readonly identical: boolean; readonly gatewayBytes: number; readonly floorBytes: number }[];
  readonly saturation: Cell[];
  /** VmHWM after the list saturation cells, and at the end of the run. */
  readonly peakRss: Record<string, { listSaturation: number; end: number }>;
  readonly latency: (Cell & { readonly upstreamP99Ms: number })[];
  checks: Check[];
  readonly problems: readonly string[];
}

type Figure = 'opsPerSec' | 'p50Ms' | 'p99Ms' | 'cpuMsPerOp' | 'otherLoad' | 'failures' | 'upstreamP99Ms';

/** The median over rounds of one figure of one target's cells. */
function med<C extends Cell>(cells: readonly C[], target: string, workload: WorkloadId, figure: Figure & keyof C): number {
  return median(cells.filter((cell) => cell.target === target && cell.workload === workload).map((cell) => Number(cell[figure])));
}

const fixed = (value: number | undefined, digits = 0): string => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const callsOf = (run: Run, target: string, workload: WorkloadId) => run.calls.find((record) => record.target === target && record.workload === workload);

export function checks(run: Run): Check[] {
  const list = (target: string): number => med(run.saturation, target, 'list', 'opsPerSec');
  const perCore = (target: string): number => 1000 / med(run.saturation, target, 'list', 'cpuMsPerOp');
  const ratio = (other: string, limit: number, name: string): Check => {
    const value = list('gateway') / list(other);
    return {
      line: `List of 20: gateway ≥ ${limit} × ${name}`,
      measured:
        `gateway ${fixed(list('gateway'))}/s, ${name} ${fixed(list(other))}/s: ${fixed(value, 2)}× ` +
        `(per full core, from CPU ms/op: ${fixed(perCore('gateway'))} vs ${fixed(perCore(other))}/s = ${fixed(perCore('gateway') / perCore(other), 2)}×)`,
      status: Number.isNaN(value) ? 'INFO' : value >= limit ? 'PASS' : 'FAIL',
    };
  };
  const result: Check[] = [ratio('floor', LIMITS.floorRatio, 'reshape floor'), ratio('mesh', LIMITS.meshRatio, 'GraphQL Mesh')];
  for (const workload of WORKLOAD_IDS) {
    const counted = callsOf(run, 'gateway', workload);
    const expected = WORKLOADS[workload].expectedCalls;
    result.push({
      line: `Upstream calls per operation, ${WORKLOADS[workload].title}: ${expected}`,
      measured: counted === undefined ? 'not measured' : `${fixed(counted.callsPerOp, 2)}${counted.failures > 0 ? ` (${counted.failures} failed answers)` : ''}`,
      status: counted === undefined ? 'INFO' : counted.callsPerOp === expected && counted.failures === 0 ? 'PASS' : 'FAIL',
    });
  }
  const different = run.floorMatches.filter((match) => !match.identical).map((match) => match.workload);
  result.push({
    line: "The reshape floor answers with the gateway's bytes",
    measured: run.floorMatches.length === 0 ? 'not compared' : different.length === 0 ? `identical for ${run.floorMatches.map((match) => match.workload).join(', ')}` : `different for ${different.join(', ')}`,
    status: run.floorMatches.length === 0 ? 'INFO' : different.length === 0 ? 'PASS' : 'FAIL',
  });
  const rss = run.peakRss.gateway?.listSaturation;
  result.push({
    line: `Gateway peak RSS at list saturation ≤ ${LIMITS.peakRssMb} MB`,
    measured: `${fixed(rss)} MB (VmHWM; ${fixed(run.peakRss.gateway?.end)} MB at the end of the run)`,
    status: rss === undefined ? 'INFO' : rss <= LIMITS.peakRssMb ? 'PASS' : 'FAIL',
  });
  const start = median(run.firstAnswerMs.gateway ?? []);
  result.push({
    line: `First answer ≤ ${LIMITS.firstAnswerMs} ms after \`node dist/main.js\``,
    measured: `${fixed(start)} ms (${(run.firstAnswerMs.gateway ?? []).map((ms) => fixed(ms)).join(', ')})`,
    status: Number.isNaN(start) ? 'INFO' : start <= LIMITS.firstAnswerMs ? 'PASS' : 'FAIL',
  });
  const p99 = med(run.latency, 'gateway', 'list', 'p99Ms');
  const upstreamP99 = med(run.latency, 'gateway', 'list', 'upstreamP99Ms');
  const [low, high] = run.meta.settings.latency.upstreamMs;
  result.push({
    line: `Clerk-like latency (upstream +${low}–${high} ms, ${run.meta.settings.latency.callers} callers): gateway p99 over the upstream's p99`,
    measured: `${fixed(p99, 1)} − ${fixed(upstreamP99, 1)} = +${fixed(p99 - upstreamP99, 1)} ms`,
    status: 'INFO',
  });
  return result;
}

/** A markdown table; the first `textColumns` columns are left-aligned, the rest (figures) right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[], textColumns = 1): string {
  const align = header.map((_, index) => (index < textColumns ? '---' : '---:'));
  return [header, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

export function renderMarkdown(run: Run): string {
  const { meta } = run;
  const ids = run.targets.map((target) => target.id);
  const label = (id: string): string => run.targets.find((target) => target.id === id)?.label ?? id;
  const workloads = WORKLOAD_IDS.filter((workload) => run.saturation.some((cell) => cell.workload === workload));
  const gateways = run.targets.filter((target) => target.kind === 'gateway');
  const start = (id: string): string => fixed(median(run.firstAnswerMs[id] ?? []));
  const out: string[] = [
    '# Performance: the gateway against its floors',
    '',
    `${meta.startedAt.slice(0, 10)} · \`npm run bench${meta.mode === 'quick' ? ':quick' : ''}\` · ${meta.seconds} s · Node ${meta.node} · ${meta.cpu} · ` +
      `${meta.pinned ? 'targets pinned to core 0, load generator and upstream to core 1' : 'unpinned'}, ${meta.priority} · load average before ${meta.loadAverage.before}, after ${meta.loadAverage.after}`,
    '',
    '## Lines',
    '',
    table(['line', 'measured', ''], run.checks.map((check) => [check.line, check.measured, check.status]), 3),
    '',
    `## Summary (median of ${meta.settings.rounds} round(s); ops/s at saturation, ${meta.settings.connections} connections, closed loop)`,
    '',
    table(
      ['target', ...workloads.map((workload) => `${WORKLOADS[workload].title} ops/s`), 'list p50 / p99 ms', 'upstream calls/op', 'peak RSS MB at list saturation', 'first answer ms'],
      ids.map((id) => [
        label(id),
        ...workloads.map((workload) => fixed(med(run.saturation, id, workload, 'opsPerSec'))),
        `${fixed(med(run.saturation, id, 'list', 'p50Ms'))} / ${fixed(med(run.saturation, id, 'list', 'p99Ms'))}`,
        WORKLOAD_IDS.map((workload) => fixed(callsOf(run, id, workload)?.callsPerOp, 0)).join(' / '),
        fixed(run.peakRss[id]?.listSaturation),
        run.firstAnswerMs[id] === undefined ? '—' : start(id),
      ]),
    ),
    '',
    `Upstream calls/op are for ${WORKLOAD_IDS.map((workload) => WORKLOADS[workload].title).join(' / ')} (— where the target has no form of it).`,
    '',
  ];
  if (gateways.length > 1) {
    const base = gateways[0]!.id;
    const relative = (id: string, workload: WorkloadId): string => {
      const [ops, baseOps] = [med(run.saturation, id, workload, 'opsPerSec'), med(run.saturation, base, workload, 'opsPerSec')];
      return id === base ? fixed(ops) : `${fixed(ops)} (${ops >= baseOps ? '+' : ''}${fixed((ops / baseOps - 1) * 100)}%)`;
    };
    out.push(
      '## Gateways side by side (interleaved in the same run)',
      '',
      table(
        ['gateway', 'command', ...workloads.map((workload) => `${WORKLOADS[workload].title} ops/s`), 'list p99 ms', 'list CPU ms/op', 'peak RSS MB list sat. / end', 'first answer ms', 'latency p99 − upstream p99 ms'],
        gateways.map(({ id, command }) => [
          label(id),
          `\`${command}\``,
          ...workloads.map((workload) => relative(id, workload)),
          fixed(med(run.saturation, id, 'list', 'p99Ms')),
          fixed(med(run.saturation, id, 'list', 'cpuMsPerOp'), 3),
          `${fixed(run.peakRss[id]?.listSaturation)} / ${fixed(run.peakRss[id]?.end)}`,
          start(id),
          `${fixed(med(run.latency, id, 'list', 'p99Ms'), 1)} − ${fixed(med(run.latency, id, 'list', 'upstreamP99Ms'), 1)} = +${fixed(med(run.latency, id, 'list', 'p99Ms') - med(run.latency, id, 'list', 'upstreamP99Ms'), 1)}`,
        ]),
        2,
      ),
      '',
    );
  }
  out.push('## Saturation by workload', '');
  for (const workload of workloads) {
    const served = ids.filter((id) => run.saturation.some((cell) => cell.target === id && cell.workload === workload));
    out.push(
      `### ${WORKLOADS[workload].title}`,
      '',
      table(
        ['target', 'ops/s', 'p50 ms', 'p99 ms', 'CPU ms/op', 'ops/s per full core', 'other load on its core', 'failures', 'ops/s by round'],
        served.map((id) => [
          label(id),
          fixed(med(run.saturation, id, workload, 'opsPerSec')),
          fixed(med(run.saturation, id, workload, 'p50Ms')),
          fixed(med(run.saturation, id, workload, 'p99Ms')),
          fixed(med(run.saturation, id, workload, 'cpuMsPerOp'), 3),
          fixed(1000 / med(run.saturation, id, workload, 'cpuMsPerOp')),
          `${fixed(med(run.saturation, id, workload, 'otherLoad') * 100)}%`,
          fixed(med(run.saturation, id, workload, 'failures')),
          run.saturation.filter((cell) => cell.target === id && cell.workload === workload).map((cell) => fixed(cell.opsPerSec)).join(', '),
        ]),
      ),
      '',
    );
  }
  if (run.latency.length > 0) {
    const { callers, thinkMaxMs, upstreamMs } = meta.settings.latency;
    out.push(
      `## Clerk-like latency: list of 20, upstream +${upstreamMs[0]}–${upstreamMs[1]} ms (uniform), ${callers} callers pausing 0–${thinkMaxMs} ms between requests`,
      '',
      table(
        ['target', 'answers/s', 'p50 ms', 'p99 ms', "upstream's own p99 ms", 'p99 over the upstream p99 ms', 'CPU ms/op', 'failures'],
        ids
          .filter((id) => run.latency.some((cell) => cell.target === id))
          .map((id) => {
            const [p99, upstreamP99] = [med(run.latency, id, 'list', 'p99Ms'), med(run.latency, id, 'list', 'upstreamP99Ms')];
            return [label(id), fixed(med(run.latency, id, 'list', 'opsPerSec')), fixed(med(run.latency, id, 'list', 'p50Ms'), 1), fixed(p99, 1), fixed(upstreamP99, 1), `+${fixed(p99 - upstreamP99, 1)}`, fixed(med(run.latency, id, 'list', 'cpuMsPerOp'), 3), fixed(med(run.latency, id, 'list', 'failures'))];
          }),
      ),
      '',
    );
  }
  if (run.floorMatches.length > 0) {
    out.push('## The floor answers with the gateway\'s bytes', '', ...run.floorMatches.map((match) => `- ${WORKLOADS[match.workload].title}: ${match.identical ? `identical (${match.gatewayBytes} bytes)` : `DIFFERENT (gateway ${match.gatewayBytes} bytes, floor ${match.floorBytes})`}`), '');
  }
  out.push('## Targets', '', ...run.targets.map((target) => `- ${target.label}: \`${target.command}\``), '');
  if (run.problems.length > 0) out.push('## Problems', '', ...run.problems.map((problem) => `- ${problem}`), '');
  out.push('Method: docs/performance.md.', '');
  return out.join('\n');
}
