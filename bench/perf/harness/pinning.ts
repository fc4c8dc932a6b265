/** CPU pinning with taskset, when the machine has it and two cores or more; otherwise unpinned. */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface Pinning {
  readonly available: boolean;
  /** Why the run is unpinned, when it is. */
  readonly reason: string | null;
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function detectPinning(): Pinning {
  if (availableParallelism() < 2) return { available: false, reason: 'fewer than two cores' };
  if (!hasTaskset()) return { available: false, reason: 'taskset not found' };
  return { available: true, reason: null };
}

/** Pins this process (every thread) to one core, so the load generator stays off the server's core. */
export function pinSelf(pinning: Pinning, core: number): void {
  if (!pinning.available) return;
  execFileSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)], { stdio: 'ignore' });
}

/** The command line that runs `node <args>` on `core` (taskset execs node, so the pid is node's). */
export function pinnedCommand(pinning: Pinning, core: number, nodeArgs: readonly string[]): { command: string; args: string[] } {
  if (!pinning.available) return { command: process.execPath, args: [...nodeArgs] };
  return { command: 'taskset', args: ['-c', String(core), process.execPath, ...nodeArgs] };
}
