/** The issue's targets, each with the figure this run measured and PASS or FAIL. */
import { UPSTREAM_CONNECTIONS } from '../constants.js';
import type { TargetId } from '../harness/topology.js';
import type { WorkloadId } from '../workloads/workloads.js';
import { median, type StartTimeRecord, type TargetCheck, type UpstreamCallsRecord } from './results.js';
import { find, type PacedSummary, type SaturationSummary } from './summaries.js';

/** The issue's figure for GraphQL Mesh v1 on its machine, shown beside the figure measured in the run. */
const ISSUE_MESH_OPS_PER_SEC = 500;

export interface TargetInputs {
  readonly saturation: readonly SaturationSummary[];
  readonly fixedRate: readonly PacedSummary[];
  readonly latencySaturation: readonly SaturationSummary[];
  readonly latencyBound: readonly PacedSummary[];
  readonly latencyBoundRates: { readonly judged: number; readonly stress: number };
  readonly latencyRangeMs: readonly [number, number];
  readonly calls: readonly UpstreamCallsRecord[];
  readonly gatewayPeakRssMb: number;
  readonly startTime: readonly StartTimeRecord[];
}

const SHORT_LABELS: Readonly<Record<TargetId, string>> = { gateway: 'gateway', floor: 'floor', proxy: 'pass-through proxy', direct: 'upstream called directly', mesh: 'Mesh' };

const verdict = (ok: boolean | null): TargetCheck['status'] => (ok === null ? 'N/A' : ok ? 'PASS' : 'FAIL');
const fixed = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const signed = (value: number, digits: number): string => (Number.isFinite(value) ? `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}` : 'n/a');

function throughputChecks(inputs: TargetInputs): TargetCheck[] {
  const gateway = find(inputs.saturation, 'gateway', (row) => row.workload === 'list');
  const floor = find(inputs.saturation, 'floor', (row) => row.workload === 'list');
  const mesh = find(inputs.saturation, 'mesh', (row) => row.workload === 'list');
  if (gateway === undefined || floor === undefined) return [{ target: 'List of 20 throughput', measured: 'not measured', status: 'N/A' }];
  const ratio = gateway.opsPerSec / floor.opsPerSec;
  const coreRatio = gateway.opsPerCoreSecond / floor.opsPerCoreSecond;
  const figures =
    `gateway ${fixed(gateway.opsPerSec)}/s, floor ${fixed(floor.opsPerSec)}/s: ${fixed(ratio, 2)}× ` +
    `(per full core, from CPU ms/op: ${fixed(gateway.opsPerCoreSecond)} vs ${fixed(floor.opsPerCoreSecond)}/s = ${fixed(coreRatio, 2)}×)`;
  return [
    { target: 'List of 20: gateway ≥ 0.6 × reshape floor', measured: figures, status: verdict(ratio >= 0.6) },
    { target: 'List of 20: goal 0.8 × reshape floor', measured: `${fixed(ratio, 2)}×`, status: verdict(ratio >= 0.8) },
    mesh === undefined
      ? {
          target: 'List of 20: ≥ 5 × GraphQL Mesh v1',
          measured: `Mesh not run (${fixed(gateway.opsPerSec / ISSUE_MESH_OPS_PER_SEC, 1)}× the issue's ≈${ISSUE_MESH_OPS_PER_SEC}/s, measured on another machine)`,
          status: 'N/A',
        }
      : {
          target: 'List of 20: ≥ 5 × GraphQL Mesh v1',
          measured:
            `gateway ${fixed(gateway.opsPerSec)}/s, Mesh ${fixed(mesh.opsPerSec)}/s: ${fixed(gateway.opsPerSec / mesh.opsPerSec, 1)}× ` +
            `(per full core: ${fixed(gateway.opsPerCoreSecond / mesh.opsPerCoreSecond, 1)}×; Mesh p99 ${fixed(mesh.p99Ms)} ms, peak RSS ${fixed(mesh.peakRssMb)} MB)`,
          status: verdict(gateway.opsPerSec >= 5 * mesh.opsPerSec),
        },
  ];
}

function fixedRateCheck(inputs: TargetInputs): TargetCheck {
  const gateway = find(inputs.fixedRate, 'gateway');
  const floor = find(inputs.fixedRate, 'floor');
  return gateway && floor
    ? {
        target: 'Fixed rate at half the gateway saturation: p99 ≤ floor p99 + 2 ms',
        measured: `${fixed(gateway.rate)}/s: gateway p99 ${fixed(gateway.p99Ms, 2)} ms, floor p99 ${fixed(floor.p99Ms, 2)} ms (${signed(gateway.p99Ms - floor.p99Ms, 2)} ms)`,
        status: verdict(gateway.p99Ms <= floor.p99Ms + 2),
      }
    : { target: 'Fixed rate at half the gateway saturation', measured: 'not measured', status: 'N/A' };
}

