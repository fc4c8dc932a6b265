/** CPU time and memory of a process and of a core, read from /proc (Linux). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** User + system CPU time of every thread of the process, in ms. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and parentheses: fields are counted after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks();
}

function statusField(pid: number, name: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export const rssBytes = (pid: number): number => statusField(pid, 'VmRSS');
/** Peak resident set size over the process's life. */
export const peakRssBytes = (pid: number): number => statusField(pid, 'VmHWM');

/** Busy (non-idle) time of one core, in ms: with the server's own CPU time, tells foreign load apart. */
export function coreBusyMs(core: number): number {
  const line = readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .find((row) => row.startsWith(`cpu${core} `));
  if (line === undefined) return 0;
  // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  const busy = (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0);
  return (busy * 1000) / clockTicks();
}

/** Samples VmRSS while a measurement runs; VmHWM alone would carry peaks over from earlier cells. */
export class RssSampler {
  #max = 0;
  readonly #timer: NodeJS.Timeout;

  constructor(private readonly pid: number, intervalMs = 100) {
    this.#sample();
    this.#timer = setInterval(() => this.#sample(), intervalMs);
  }

  #sample(): void {
    try {
      this.#max = Math.max(this.#max, rssBytes(this.pid));
    } catch {
      // The process may be gone; the last sample stands.
    }
  }

  stop(): number {
    clearInterval(this.#timer);
    this.#sample();
    return this.#max;
  }
}
