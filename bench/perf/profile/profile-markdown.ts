/** bench/results/profile.md: where a list request's CPU time goes, in the gateway and in the floor. */
import { relative } from 'node:path';
import { TARGET_LABELS } from '../harness/topology.js';
import type { ProfileRun } from '../phases/profile-phase.js';

const TOP_DETAILS = 25;
const TOP_FUNCTIONS = 30;

function section(run: ProfileRun): string[] {
  const { summary, operations } = run;
  const perOp = (ms: number): string => ((ms * 1000) / operations).toFixed(1);
  const share = (ms: number): string => `${((ms / summary.busyMs) * 100).toFixed(1)}%`;
  return [
    `## ${TARGET_LABELS[run.target]}`,
    '',
    `${operations.toFixed(0)} list operations in a ${(summary.windowMs / 1000).toFixed(1)} s window (${run.opsPerSec.toFixed(0)}/s under the profiler); ` +
      `busy ${summary.busyMs.toFixed(0)} ms, idle ${summary.idleMs.toFixed(0)} ms; ${perOp(summary.busyMs)} µs of CPU per operation on the main thread. ` +
      `Profile: \`${relative(process.cwd(), run.file)}\`.`,
    '',
    '| group | self ms | share | µs per op |',
    '|---|---:|---:|---:|',
    ...summary.groups.map((row) => `| ${row.group} | ${row.ms.toFixed(0)} | ${share(row.ms)} | ${perOp(row.ms)} |`),
    '',
    `Top ${TOP_DETAILS} modules:`,
    '',
    '| group | module | self ms | share | µs per op |',
    '|---|---|---:|---:|---:|',
    ...summary.details.slice(0, TOP_DETAILS).map((row) => `| ${row.group} | ${row.detail} | ${row.ms.toFixed(0)} | ${share(row.ms)} | ${perOp(row.ms)} |`),
    '',
    `Top ${TOP_FUNCTIONS} functions by self time:`,
    '',
    '| function — where | group | self ms | share |',
    '|---|---|---:|---:|',
    ...summary.functions.slice(0, TOP_FUNCTIONS).map((row) => `| ${row.detail.replace(/\|/g, '\\|')} | ${row.group} | ${row.ms.toFixed(1)} | ${share(row.ms)} |`),
    '',
  ];
}

/** The gateway's extra CPU per operation over the floor's, group by group, largest first. */
function comparison(runs: readonly ProfileRun[]): string[] {
  const gateway = runs.find((run) => run.target === 'gateway');
  const floor = runs.find((run) => run.target === 'floor');
  if (gateway === undefined || floor === undefined) return [];
  const perOp = (run: ProfileRun, group: string): number =>
    ((run.summary.groups.find((row) => row.group === group)?.ms ?? 0) * 1000) / run.operations;
  const total = (run: ProfileRun): number => (run.summary.busyMs * 1000) / run.operations;
  const groups = [...new Set([...gateway.summary.groups, ...floor.summary.groups].map((row) => row.group))];
  const deltas = groups
    .map((group) => ({ group, gateway: perOp(gateway, group), floor: perOp(floor, group) }))
    .sort((a, b) => b.gateway - b.floor - (a.gateway - a.floor));
  return [
    '## Gateway against floor, µs of main-thread CPU per list operation',
    '',
    `Total: gateway ${total(gateway).toFixed(0)} µs, floor ${total(floor).toFixed(0)} µs, difference ${(total(gateway) - total(floor)).toFixed(0)} µs.`,
    '',
    '| group | gateway µs/op | floor µs/op | difference |',
    '|---|---:|---:|---:|',
    ...deltas.map((row) => `| ${row.group} | ${row.gateway.toFixed(1)} | ${row.floor.toFixed(1)} | ${(row.gateway - row.floor >= 0 ? '+' : '') + (row.gateway - row.floor).toFixed(1)} |`),
    '',
  ];
}

export function renderProfileMarkdown(runs: readonly ProfileRun[], measuredTree: string): string {
  return [
    '# CPU profile: list of 20, every field, at saturation',
    '',
    `${new Date().toISOString()} · ${measuredTree}`,
    '',
    'Sampled with `node --cpu-prof` (main thread only; the sampler itself slows the target a little). Self time is added up by the',
    "package a function's script belongs to. The floor's profile shows the cost any Node gateway pays (http, undici, JSON);",
    "the difference between the two is the GraphQL layer's. JSON.parse and JSON.stringify are V8 builtins: their time is counted in",
    "the function that calls them (`parseJson` in src/clerk/call-executor parses Clerk's answer; Yoga's",
    "`jsonStringifyResultWithoutInternals` and the floor's `handle` serialise the response).",
    '',
    ...comparison(runs),
    ...runs.flatMap(section),
  ].join('\n');
}
