/**
 * `npm start`: runs the gateway bundle (scripts/bundle.mjs: src/ and its packages in a few files,
 * first answer in ~0.35 s; through a TypeScript loader every import of every package went through
 * the loader's hooks and the first answer took 1.9 s). Bundles are kept in .start/, named by a hash
 * of everything they are made from (src/, the lockfile, tsconfig.json, the bundle script and its
 * stubs, the Node version), so an edit to src/ gets a fresh bundle (about half a second) and an
 * unchanged tree reuses the last one. A bundle is built under a private name and renamed into
 * place, so processes starting together never see half of one; only the few most recent are kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_STUBS, bundleGateway } from './bundle.mjs';

const KEPT_BUNDLES = 4;
const root = fileURLToPath(new URL('..', import.meta.url));
const bundles = join(root, '.start');
const bundle = join(bundles, inputsHash());

if (!existsSync(join(bundle, 'main.js'))) {
  const privateDir = `${bundle}.${process.pid}.tmp`;
  await bundleGateway({ root, outdir: privateDir });
  try {
    renameSync(privateDir, bundle);
  } catch {
    // Another process put the same bundle in place first: use that one.
    rmSync(privateDir, { recursive: true, force: true });
  }
  removeOlderBundles();
}
await import(join(bundle, 'main.js'));

function inputsHash() {
  const hash = createHash('sha256').update(process.version);
  const files = [...filesUnder(join(root, 'src')), ...['package-lock.json', 'tsconfig.json', 'scripts/bundle.mjs', ...Object.values(BUNDLE_STUBS)].map((file) => join(root, file))];
  for (const file of files.sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/** Keeps the most recent bundles (a process still running an older one may load its lazy chunks). */
function removeOlderBundles() {
  const entries = readdirSync(bundles)
    .filter((name) => /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ path: join(bundles, name), mtimeMs: statSync(join(bundles, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const { path } of entries.slice(KEPT_BUNDLES)) rmSync(path, { recursive: true, force: true });
  // Private directories of builds that never finished (a process killed mid-build).
  for (const name of readdirSync(bundles)) {
    const path = join(bundles, name);
    if (name.endsWith('.tmp') && Date.now() - statSync(path).mtimeMs > 10 * 60_000) rmSync(path, { recursive: true, force: true });
  }
}
