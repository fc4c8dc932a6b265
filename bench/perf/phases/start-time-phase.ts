/**
 * Start to first answered query, for compiled JavaScript (what the Docker image runs) and for
 * `node --import tsx src/main.ts` (what `npm start` runs). One unmeasured start first, so that the
 * file system cache and tsx's transform cache are warm: the figure is a restart, not a first boot.
 */
import type { Pinning } from '../harness/pinning.js';
import { attempt, type Reporter } from '../harness/reporter.js';
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
  /** False when the compiled tree is another commit's: tsx would run the working tree's src/. */
  withTsx: boolean,
): Promise<StartTimeRecord[]> {
  const entries: { entry: string; runtime: Runtime; note: string }[] = [
    ...(runtime.kind === 'compiled' ? [{ entry: 'compiled', runtime, note: 'as the Docker image runs it' }] : []),
    ...(withTsx ? [{ entry: 'tsx', runtime: { kind: 'tsx' } as const, note: 'as npm start runs it' }] : []),
  ];
  const records: StartTimeRecord[] = [];
  for (const { entry, runtime: entryRuntime, note } of entries) {
    const nodeArgs = nodeArgsFor(entryRuntime, 'src/main.ts');
    const measuredMs = await attempt(reporter, `start time (${entry})`, () => samples(pinning, nodeArgs, upstreamOrigin, ids, settings.startTimeSamples));
    records.push({ entry, command: `node ${nodeArgs.join(' ')}`, samplesMs: measuredMs ?? [], note: measuredMs === null ? 'no answer (see problems)' : note });
    if (measuredMs !== null) reporter.log(`  ${entry}: ${measuredMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  }
  return records;
}
