/** The soak's summary as text tables (and the report as JSON for machines). */
import type { SoakReport } from './run-soak.js';

function table(rows: readonly (readonly (string | number)[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i]!) : String(cell).padEnd(widths[i]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A two-column table of labels and values, every value left-aligned. */
function keyValues(rows: readonly (readonly [string, string | number])[]): string {
  return table(rows.map(([label, value]) => [label, String(value)]));
}

export function formatSummary(report: SoakReport): string {
  const r = report;
  const o = r.outcomeUnknown;
  const lines: string[] = [];
  lines.push('== Fault-injection soak ==');
  lines.push(
    keyValues([
      ['duration', `${(r.durationMs / 1000).toFixed(1)} s`],
      ['callers', r.options.callers],
      ['seed', r.options.seed],
      ['impatient calls (1 s deadline)', `${Math.round(r.options.impatientShare * 100)}%`],
      ['requests', r.requests],
      ['requests/s', r.requestsPerSecond],
      ['latency p50 / p95 / p99 / max', `${r.latencyMs.p50} / ${r.latencyMs.p95} / ${r.latencyMs.p99} / ${r.latencyMs.max} ms`],
      ['upstream (Clerk) requests', r.upstream.upstreamCalls],
      ['logical Clerk calls', r.upstream.logicalCalls],
      ['upstream / logical', r.upstream.ratio.toFixed(3)],
      ['allowance (1.2 × logical + reserve)', r.upstream.allowance],
      ['retries / client attempts', `${r.upstream.retries} / ${r.upstream.clientAttempts}`],
      ['attempts met', Object.entries(r.upstream.attemptOutcomes).map(([k, v]) => `${k} ${v}`).join(', ')],
      ['give-ups', Object.entries(r.upstream.giveUps).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'],
      ['live / deleted applications', `${r.state.liveApplications} / ${r.state.deletedApplications}`],
      ['duplicates', r.state.duplicates.count],
      ['mismatches (final state + in flight)', r.state.stateMismatches.count + r.inFlight.mismatches.count],
      ['outcomeUnknown answers', `${o.total} (applied ${o.applied} / not applied ${o.notApplied}), on reads ${o.onReads}`],
      ['peak RSS', `${r.memory.peakRssMb} MB`],
      [
        'heapUsed trend',
        `${r.memory.quarterHeapMb.join(' → ')} MB (median per quarter; last quarter limit ${r.memory.heapLimitMb} MB), ` +
          `final ${r.memory.finalHeapMb} MB, slope after warm-up ${r.memory.heapSlopeMbPerMinute} MB/min, ${r.memory.samples} samples${r.memory.gcExposed ? ' after gc' : ''}`,
      ],
    ]),
  );

  lines.push('', '-- responses by root field and __typename --');
  lines.push(table(Object.entries(r.responses).map(([key, n]) => [key, n])));

  lines.push('', '-- Clerk requests by operation (logical calls / requests received) --');
  lines.push(table([['operation', 'logical', 'upstream'], ...Object.entries(r.upstream.byOperation).map(([op, c]) => [op, c.logical, c.upstream])]));

  lines.push('', '-- faults injected (writeApplied: the write was applied, the answer lost or late) --');
  lines.push(table([['kind', 'total', 'writeApplied'], ...Object.entries(r.faults).map(([kind, c]) => [kind, c.total, c.writeApplied])]));

  lines.push('', '-- outcomeUnknown answers by mutation --');
  lines.push(
    table([
      ['mutation', 'applied', 'not applied'],
      ...Object.entries(o.byField).map(([field, c]) => [field, c.applied, c.notApplied]),
    ]),
  );
  lines.push(
    `write calls applied without a usable answer: ${o.appliedWrites.calls} (${o.appliedWrites.entries} fault-log entries; answered success ${o.appliedWrites.answeredSuccess}, outcomeUnknown ${o.appliedWrites.answeredUnknown}); ` +
      `fault-log alignment: ${o.alignment.unmatchedAttempts} attempts without their entry, ${o.alignment.unmatchedEntries} entries without their attempt, ` +
      `${o.alignment.attemptsWithoutCall} attempts without their call`,
  );

  lines.push('', '-- slowest requests --');
  lines.push(table(r.slowest.map((s) => [`${s.durationMs} ms`, s.field, s.typename, s.attempts.join(' → ') || '(no Clerk call)'])));

  lines.push('', '-- invariants --');
  lines.push(table(r.invariants.map((v) => [v.ok ? 'PASS' : 'FAIL', `${v.id}. ${v.name}`])));
  for (const v of r.invariants) {
    lines.push(`   ${v.id}. ${v.detail}`);
    for (const sample of v.samples) lines.push(`      ! ${sample}`);
  }
  lines.push('', `verdict: ${r.ok ? 'PASS' : 'FAIL'}`);
  return lines.join('\n');
}

/** The report as JSON, with the sample lists kept short. */
export function reportJson(report: SoakReport): string {
  return JSON.stringify(report, null, 2);
}
