/**
 * The fault-injection soak, short: 20 callers for about 9 s (at most 4,000 requests) through the
 * gateway on a real loopback server, against the emulator with every fault kind on. `npm run soak`
 * runs the same code for a minute at 40 callers. Each invariant is its own test; the summary is
 * printed whatever the outcome.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { InvariantVerdict } from '../../bench/soak/invariants.js';
import { runSoak, type SoakReport } from '../../bench/soak/run-soak.js';
import { formatSummary } from '../../bench/soak/summary.js';

let report: SoakReport;

beforeAll(async () => {
  // A fifth of the calls carry short deadlines, so retries also end on 429s and lost answers.
  report = await runSoak({ durationMs: 9_000, maxRequests: 4_000, callers: 20, seed: 20_261_127, impatientShare: 0.2 });
  console.log(formatSummary(report));
}, 120_000);

function verdict(id: number): InvariantVerdict {
  const found = report.invariants.find((v) => v.id === id);
  if (!found) throw new Error(`no invariant ${id} in the report`);
  return found;
}

/** The verdict's numbers and failing cases, as the failure message. */
function why(id: number, what: string): string {
  const v = verdict(id);
  return [`invariant ${id} (${v.name}): ${what}`, v.detail, ...v.samples.map((s) => `  ! ${s}`)].join('\n');
}

describe('fault-injection soak (short run)', () => {
  it('ran a real mixed workload under faults', () => {
    expect(report.requests, 'too few requests to say anything').toBeGreaterThan(300);
    for (const field of [
      'createOAuthApplication',
      'oauthApplication',
      'oauthApplications',
      'updateOAuthApplication',
      'deleteOAuthApplication',
      'rotateOAuthApplicationSecret',
      'node',
      'nodes',
    ]) {
      const answered = Object.entries(report.responses).filter(([key]) => key.startsWith(`${field} →`));
      expect(answered.length, `no ${field} request was made`).toBeGreaterThan(0);
    }
    expect(verdict(7).ok, why(7, 'some fault kind was never injected')).toBe(true);
  });

  it('1. the process never crashes and its heap does not grow without bound', () => {
    expect(report.crashes, why(1, 'uncaught exceptions or unhandled rejections')).toEqual([]);
    expect(report.finalQuery, why(1, 'the gateway no longer answers after the run')).toBe('OAuthApplicationConnection');
    expect(report.memory.lastQuarterHeapMb, why(1, 'heapUsed grew past its bound (1.5 × the first quarter + 16 MB after gc, 2 × + 32 MB without)')).toBeLessThanOrEqual(
      report.memory.heapLimitMb,
    );
  });

  it("2. every response is data or a typed error from the contract's unions", () => {
    expect(report.inFlight.noAnswer.count, why(2, 'requests got no HTTP answer')).toBe(0);
    expect(report.inFlight.contractViolations.count, why(2, 'responses were neither data nor a typed error')).toBe(0);
  });

  it('3. zero duplicate applications, and every acknowledged create exists', () => {
    expect(report.state.duplicates.count, why(3, 'duplicate applications')).toBe(0);
    expect(report.state.missingAcknowledged.count, why(3, 'acknowledged creates are missing')).toBe(0);
    expect(report.state.phantoms.count, why(3, 'applications exist that no acknowledged or uncertain create made')).toBe(0);
  });

  it("4. every acknowledged write is reflected in Clerk's state, rotated secrets included", () => {
    expect(report.state.stateMismatches.count, why(4, "the final state contradicts acknowledged writes")).toBe(0);
    expect(report.inFlight.mismatches.count, why(4, 'answers during the run contradicted earlier acknowledged writes')).toBe(0);
    expect(report.state.checked.secrets, why(4, 'no rotated or created secret was checked')).toBeGreaterThan(0);
  });

  it('5. outcomeUnknown appears only where Clerk may have acted, and always where it did', () => {
    const o = report.outcomeUnknown;
    expect(o.lostOrMisreported.count, why(5, 'applied writes were answered as plain failures or traced to no call')).toBe(0);
    expect(o.onReads, why(5, 'a read answered outcomeUnknown')).toBe(0);
    expect(o.unfounded.count, why(5, 'outcomeUnknown without any attempt Clerk could have acted on')).toBe(0);
    expect(o.appliedWrites.calls, why(5, 'no write was applied without an answer: nothing was tested')).toBeGreaterThan(0);
  });

  it('6. upstream calls stay within (1 + retry budget) × logical calls', () => {
    expect(report.upstream.upstreamCalls, why(6, 'more Clerk requests than the retry budget allows')).toBeLessThanOrEqual(
      report.upstream.allowance,
    );
  });
});
