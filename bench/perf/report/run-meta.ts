/** Facts about the machine and the tree a run measured, for the header of its results. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';

export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

export function cpuModel(): string {
  return cpus()[0]?.model.trim() ?? 'unknown CPU';
}

// cpus(), not availableParallelism(): the latter sees only the cores this pinned process may use.
export const coreCount = (): number => cpus().length;

/** The commit measured, and whether the working tree differed from it (read-only git). */
export function gitDescription(ref: string | null): string {
  try {
    if (ref !== null) return `src/ of commit ${execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim()} (--ref ${ref})`;
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src'], { encoding: 'utf8' }).trim();
    return changed === '' ? `commit ${commit}` : `commit ${commit} + uncommitted changes in src/`;
  } catch {
    return 'not a git checkout';
  }
}
