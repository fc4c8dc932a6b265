/**
 * `npm start`: bundles src/ with esbuild (about a tenth of a second; packages stay external and
 * optional parts stay lazily loaded chunks) and runs it. Running the TypeScript through a loader
 * instead sends every import of every package through the loader's hooks, which doubled the time
 * to the first answer. The bundle is rebuilt on every start, so it always matches src/; each
 * process gets its own directory (tests start several at once) and removes it when it exits.
 */
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundles = `${root}.start`;
const outdir = `${bundles}/${process.pid}`;

removeBundlesOfEndedProcesses();
process.on('exit', () => rmSync(outdir, { recursive: true, force: true }));

await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  logLevel: 'warning',
});
await import(`${outdir}/main.js`);

function removeBundlesOfEndedProcesses() {
  let entries;
  try {
    entries = readdirSync(bundles);
  } catch {
    return;
  }
  for (const entry of entries) {
    if (/^\d+$/.test(entry) && !isRunning(Number(entry))) rmSync(`${bundles}/${entry}`, { recursive: true, force: true });
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
