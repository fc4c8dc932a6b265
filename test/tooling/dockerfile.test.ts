import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Copy, DockerfileParser } from 'dockerfile-ast';
import { GATEWAY_NODE_FLAGS } from '../../src/node-flags.js';
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
    expect(cmd).toEqual(['node', ...GATEWAY_NODE_FLAGS, 'dist/main.js']);
    // `npm start` runs with the same flags as the image.
    const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start']).toBe(`exec node ${GATEWAY_NODE_FLAGS.join(' ')} scripts/start.mjs`);
    // dist/main.js is what `npm run build` (scripts/build.mjs) makes of src/main.ts.
    expect(scripts['build']).toBe('node scripts/build.mjs');
    expect(existsSync(new URL('src/main.ts', root))).toBe(true);
    expect(argsOf('RUN').join('\n')).toContain('npm run build');
  });

  it('copies the stubs the bundle uses into the build stage', async () => {
    const { BUNDLE_STUBS } = await import('../../scripts/bundle.mjs');
    const buildCopies = argsOf('COPY', instructions.slice(0, instructions.indexOf(froms[1]!))).join('\n');
    for (const stub of Object.values(BUNDLE_STUBS)) expect(buildCopies, stub).toContain(stub.replace(/^\.\//, '').replace(/\/[^/]+$/, ''));
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
      // What a start loads stays in the heap: graphql-jit's unused serializer (and its schema
      // compiler) is stubbed out, and the config parser uses zod's mini build, not the chained one.
      const loaded = files.filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(outDir, file), 'utf8')).join('\n');
      for (const left of ['node_modules/fast-json-stringify/', 'node_modules/ajv/', 'node_modules/zod/v4/classic/']) expect(loaded, left).not.toContain(`// ${left}`);
      expect(loaded).toContain('// scripts/bundle-stubs/fast-json-stringify.cjs');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
