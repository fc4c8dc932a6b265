import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Copy, DockerfileParser } from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';

/** No Docker engine runs here, so the Dockerfile is parsed and checked against the repository. */
const root = new URL('../../', import.meta.url);
const dockerfile = DockerfileParser.parse(readFileSync(new URL('Dockerfile', root), 'utf8'));
const instructions = dockerfile.getInstructions();
const froms = dockerfile.getFROMs();
const finalStage = instructions.slice(instructions.indexOf(froms.at(-1)!));
const argsOf = (keyword: string, stage = instructions) =>
  stage.filter((instruction) => instruction.getKeyword() === keyword).map((instruction) => instruction.getArgumentsContent() ?? '');

describe('Dockerfile', () => {
  it('is multi-stage on Node 20 slim', () => {
    expect(froms.length).toBeGreaterThanOrEqual(2);
    expect(froms.map((from) => `${from.getImageName()}:${from.getImageTag()}`)).toEqual(froms.map(() => 'node:20-slim'));
  });

  it('runs as a non-root user under an init process, exposing 4000 with a health check on /health', () => {
    expect(argsOf('USER', finalStage)).toEqual(['node']);
    expect(argsOf('ENTRYPOINT', finalStage).join(' ')).toMatch(/tini/);
    expect(argsOf('EXPOSE', finalStage)).toEqual(['4000']);
    expect(argsOf('HEALTHCHECK', finalStage).join(' ')).toContain('/health');
  });

  it('ships production dependencies only in the final image', () => {
    expect(argsOf('RUN').join('\n')).toMatch(/npm ci --omit=dev/);
    expect(argsOf('COPY', finalStage).join('\n')).not.toMatch(/^\.\s/m);
  });

  it('copies only what exists and runs what the build produces', () => {
    const localCopies = instructions.filter((instruction) => instruction instanceof Copy && !instruction.getFlags().some((flag) => flag.getName() === 'from'));
    expect(localCopies.length).toBeGreaterThan(0);
    for (const copy of localCopies) {
      const sources = copy.getArguments().map((argument) => argument.getValue()).slice(0, -1);
      for (const source of sources) expect(existsSync(new URL(source, root)), `${source} exists`).toBe(true);
    }
    const cmd = JSON.parse(argsOf('CMD', finalStage)[0]!) as string[];
    expect(cmd[0]).toBe('node');
    expect(cmd.at(-1)).toBe('dist/main.js');
    // A Node flag lives here only with its measurement in docs/performance.md.
    const flags = cmd.slice(1, -1);
    expect(flags).toEqual(['--heap-growing-percent=50']);
    const performance = readFileSync(new URL('docs/performance.md', root), 'utf8');
    for (const flag of flags) expect(performance).toContain(flag);
    // `npm start` runs the same file, built first when src/ changed.
    const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['prestart']).toBe('node scripts/build.mjs --if-stale');
    expect(scripts['start']).toBe('exec node dist/main.js');
    // dist/main.js is what `npm run build` (scripts/build.mjs) makes of src/main.ts.
    expect(scripts['build']).toBe('node scripts/build.mjs');
    expect(existsSync(new URL('src/main.ts', root))).toBe(true);
    expect(argsOf('RUN').join('\n')).toContain('npm run build');
  });

  it('leaves to node_modules only packages the final image installs', async () => {
    const { EXTERNAL_PACKAGES } = await import('../../scripts/bundle.mjs');
    const dependencies = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    for (const name of EXTERNAL_PACKAGES) expect(Object.keys(dependencies), name).toContain(name);
  });

  it('puts in the final image exactly the packages the bundle leaves external, each whole without dependencies of its own', async () => {
    const { EXTERNAL_PACKAGES } = await import('../../scripts/bundle.mjs');
    const fromDeps = instructions
      .filter((instruction): instruction is Copy => instruction instanceof Copy && instruction.getFlags().some((flag) => flag.getName() === 'from' && flag.getValue() === 'deps'))
      .map((copy) => copy.getArguments().map((argument) => argument.getValue()));
    expect(fromDeps).toEqual(EXTERNAL_PACKAGES.map((name) => [`/app/node_modules/${name}`, `./node_modules/${name}`]));
    for (const name of EXTERNAL_PACKAGES) {
      const manifest = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')) as { dependencies?: Record<string, string> };
      // Copied alone, a package with dependencies would fail to load in the image.
      expect(Object.keys(manifest.dependencies ?? {}), name).toEqual([]);
    }
  });

  it('builds: the production bundle is dist/main.js with the optional parts as chunks', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'gateway-build-'));
    try {
      execFileSync(process.execPath, [fileURLToPath(new URL('scripts/build.mjs', root)), outDir], { cwd: fileURLToPath(root), stdio: 'pipe' });
      const files = readdirSync(outDir);
      expect(files).toContain('main.js');
      expect(files.some((file) => /^emulator-\w+\.js$/.test(file))).toBe(true);
      // The emulator is a chunk of its own: a gateway in front of Clerk never loads it.
      expect(readFileSync(join(outDir, 'main.js'), 'utf8')).not.toContain('// src/emulator/store.ts');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
