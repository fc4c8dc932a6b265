/**
 * `npm run soak [-- --duration 60000 --requests 20000 --callers 40 --seed 1 --impatient 0.1 --json report.json]`
 *
 * Runs the fault-injection soak on loopback, prints the summary as tables then the report as JSON,
 * and exits 1 when an invariant failed (2 on bad flags).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runSoak } from './run-soak.js';
import { formatSummary, reportJson } from './summary.js';

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) {
    console.error(`--${name} must be a positive integer, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
}

function share(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) {
    console.error(`--${name} must be a number between 0 and 1, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return n;
}

let args;
try {
  args = parseArgs({
    options: {
      duration: { type: 'string' },
      requests: { type: 'string' },
      callers: { type: 'string' },
      seed: { type: 'string' },
      impatient: { type: 'string' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  }).values;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}

if (args.help) {
  console.log(
    'usage: npm run soak -- [--duration ms (60000)] [--requests n (20000)] [--callers n (40)] [--seed n (1)]\n' +
      '                       [--impatient share (0.1): calls made with the shortest deadline, 1 s] [--json file]',
  );
  process.exit(0);
}

const options = {
  durationMs: positiveInt('duration', args.duration, 60_000),
  maxRequests: positiveInt('requests', args.requests, 20_000),
  callers: positiveInt('callers', args.callers, 40),
  seed: positiveInt('seed', args.seed, 1),
  impatientShare: share('impatient', args.impatient, 0.1),
};

console.log(
  `soak: ${options.callers} callers, up to ${options.durationMs / 1000} s or ${options.maxRequests} requests, seed ${options.seed}, faults on` +
    (options.impatientShare > 0 ? `, ${options.impatientShare * 100}% impatient calls` : ''),
);
const report = await runSoak({ ...options, log: (line) => console.log(line) });
console.log(formatSummary(report));
console.log('\n-- report (JSON) --');
console.log(reportJson(report));
if (args.json) writeFileSync(args.json, reportJson(report) + '\n');
// Exit explicitly: the summary is out, and no lingering keep-alive socket may hold the process.
process.exit(report.ok ? 0 : 1);
