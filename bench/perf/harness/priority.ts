/**
 * Raises this process's scheduling priority (nice −10) when allowed. Spawned targets, upstreams and
 * the load generator inherit it, so that other work on a shared machine takes less of their cores.
 * Other processes are left as they are. BENCH_PRIORITY=normal skips it.
 */
import { setPriority } from 'node:os';

const NICE = -10;

export function raisePriority(): { raised: boolean; note: string } {
  if (process.env.BENCH_PRIORITY === 'normal') return { raised: false, note: 'normal priority (BENCH_PRIORITY=normal)' };
  try {
    setPriority(0, NICE);
    return { raised: true, note: 'bench processes at nice −10' };
  } catch {
    return { raised: false, note: 'normal priority (raising it was not permitted)' };
  }
}
