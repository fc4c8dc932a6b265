/**
 * The performance bench: `npm run bench` (full) or `npm run bench:quick`. See docs/performance.md.
 *
 * Options:
 *   --quick                shorter cells, one round, no GraphQL Mesh
 *   --ref <commit>         also measure that commit's gateway, built from a copy of its tree (repeatable)
 *   --flags "<flags>"      also measure every gateway with these node flags added (repeatable)
 *   --only <kinds>         comma-separated target kinds to run: gateway, floor, proxy, mesh
 *   --workloads <ids>      comma-separated workloads: list, get, aliases, listThenNodes
 *   --out <dir>            where latest.json and latest.md go (default bench/results)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FULL, LOAD_CORE, median, QUICK, SERVER_CORE } from './config.js';
import { callers, callsPerOp, firstAnswerMs, saturate, upstream, type LoadResult } from './load.js';
import { startMesh } from './mesh.js';
import { buildGateway, bundleBenchServers, freePort, gatewayEnv, peakRssMb, PINNED, pinSelf, spawnNode, startNode, type Child, type GatewayBuild, type Spec } from './processes.js';
import { checks, renderMarkdown, type Kind, type Run, type TargetInfo } from './report.js';
import { plan, WORKLOAD_IDS, WORKLOADS, type Protocol, type WorkloadId } from './workloads.js';

const argv = process.argv.slice(2);
const values = (name: string): string[] => argv.flatMap((arg, index) => (arg === name && argv[index + 1] !== undefined ? [argv[index + 1]!] : []));
const settings = argv.includes('--quick') ? QUICK : FULL;
const kinds = new Set<Kind>((values('--only')[0]?.split(',') ?? ['gateway', 'floor', 'proxy', ...(settings.mesh ? ['mesh'] : [])]) as Kind[]);
const workloads = (values('--workloads')[0]?.split(',') ?? WORKLOAD_IDS) as WorkloadId[];
const outDir = values('--out')[0] ?? 'bench/results';
const log = (line: string): void => console.log(line);
const problems: string[] = [];
const loadBefore = loadavg().map((value) => value.toFixed(2)).join(' ');
const startedAt = new Date();

async function attempt<T>(label: string, work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    const message = `${label}: ${(error instanceof Error ? error.message : String(error)).split('\n').slice(0, 4).join(' | ').slice(0, 600)}`;
    problems.push(message);
    log(`  PROBLEM ${message}`);
    return null;
  }
}

interface Target extends TargetInfo {
  readonly protocol: Protocol;
  readonly spec?: (port: number) => Spec;
  child?: Child;
}

const priority = pinSelf(LOAD_CORE);
const workDir = mkdtempSync(join(tmpdir(), 'bench-perf-'));
const children: Child[] = [];
try {
  log(`bench (${settings.name}) · ${PINNED ? `targets on core ${SERVER_CORE}, load and upstream on core ${LOAD_CORE}` : 'unpinned'} · ${priority} · load average ${loadBefore}`);
  log('building the gateway(s) with scripts/build.mjs and bundling the bench servers…');
  await bundleBenchServers(join(workDir, 'bench'));
  const builds: { build: GatewayBuild; ref: string | null }[] = [];
  builds.push({ build: await buildGateway(null, workDir), ref: null });
  for (const ref of values('--ref')) {
    const build = await attempt(`building the gateway of ${ref}`, () => buildGateway(ref, workDir));
    if (build !== null) builds.push({ build, ref });
  }

  const upstreamPort = await freePort();
  const up = await startNode({ name: 'upstream', core: LOAD_CORE, args: [join(workDir, 'bench/upstream.js'), String(upstreamPort)], port: upstreamPort, readyPath: '/health' });
  children.push(up);
  const ids = await upstream.ids(up.origin);

  const targets: Target[] = [];
  const gateway = (id: string, build: GatewayBuild, extraFlags: readonly string[], note: string): Target => {
    const flags = [...build.deployFlags, ...extraFlags];
    const spec = (port: number): Spec => ({ name: id, core: SERVER_CORE, args: [...flags, 'dist/main.js'], cwd: build.dir, env: gatewayEnv(up.origin, port), port, readyPath: '/health' });
    return { id, kind: 'gateway', label: `gateway ${build.version}${note}`, command: `node ${[...flags, 'dist/main.js'].join(' ')}`, version: build.version, protocol: 'graphql', spec };
  };
  if (kinds.has('gateway')) {
    for (const flags of ['', ...values('--flags')]) {
      for (const { build, ref } of builds) {
        const id = `gateway${ref === null ? '' : `@${ref}`}${flags === '' ? '' : ` ${flags}`}`;
        targets.push(gateway(id, build, flags.split(/\s+/).filter(Boolean), `${ref === null ? ' (working tree)' : ''}${flags === '' ? '' : ` with ${flags}`}`));
      }
    }
  }
  const bench = (id: 'floor' | 'proxy', label: string, protocol: Protocol): Target => ({
    id,
    kind: id,
    label,
    command: `node ${id}.js`,
    protocol,
    spec: (port) => ({ name: id, core: SERVER_CORE, args: [join(workDir, `bench/${id}.js`)], env: { ...gatewayEnv(up.origin, port), UPSTREAM_ORIGIN: up.origin }, port, readyPath: '/health' }),
  });
  if (kinds.has('floor')) targets.push(bench('floor', 'reshape floor (node:http, no GraphQL)', 'graphql'));
  if (kinds.has('proxy')) targets.push(bench('proxy', 'minimal pass-through proxy', 'rest'));
  const gateways = targets.filter((target) => target.kind === 'gateway');

  log('first answer after start…');
  const firstAnswer: Record<string, number[]> = {};
  const listPlan = plan('list', 'graphql', ids)!;
  for (const target of gateways) {
    const sample = async (): Promise<number> => {
      const port = await freePort();
      return firstAnswerMs(() => spawnNode(target.spec!(port)), listPlan);
    };
    // One unmeasured start first: the figure is a restart with the files in the page cache, not a first boot.
    const samples = await attempt(`first answer of ${target.id}`, async () => {
      await sample();
      const measuredMs: number[] = [];
      for (let index = 0; index < settings.startSamples; index += 1) measuredMs.push(await sample());
      return measuredMs;
    });
    firstAnswer[target.id] = samples ?? [];
    log(`  ${target.id}: ${(samples ?? []).map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }

  for (const target of targets) {
    target.child = await startNode(target.spec!(await freePort()));
    children.push(target.child);
  }
  if (kinds.has('mesh')) {
    const mesh = await attempt('GraphQL Mesh', () => startMesh(up.origin, log));
    if (mesh !== null) {
      children.push(mesh);
      targets.push({ id: 'mesh', kind: 'mesh', label: 'GraphQL Mesh v1 (Hive Gateway, from the OpenAPI spec)', command: 'hive-gateway supergraph', protocol: 'mesh', child: mesh });
    }
  }
  const alive = (target: Target): target is Target & { child: Child } => target.child !== undefined && target.child.process.exitCode === null;

  log('upstream calls per operation…');
  const calls: Run['calls'] = [];
  const firstBodies = new Map<string, string>();
  for (const target of targets.filter(alive)) {
    for (const workload of workloads) {
      const workloadPlan = plan(workload, target.protocol, ids);
      if (workloadPlan === null) continue;
      const counted = await attempt(`calls of ${workload} on ${target.id}`, () => callsPerOp(target.child, up.origin, workloadPlan, settings.callsPerOpOperations));
      if (counted === null) continue;
      calls.push({ target: target.id, workload, callsPerOp: counted.callsPerOp, failures: counted.failures });
      firstBodies.set(`${target.id} ${workload}`, counted.firstBody);
    }
  }
  const floorMatches: Run['floorMatches'] = workloads.flatMap((workload) => {
    const [ours, floor] = [firstBodies.get(`gateway ${workload}`), firstBodies.get(`floor ${workload}`)];
    return ours === undefined || floor === undefined ? [] : [{ workload, identical: ours === floor, gatewayBytes: ours.length, floorBytes: floor.length }];
  });

  const saturation: Run['saturation'] = [];
  const peakRss: Run['peakRss'] = {};
  const rotated = <T>(items: readonly T[], by: number): T[] => items.map((_, index) => items[(index + by) % items.length]!);
  for (const [index, workload] of workloads.entries()) {
    const timing = workload === 'list' ? settings.list : settings.other;
    const served = targets.filter((target) => plan(workload, target.protocol, ids) !== null);
    log(`saturation: ${WORKLOADS[workload].title}…`);
    for (const target of served.filter(alive)) {
      const warmupS = workload === 'list' ? settings.firstWarmupS.list : settings.firstWarmupS.other;
      await attempt(`warm-up ${workload} on ${target.id}`, () => saturate(target.child, SERVER_CORE, plan(workload, target.protocol, ids)!, settings.connections, { warmupS: 0, durationS: warmupS }));
    }
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const target of rotated(served, round - 1).filter(alive)) {
        const cell = await attempt(`${workload} round ${round} on ${target.id}`, () => saturate(target.child, SERVER_CORE, plan(workload, target.protocol, ids)!, settings.connections, timing));
        if (cell === null) continue;
        saturation.push({ workload, target: target.id, round, ...cell });
        log(`  round ${round} ${target.id.padEnd(12)} ${cell.opsPerSec.toFixed(0).padStart(6)} ops/s  p99 ${cell.p99Ms} ms  CPU ${cell.cpuMsPerOp.toFixed(3)} ms/op  other load ${(cell.otherLoad * 100).toFixed(0)}%  failures ${cell.failures}`);
      }
    }
    if (workload === 'list') for (const target of targets.filter(alive)) peakRss[target.id] = { listSaturation: peakRssMb(target.child.pid), end: Number.NaN };
    // Mesh serves no later cell; idle, it still collects its large heap now and then, on the targets' core.
    if (!workloads.slice(index + 1).some((later) => plan(later, 'mesh', ids) !== null)) await targets.find((target) => target.kind === 'mesh')?.child?.stop();
  }

  const latencyCells: Run['latency'] = [];
  const [minMs, maxMs] = settings.latency.upstreamMs;
  const latencyTargets = targets.filter((target) => target.kind !== 'mesh' && plan('list', target.protocol, ids) !== null);
  if (workloads.includes('list') && latencyTargets.length > 0) {
    log(`Clerk-like latency: upstream +${minMs}–${maxMs} ms, ${settings.latency.callers} callers…`);
    await upstream.setLatency(up.origin, settings.latency.upstreamMs);
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const target of rotated(latencyTargets, round - 1).filter(alive)) {
        const cell = await attempt(`latency round ${round} on ${target.id}`, async (): Promise<LoadResult & { upstreamP99Ms: number }> => {
          await upstream.resetStats(up.origin);
          const result = await callers(target.child, SERVER_CORE, plan('list', target.protocol, ids)!, settings.latency.callers, settings.latency.thinkMaxMs, settings.latency);
          return { ...result, upstreamP99Ms: (await upstream.stats(up.origin)).p99Ms };
        });
        if (cell === null) continue;
        latencyCells.push({ workload: 'list', target: target.id, round, ...cell });
        log(`  round ${round} ${target.id.padEnd(12)} ${cell.opsPerSec.toFixed(0).padStart(5)} ops/s  p99 ${cell.p99Ms.toFixed(1)} ms, upstream p99 ${cell.upstreamP99Ms.toFixed(1)} ms`);
      }
    }
    await upstream.setLatency(up.origin, null);
  }
  for (const target of targets.filter(alive)) if (peakRss[target.id] !== undefined) peakRss[target.id]!.end = peakRssMb(target.child.pid);
  for (const target of targets) if (target.child !== undefined && target.child.process.exitCode !== null && target.id !== 'mesh') problems.push(`${target.id} exited: ${target.child.stderr()}`);

  const run: Run = {
    meta: {
      startedAt: startedAt.toISOString(),
      seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      mode: settings.name,
      node: process.version,
      cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
      pinned: PINNED,
      priority,
      loadAverage: { before: loadBefore, after: loadavg().map((value) => value.toFixed(2)).join(' ') },
      settings,
    },
    targets: targets.map(({ id, kind, label, command, version }) => ({ id, kind, label, command, ...(version === undefined ? {} : { version }) })),
    firstAnswerMs: firstAnswer,
    calls,
    floorMatches,
    saturation,
    peakRss,
    latency: latencyCells,
    checks: [],
    problems,
  };
  run.checks = checks(run);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(outDir, 'latest.md'), renderMarkdown(run));
  log('');
  for (const check of run.checks) log(`${check.status.padEnd(4)}  ${check.line}: ${check.measured}`);
  log(`\nwrote ${outDir}/latest.json and latest.md in ${run.meta.seconds} s${problems.length > 0 ? `; ${problems.length} problem(s), see latest.md` : ''}`);
  if (problems.length > 0 || run.checks.some((check) => check.status === 'FAIL')) process.exitCode = 1;
} finally {
  await Promise.all(children.map((child) => child.stop()));
  rmSync(workDir, { recursive: true, force: true });
}
process.exit();
