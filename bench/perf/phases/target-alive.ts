import type { Reporter } from '../harness/reporter.js';
import type { Target } from '../harness/topology.js';

/** A target that has exited is reported once and left out of the remaining cells. */
export function gone(target: Target, reporter: Reporter, reported: Set<string>): boolean {
  const exit = target.child.exitReport();
  if (exit === null) return false;
  if (!reported.has(target.id)) reporter.problem(exit);
  reported.add(target.id);
  return true;
}
