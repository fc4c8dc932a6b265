/**
 * Start to first answered query, for the production bundle (what the Docker image runs) and for
 * `node scripts/start.mjs` (what `npm start` runs: it reuses a bundle of an unchanged tree, or
 * builds one first, which is counted: its first measured sample starts from an empty .start/). One
 * unmeasured start first, so that the file system cache is warm: the figure is a restart, not a
 * first boot.
 */
import { execFileSync } from 'node:child_process';
import type { Pinning } from '../harness/pinning.js';
import { attempt, type Reporter } from '../harness/reporter.js';
import { gatewayNodeArgs, type Runtime } from '../harness/runtime.js';
import { startToFirstAnswerMs } from '../harness/start-time.js';
import type { StartTimeRecord } from '../report/results.js';
import type { Settings } from '../settings.js';
import { workload } from '../workloads/workloads.js';

async function samples(
  pinning: Pinning,
  nodeArgs: readonly string[],
  upstreamOrigin: string,
  ids: readonly string[],
  count: number,
  beforeMeasured: () => void,
): Promise<number[]> {
  const plan = workload('list').plan('graphql', ids)!;
  // One unrecorded start first: the files are then in the page cache for every measured one.
  await startToFirstAnswerMs(pinning, nodeArgs, upstreamOrigin, plan);
  beforeMeasured();
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
  const entries: { entry: string; nodeArgs: readonly string[]; note: string; beforeMeasured?: () => void }[] = [
    ...(runtime.kind === 'compiled' ? [{ entry: 'bundle', nodeArgs: [...gatewayNodeArgs(runtime)], note: 'as the Docker image runs it (npm run build)' }] : []),
    ...(withNpmStart
      ? [
          {
            entry: 'npm start',
            nodeArgs: ['dist/main.js'],
            note: 'what npm start runs once prestart has built dist/ (npm run build before the samples)',
            beforeMeasured: () => execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: 'pipe' }),
          },
        ]
      : []),
  ];
  const records: StartTimeRecord[] = [];
  for (const { entry, nodeArgs, note, beforeMeasured = () => undefined } of entries) {
    const measuredMs = await attempt(reporter, `start time (${entry})`, () =>
      samples(pinning, nodeArgs, upstreamOrigin, ids, settings.startTimeSamples, beforeMeasured),
    );
    records.push({ entry, command: `node ${nodeArgs.join(' ')}`, samplesMs: measuredMs ?? [], note: measuredMs === null ? 'no answer (see problems)' : note });
    if (measuredMs !== null) reporter.log(`  ${entry}: ${measuredMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  return records;
}
