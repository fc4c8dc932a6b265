/**
 * Start to first answered query, for compiled JavaScript (what the Docker image runs) and for
 * `node scripts/start.mjs` (what `npm start` runs: it bundles src/ first, which is counted). One
 * unmeasured start first, so that the file system cache is warm: the figure is a restart, not a
 * first boot.
 */
import type { Pinning } from '../harness/pinning.js';
import { attempt, type Reporter } from '../harness/reporter.js';
import { GATEWAY_NODE_FLAGS } from '../../../src/node-flags.js';
import { nodeArgsFor, type Runtime } from '../harness/runtime.js';
import { startToFirstAnswerMs } from '../harness/start-time.js';
import type { StartTimeRecord } from '../report/results.js';
import type { Settings } from '../settings.js';
import { workload } from '../workloads/workloads.js';

async function samples(pinning: Pinning, nodeArgs: readonly string[], upstreamOrigin: string, ids: readonly string[], count: number): Promise<number[]> {
  const plan = workload('list').plan('graphql', ids)!;
  await startToFirstAnswerMs(pinning, nodeArgs, upstreamOrigin, plan);
  const measuredMs: number[] = [];
  for (let index = 0; index < count; index += 1) measuredMs.push(await startToFirstAnswerMs(pinning, nodeArgs, upstreamOrigin, plan));
  return measuredMs;
}

export async function runStartTime(
  pinning: Pinning,
  runtime: Runtime,
  upstreamOrigin: string,
  ids: readonly string[],
  settings: Settings,
  reporter: Reporter,
  /** False when the compiled tree is another commit's: npm start would run the working tree's src/. */
  withNpmStart: boolean,
): Promise<StartTimeRecord[]> {
  const entries: { entry: string; nodeArgs: readonly string[]; note: string }[] = [
    ...(runtime.kind === 'compiled' ? [{ entry: 'compiled', nodeArgs: [...GATEWAY_NODE_FLAGS, ...nodeArgsFor(runtime, 'src/main.ts')], note: 'as the Docker image runs it' }] : []),
    ...(withNpmStart ? [{ entry: 'npm start', nodeArgs: [...GATEWAY_NODE_FLAGS, 'scripts/start.mjs'], note: 'bundles src/ with esbuild, then runs it' }] : []),
  ];
  const records: StartTimeRecord[] = [];
  for (const { entry, nodeArgs, note } of entries) {
    const measuredMs = await attempt(reporter, `start time (${entry})`, () => samples(pinning, nodeArgs, upstreamOrigin, ids, settings.startTimeSamples));
    records.push({ entry, command: `node ${nodeArgs.join(' ')}`, samplesMs: measuredMs ?? [], note: measuredMs === null ? 'no answer (see problems)' : note });
    if (measuredMs !== null) reporter.log(`  ${entry}: ${measuredMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  return records;
}
