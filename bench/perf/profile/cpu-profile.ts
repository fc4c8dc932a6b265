/**
 * Self time per function of a V8 .cpuprofile, within a time window, added up by category.
 * A sample's time is the gap to the next sample, as Chrome DevTools counts it.
 */
import { readFileSync } from 'node:fs';
import { categorise } from './categories.js';
import { sourceUrlOf } from './bundle-sources.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; scriptId: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface SelfTime {
  readonly key: string;
  readonly group: string;
  readonly detail: string;
  readonly ms: number;
}

export interface ProfileSummary {
  readonly windowMs: number;
  readonly busyMs: number;
  readonly idleMs: number;
  readonly groups: readonly SelfTime[];
  readonly details: readonly SelfTime[];
  readonly functions: readonly SelfTime[];
}

function add(map: Map<string, SelfTime>, key: string, group: string, detail: string, ms: number): void {
  const entry = map.get(key);
  map.set(key, { key, group, detail, ms: (entry?.ms ?? 0) + ms });
}

const byTime = (map: Map<string, SelfTime>): SelfTime[] => [...map.values()].sort((a, b) => b.ms - a.ms);

/** `windowFromEndUs`: [from, to] in µs before the profile's end; samples outside are dropped. */
export function summariseProfile(path: string, windowFromEndUs: readonly [number, number]): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const [fromEnd, toEnd] = windowFromEndUs;
  const windowStart = profile.endTime - fromEnd;
  const windowEnd = profile.endTime - toEnd;
  const groups = new Map<string, SelfTime>();
  const details = new Map<string, SelfTime>();
  const functions = new Map<string, SelfTime>();
  let idleMs = 0;
  let busyMs = 0;
  let time = profile.startTime;
  for (let index = 0; index < profile.samples.length; index += 1) {
    time += profile.timeDeltas[index] ?? 0;
    if (time < windowStart || time > windowEnd) continue;
    const node = nodes.get(profile.samples[index]!);
    if (node === undefined) continue;
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const { functionName, url: scriptUrl, lineNumber, scriptId } = node.callFrame;
    // In the gateway's bundle, the module a function came from (its line is the bundle's, so it is dropped).
    const url = sourceUrlOf(scriptUrl, lineNumber);
    const line = url === scriptUrl ? `:${lineNumber + 1}` : '';
    const category = categorise(url, functionName, scriptId);
    if (category.group === 'idle') {
      idleMs += ms;
      continue;
    }
    busyMs += ms;
    add(groups, category.group, category.group, '', ms);
    add(details, `${category.group}|${category.detail}`, category.group, category.detail, ms);
    const where = url === '' ? (scriptId === '0' ? '(native)' : '(compiled at run time)') : `${url.replace(/^.*\/node_modules\//, '').replace(/^file:\/\/.*?\/(bench\/results\/build\.tmp\/)?(src|bench)\//, '$2/')}${line}`;
    add(functions, `${functionName || '(anonymous)'} ${where}`, category.group, `${functionName || '(anonymous)'} — ${where}`, ms);
  }
  return { windowMs: (windowEnd - windowStart) / 1000, busyMs, idleMs, groups: byTime(groups), details: byTime(details), functions: byTime(functions) };
}
