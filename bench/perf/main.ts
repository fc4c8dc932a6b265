/**
 * The performance suite of the issue: `npm run bench` (about 13½ minutes) or `npm run bench:quick`
 * (about 1). Starts the shared upstream and the four targets (five with GraphQL Mesh in the full
 * run), then runs start time, floor
 * equivalence, upstream calls per operation, saturation cells, fixed-rate and latency-bound runs
 * and (full only) CPU profiles; writes bench/results/<time>.json, latest.md and profile.md.
 * A cell or phase that fails (say, a target that crashed) is recorded and the rest still run; the
 * exit code is then 1.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { LOAD_CORE } from './constants.js';
import { peakRssBytes } from './harness/proc-stats.js';
import { detectPinning, pinSelf } from './harness/pinning.js';
import { raisePriority } from './harness/priority.js';
import { consoleReporter } from './harness/reporter.js';
import { buildRuntime, type Runtime } from './harness/runtime.js';
import { prepareMesh } from './harness/mesh.js';
import { startTopology, type Launch, type Target, type TargetId } from './harness/topology.js';
import { upstreamAdmin } from './harness/upstream-admin.js';
import { runEquivalence } from './phases/equivalence-phase.js';
import { runLatencyBound } from './phases/latency-phase.js';
import { halfOf, runPacedCells } from './phases/paced-phase.js';
import { PROFILE_DIR, runProfiles, type ProfileRun } from './phases/profile-phase.js';
import { runSaturation } from './phases/saturation-phase.js';
import { runStartTime } from './phases/start-time-phase.js';
import { runUpstreamCalls } from './phases/upstream-calls-phase.js';
import { renderProfileMarkdown } from './profile/profile-markdown.js';
import { renderMarkdown } from './report/markdown.js';
import { median, type RunResults } from './report/results.js';
import { coreCount, cpuModel, gitDescription, loadAverage } from './report/run-meta.js';
import { summarisePaced, summariseSaturation } from './report/summaries.js';
import { checkTargets } from './report/targets-check.js';
import { FULL, QUICK } from './settings.js';

const RESULTS_DIR = 'bench/results';
const settings = process.argv.includes('--quick') ? QUICK : FULL;
// `--ref <commit>`: measure src/ as of that commit instead of the working tree. It runs against this
// checkout's node_modules, so a commit that needs other packages (e.g. one from before a dependency
// was dropped) fails to start; compile errors from bench/perf meeting an older src/ are only noted.
const refIndex = process.argv.indexOf('--ref');
const ref = refIndex > 0 ? (process.argv[refIndex + 1] ?? null) : null;
const reporter = consoleReporter();
const log = reporter.log;

const began = performance.now();
async function phase<T>(name: string, fallback: T, run: () => Promise<T>): Promise<T> {
  log(`${name}… (at ${((performance.now() - began) / 1000).toFixed(0)} s)`);
  try {
    return await run();
  } catch (error) {
    reporter.problem(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}

function peakRssMbOf(pid: number): number {
  try {
    return peakRssBytes(pid) / (1024 * 1024);
  } catch {
    // The process is gone; its peak is unknown.
    return Number.NaN;
  }
}

const pinning = detectPinning();
pinSelf(pinning, LOAD_CORE);
const priority = raisePriority();
const startedAt = new Date();
const loadAverageBefore = loadAverage();
log(`bench (${settings.name}) · ${pinning.available ? 'server core 0, load core 1' : `unpinned: ${pinning.reason}`} · ${priority.note} · load average ${loadAverageBefore}`);

let runtime: Runtime = { kind: 'tsx' };
let runtimeNote = 'targets run through tsx';
if (settings.compile || ref !== null) {
  log(`compiling src/${ref === null ? '' : ` of ${ref}`} and bench/perf/…`);
  ({ runtime, note: runtimeNote } = await buildRuntime(ref));
  log(`  ${runtimeNote}`);
}
const launch: Launch = { pinning, runtime };
// Mesh is left out of the run, with a problem recorded, when its packages cannot be installed or its
// supergraph composed (say, with no registry in reach); the Mesh target line then says so.
async function readyMesh(upstreamOrigin: string): Promise<boolean> {
  const setup = await phase('GraphQL Mesh setup (installs its packages on the first run)', null, () => prepareMesh(upstreamOrigin));
  if (setup !== null) log(`  ${setup.note}`);
  return setup !== null;
}
const topology = await startTopology(launch, settings.mesh ? { mesh: readyMesh } : {});
const target = (id: TargetId): Target => topology.targets.find((candidate) => candidate.id === id)!;
const upstreamOrigins = [...new Set(topology.targets.map((candidate) => candidate.upstreamOrigin))];
let profiles: ProfileRun[] = [];
let results: Omit<RunResults, 'meta' | 'targets' | 'problems'>;
try {
  const sharedIds = target('gateway').ids;
  const startTime = await phase('start to first answer', [], () => runStartTime(pinning, runtime, topology.upstream.origin, sharedIds, settings, reporter, ref === null));
  const equivalence = await phase('reshape floor equivalence', [], () => runEquivalence(topology));
  const upstreamCalls = await phase('upstream calls per operation', [], () => runUpstreamCalls(topology, settings.callsPerOpOperations, reporter));
  const saturation = await phase('saturation', [], () => runSaturation(topology, settings, reporter));
  // The create and mixed cells leave every application they made in the upstream's store; emptied
  // and collected now, they cannot cost the upstream a long full collection in some target's round.
  await phase('emptying the upstream store', [], () => Promise.all(upstreamOrigins.map((origin) => upstreamAdmin.trim(origin))));
  // Mesh has no cell after saturation. Left running, idle on the server core, it still collected its
  // ~600 MB heap now and then, two or three full collections within a second (pauses of 7-40 ms),
  // and in three runs' collection logs that fell inside a floor round measured at 29.9, 23.0 and 12.0 ms.
  const mesh = topology.targets.find((candidate) => candidate.id === 'mesh');
  if (mesh !== undefined) await phase('stopping GraphQL Mesh', undefined, () => mesh.child.stop());

  const gatewayListOps = median(saturation.filter((cell) => cell.target === 'gateway' && cell.workload === 'list').map((cell) => cell.opsPerSec));
  const rate = halfOf(gatewayListOps, 100);
  const fixedRate = await phase(`fixed rate (${rate}/s)`, [], () =>
    runPacedCells(launch, [target('gateway'), target('floor')], { ...settings.fixedRate, rate }, reporter),
  );
  const [low, high] = settings.latencyBound.latencyMs;
  // Mesh is compared on saturation only: rates set by the gateway's saturation are several times its own.
  const latencyTargets = topology.targets.filter((candidate) => candidate.id !== 'mesh');
  const latencyBound = await phase(`latency-bound (upstream +${low}–${high} ms)`, null, () =>
    runLatencyBound(launch, latencyTargets, upstreamOrigins, settings, rate, reporter),
  );
  // VmHWM is a high-water mark: read after the latency-bound saturation cells too.
  const gatewayPeakRssMb = peakRssMbOf(target('gateway').child.pid);
  profiles = await phase('CPU profiles', [], () => runProfiles(launch, topology.upstream.origin, sharedIds, settings, reporter));
  results = {
    equivalence,
    upstreamCalls,
    saturation,
    fixedRate,
    latencySaturation: latencyBound?.saturation ?? [],
    latencyBound: latencyBound?.paced ?? [],
    latencyBoundRates: { judged: latencyBound?.judgedRate ?? Number.NaN, stress: latencyBound?.stressRate ?? rate },
    latencyBoundUpstreamMs: [low, high],
    gatewayPeakRssMb,
    startTime,
  };
} finally {
  await topology.stop();
}

const finishedAt = new Date();
const targets = checkTargets({
  saturation: summariseSaturation(results.saturation, results.upstreamCalls),
  fixedRate: summarisePaced(results.fixedRate),
  latencySaturation: summariseSaturation(results.latencySaturation, []),
  latencyBound: summarisePaced(results.latencyBound),
  latencyBoundRates: results.latencyBoundRates,
  latencyRangeMs: results.latencyBoundUpstreamMs,
  calls: results.upstreamCalls,
  gatewayPeakRssMb: results.gatewayPeakRssMb,
  startTime: results.startTime,
});
const run: RunResults = {
  meta: {
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    mode: settings.name,
    node: process.version,
    cpu: cpuModel(),
    cores: coreCount(),
    pinned: pinning.available,
    pinningNote: `${pinning.available ? 'targets pinned to core 0, load generator and upstream to core 1' : `unpinned (${pinning.reason})`}; ${priority.note}; ${runtime.kind === 'compiled' ? 'the gateway runs as its production bundle, the other targets as tsc output' : 'targets run through tsx'}`,
    runtime: runtimeNote,
    loadAverageBefore,
    loadAverageAfter: loadAverage(),
    git: gitDescription(ref),
    settings,
  },
  ...results,
  targets,
  problems: reporter.problems,
};

mkdirSync(RESULTS_DIR, { recursive: true });
const jsonPath = `${RESULTS_DIR}/${startedAt.toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(jsonPath, `${JSON.stringify({ ...run, profiles: profiles.map(({ summary, ...rest }) => ({ ...rest, groups: summary.groups, functions: summary.functions.slice(0, 50) })) }, null, 2)}\n`);
writeFileSync(`${RESULTS_DIR}/latest.md`, renderMarkdown(run));
if (profiles.length > 0) writeFileSync(`${RESULTS_DIR}/profile.md`, renderProfileMarkdown(profiles, run.meta.git));

log('');
for (const check of targets) log(`${check.status.padEnd(4)}  ${check.target}: ${check.measured}`);
log(`\nwrote ${jsonPath}, ${RESULTS_DIR}/latest.md${profiles.length > 0 ? `, ${RESULTS_DIR}/profile.md (profiles in ${PROFILE_DIR}/)` : ''} in ${((finishedAt.getTime() - startedAt.getTime()) / 1000).toFixed(0)} s`);
if (reporter.problems.length > 0) {
  log(`${reporter.problems.length} problem(s) during the run: see "Problems" in ${RESULTS_DIR}/latest.md`);
  process.exitCode = 1;
}
