/**
 * After `stryker run`: every mutated module must score at least the break threshold on its own, not
 * only on average. Reads Stryker's JSON report; prints one line per module.
 */
import { readFileSync } from 'node:fs';

const MIN_SCORE = 90;
const report = JSON.parse(readFileSync(new URL('../../reports/mutation/mutation.json', import.meta.url), 'utf8'));
let failed = false;
for (const [file, { mutants }] of Object.entries(report.files).sort()) {
  const count = (...statuses) => mutants.filter((mutant) => statuses.includes(mutant.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  const survivors = mutants.filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage').map((mutant) => mutant.location.start.line);
  console.log(`${score.toFixed(2).padStart(6)}%  ${file}  (${detected}/${valid}${survivors.length ? `; survivors at lines ${survivors.join(', ')}` : ''})`);
  if (score < MIN_SCORE) failed = true;
}
if (failed) {
  console.error(`A module scores below ${MIN_SCORE}%.`);
  process.exit(1);
}
