/**
 * One CPU profile per target under the list workload at saturation: the target is started with
 * --cpu-prof, loaded, then stopped with SIGTERM so that V8 writes the profile on exit. Only the
 * measured load window is summarised (startup and shutdown are cut off by time from the end).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { saturate, type SaturationResult } from '../harness/saturation.js';
import { startFloor, startGateway, type Launch, type TargetId } from '../harness/topology.js';
import type { RunningChild } from '../harness/child.js';
import { attempt, type Reporter } from '../harness/reporter.js';
import { summariseProfile, type ProfileSummary } from '../profile/cpu-profile.js';
import type { Settings, Timing } from '../settings.js';
import { workload } from '../workloads/workloads.js';

export const PROFILE_DIR = 'bench/results/profiles';

export interface ProfileRun {
  readonly target: TargetId;
  readonly file: string;
  readonly operations: number;
  readonly opsPerSec: number;
  readonly summary: ProfileSummary;
}

async function profileOne(
  target: 'gateway' | 'floor',
  start: (extraNodeArgs: readonly string[]) => Promise<RunningChild>,
  ids: readonly string[],
  connections: number,
  timing: Timing,
  stamp: string,
): Promise<ProfileRun> {
  const name = `${target}-list-${stamp}.cpuprofile`;
  const file = resolve(PROFILE_DIR, name);
  const child = await start(['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`, `--cpu-prof-name=${name}`]);
  const plan = workload('list').plan('graphql', ids)!;
  let loadStart = Number.NaN;
  let loadEnd = Number.NaN;
  let result: SaturationResult | undefined;
  try {
    await saturate(child.origin, plan, connections, timing.warmupS);
    loadStart = performance.now();
    result = await saturate(child.origin, plan, connections, timing.durationS);
    loadEnd = performance.now();
    const exit = child.exitReport();
    if (exit !== null) throw new Error(exit);
  } finally {
    await child.stop();
  }
  const exitedAt = performance.now();
  if (result === undefined) throw new Error(`no load ran against the profiled ${target}`);
  const summary = summariseProfile(file, [(exitedAt - loadStart) * 1000, (exitedAt - loadEnd) * 1000]);
  return { target, file, operations: result.opsPerSec * result.durationS, opsPerSec: result.opsPerSec, summary };
}

export async function runProfiles(launch: Launch, upstreamOrigin: string, ids: readonly string[], settings: Settings, reporter: Reporter): Promise<ProfileRun[]> {
  if (!settings.profile.enabled) return [];
  mkdirSync(PROFILE_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const timing: Timing = settings.profile;
  const runs = [
    await attempt(reporter, 'CPU profile of the gateway', () =>
      profileOne('gateway', (extra) => startGateway(launch, upstreamOrigin, extra), ids, settings.connections, timing, stamp),
    ),
    await attempt(reporter, 'CPU profile of the floor', () =>
      profileOne('floor', (extra) => startFloor(launch, upstreamOrigin, extra), ids, settings.connections, timing, stamp),
    ),
  ];
  return runs.filter((run): run is ProfileRun => run !== null);
}
