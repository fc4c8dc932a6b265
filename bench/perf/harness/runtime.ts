/**
 * How target processes run their TypeScript: compiled, or through tsx. Compiled, the gateway runs as
 * the production bundle (scripts/bundle.mjs, what `npm run build` puts in the Docker image's dist/),
 * in bench/results/bundle.tmp; the other targets, which import parts of src/, run as tsc output in
 * bench/results/build.tmp, where packages resolve from the project's node_modules. Both directories
 * are git-ignored by the `*.tmp` rule.
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
import { bundleGateway } from '../../../scripts/bundle.mjs';

export type Runtime = { readonly kind: 'compiled'; readonly root: string; readonly gatewayBundle: string } | { readonly kind: 'tsx' };

export const BUILD_DIR = 'bench/results/build.tmp';
const BUNDLE_DIR = 'bench/results/bundle.tmp';

const run = promisify(execFile);

/** Node arguments that run `sourcePath` (relative to the project root, e.g. bench/perf/targets/proxy.ts). */
export function nodeArgsFor(runtime: Runtime, sourcePath: string): string[] {
  return runtime.kind === 'tsx' ? ['--import', 'tsx', sourcePath] : [`${runtime.root}/${sourcePath.replace(/\.ts$/, '.js')}`];
}

/** Node arguments that run the gateway (src/main.ts) as deployed. */
export function gatewayNodeArgs(runtime: Runtime): string[] {
  return runtime.kind === 'tsx' ? ['--import', 'tsx', 'src/main.ts'] : [runtime.gatewayBundle];
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
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
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
  }
  try {
    await bundleGateway({ root: staged ?? resolve('.'), outdir: resolve(BUNDLE_DIR) });
    note += '; the gateway bundled as `npm run build` does';
  } catch (error) {
    note += `; the gateway could not be bundled (${String(error).split('\n')[0]?.slice(0, 160)})`;
  } finally {
    if (staged !== null) rmSync(staged, { recursive: true, force: true });
  }
  const gatewayBundle = `${BUNDLE_DIR}/main.js`;
  if (!existsSync(`${BUILD_DIR}/bench/perf/targets/proxy.js`) || !existsSync(gatewayBundle)) {
    return { runtime: { kind: 'tsx' }, note: `no compiled output, running through tsx: ${note}` };
  }
  return { runtime: { kind: 'compiled', root: BUILD_DIR, gatewayBundle }, note };
}