function latencyBoundChecks(inputs: TargetInputs): TargetCheck[] {
  const [low, high] = inputs.latencyRangeMs;
  // What the upstream adds at p99: uniform low..high. The direct target's and the floor's own p99 are shown beside it.
  const upstreamP99 = low + 0.99 * (high - low);
  const at = (target: TargetId, rate: number): PacedSummary | undefined => find(inputs.latencyBound, target, (row) => row.rate === rate);
  const others = (rate: number): string =>
    (['floor', 'proxy', 'direct'] as const)
      .flatMap((id) => {
        const row = at(id, rate);
        return row ? [`; ${SHORT_LABELS[id]} p99 ${fixed(row.p99Ms, 2)} ms`] : [];
      })
      .join('');
  const closedLoop = (['gateway', 'floor', 'proxy'] as const)
    .flatMap((id) => {
      const row = find(inputs.latencySaturation, id);
      return row ? [`${SHORT_LABELS[id]} ${fixed(row.opsPerSec)}/s`] : [];
    })
    .join(', ');
  const checks: TargetCheck[] = [];
  const judged = at('gateway', inputs.latencyBoundRates.judged);
  checks.push(
    judged
      ? {
          target: `Latency-bound (upstream +${low}–${high} ms), ${judged.callers} callers, at half the gateway's saturation under that latency: p99 ≤ upstream p99 + 5 ms`,
          measured:
            `${fixed(judged.rate)}/s (closed-loop saturation under the latency: ${closedLoop}): gateway p99 ${fixed(judged.p99Ms, 2)} ms, ` +
            `upstream p99 ${fixed(upstreamP99, 2)} ms (${signed(judged.p99Ms - upstreamP99, 2)} ms)${others(judged.rate)}`,
          status: verdict(judged.p99Ms <= upstreamP99 + 5),
        }
      : { target: 'Latency-bound run', measured: 'not measured', status: 'N/A' },
  );
  const stress = at('gateway', inputs.latencyBoundRates.stress);
  if (stress) {
    const inFlight = stress.rate * ((low + high) / 2 / 1000);
    checks.push({
      target: `Latency-bound at the fixed-rate cell's rate (stress, not judged): rate × mean upstream latency against ${UPSTREAM_CONNECTIONS} upstream connections per target`,
      measured:
        `${fixed(stress.rate)}/s × ${fixed((low + high) / 2)} ms = ${fixed(inFlight, 1)} requests in flight: gateway p99 ${fixed(stress.p99Ms, 2)} ms` +
        `${others(stress.rate)}`,
      status: 'INFO',
    });
  }
  return checks;
}

function callChecks(inputs: TargetInputs): TargetCheck[] {
  const expected: readonly [WorkloadId, number, string][] = [
    ['list', 1, 'list'],
    ['get', 1, 'get by id'],
    ['aliases', 5, '20 aliases over 5 ids'],
    ['listThenNodes', 1, 'list + nodes(ids) of its items'],
  ];
  return expected.map(([workload, want, label]) => {
    const record = inputs.calls.find((row) => row.target === 'gateway' && row.workload === workload);
    const mesh = inputs.calls.find((row) => row.target === 'mesh' && row.workload === workload);
    return record
      ? {
          target: `Upstream calls per operation, ${label}: ${want}`,
          measured:
            `${fixed(record.callsPerOp, 2)}${record.failures > 0 ? ` (${record.failures} failed answers)` : ''}` +
            (mesh ? ` (GraphQL Mesh: ${fixed(mesh.callsPerOp, 2)})` : ''),
          status: verdict(Math.abs(record.callsPerOp - want) < 1e-9 && record.failures === 0),
        }
      : { target: `Upstream calls per operation, ${label}`, measured: 'not measured', status: 'N/A' };
  });
}

function resourceChecks(inputs: TargetInputs): TargetCheck[] {
  const checks: TargetCheck[] = [
    {
      target: 'Gateway peak RSS at saturation ≤ 200 MB',
      measured: `${fixed(inputs.gatewayPeakRssMb)} MB (VmHWM after every saturation cell, the latency-bound ones included)`,
      status: verdict(Number.isFinite(inputs.gatewayPeakRssMb) ? inputs.gatewayPeakRssMb <= 200 : null),
    },
  ];
  for (const record of inputs.startTime) {
    const value = median(record.samplesMs);
    checks.push({
      target: `Process start to first answered query ≤ 1 s (${record.entry})`,
      measured: Number.isFinite(value) ? `${fixed(value)} ms (median of ${record.samplesMs.map((ms) => fixed(ms)).join(', ')})` : record.note,
      status: verdict(Number.isFinite(value) ? value <= 1000 : null),
    });
  }
  return checks;
}

export function checkTargets(inputs: TargetInputs): TargetCheck[] {
  return [...throughputChecks(inputs), fixedRateCheck(inputs), ...latencyBoundChecks(inputs), ...callChecks(inputs), ...resourceChecks(inputs)];
}
