/**
 * `npm run build [outdir]`: the production bundle (scripts/bundle.mjs) in dist/, run as
 * `node dist/main.js`. With `--if-stale` (what `npm start` runs first) an unchanged tree keeps its
 * bundle: dist/.inputs records a hash of everything the bundle is made from.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleGateway } from './bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const ifStale = args.includes('--if-stale');
const outdir = args.find((arg) => !arg.startsWith('--')) ?? join(root, 'dist');
const stamp = join(outdir, '.inputs');
const hash = inputsHash();

if (!(ifStale && readOrNull(stamp) === hash)) {
  rmSync(outdir, { recursive: true, force: true });
  await bundleGateway({ root, outdir });
  writeFileSync(stamp, hash);
}

function inputsHash() {
  const hash = createHash('sha256').update(process.version);
  const files = [...filesUnder(join(root, 'src')), ...['package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs'].map((file) => join(root, file))];
  for (const file of files.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function readOrNull(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}
