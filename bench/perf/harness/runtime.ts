/**
 * How target processes run their TypeScript: compiled by tsc (what the Dockerfile deploys:
 * `node dist/main.js`) or through tsx (what `npm start` does). Compiling puts src/ and bench/perf/
 * into bench/results/build.tmp (git-ignored by the `*.tmp` rule), where packages still resolve
 * from the project's node_modules.
 *
 * With a git ref, src/ comes from that commit (read with `git archive`, the working tree is not
 * touched) and bench/perf/ from the working tree: a fixed tree to measure while src/ is being
 * edited, or two commits to compare.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

export type Runtime = { readonly kind: 'compiled'; readonly root: string } | { readonly kind: 'tsx' };

export const BUILD_DIR = 'bench/results/build.tmp';

const run = promisify(execFile);

/** Node arguments that run `sourcePath` (relative to the project root, e.g. src/main.ts). */
export function nodeArgsFor(runtime: Runtime, sourcePath: string): string[] {
  return runtime.kind === 'tsx' ? ['--import', 'tsx', sourcePath] : [`${runtime.root}/${sourcePath.replace(/\.ts$/, '.js')}`];
}

/**
 * src/ of `ref` and the working tree's bench/perf/ side by side in a temporary directory (outside
 * the project, so that nobody's typecheck meets the copies), with the project's node_modules
 * linked in and a tsconfig that emits into BUILD_DIR.
 */
async function stage(ref: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-perf-'));
  await run('sh', ['-c', 'git archive --format=tar "$0" src | tar -x -C "$1"', ref, dir]);
  cpSync('bench/perf', join(dir, 'bench/perf'), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  // The package's "type": "module" decides that tsc emits ES modules, as it does in the project.
  cpSync('package.json', join(dir, 'package.json'));
  const tsconfig = {
    extends: resolve('tsconfig.json'),
    compilerOptions: { rootDir: '.', outDir: resolve(BUILD_DIR), noEmit: false, sourceMap: false },
    include: ['src', 'bench/perf'],
  };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
  return dir;
}

export async function buildRuntime(ref: string | null): Promise<{ runtime: Runtime; note: string }> {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  const staged = ref === null ? null : await stage(ref);
  const project = staged === null ? 'bench/perf/tsconfig.build.json' : join(staged, 'tsconfig.json');
  const source = ref === null ? 'src/ of the working tree' : `src/ of ${ref}`;
  let note = `${source}, compiled with tsc`;
  try {
    await run('node_modules/.bin/tsc', ['-p', project], { timeout: 300_000 });
  } catch (error) {
    // tsc emits despite type errors, and src/ may be mid-edit by someone else: the output still runs.
    const first = String((error as { stdout?: string }).stdout ?? error).split('\n')[0] ?? '';
    note = `${source}, compiled with tsc, which reported errors and emitted anyway (${first.slice(0, 160)})`;
  } finally {
    if (staged !== null) rmSync(staged, { recursive: true, force: true });
  }
  if (!existsSync(`${BUILD_DIR}/src/main.js`)) return { runtime: { kind: 'tsx' }, note: `no compiled output, running through tsx: ${note}` };
  return { runtime: { kind: 'compiled', root: BUILD_DIR }, note };
}
