/**
 * What the Docker image runs: `npm run build` bundles src/ and its packages (scripts/bundle.mjs)
 * and `node dist/main.js` serves from the bundle. Built once into a directory inside the project
 * (the gateway finds its project files from there, as in the image's /app), then started as a user
 * would: on the embedded emulator, and with every optional part on (Redis for the read cache and the
 * shared Clerk limit, OTLP tracing), each of which the bundle loads as a separate chunk. Queried over
 * loopback, stopped with SIGTERM. It must not need the packages it bundled: only the ones left
 * external may load from node_modules.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Copy, DockerfileParser } from 'dockerfile-ast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTERNAL_PACKAGES } from '../../scripts/bundle.mjs';
import { startRedisServer, type RedisServer } from '../scale-out/redis-server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(ROOT, '.bundle-test', String(process.pid));
// Lists, at exit, every CommonJS file the process loaded from node_modules.
const LOADED_REPORT = `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache).filter((path) => path.includes('/node_modules/'))) + '\\n'));`;
const LIST = '{ oauthApplications(limit: 2) { __typename ... on OAuthApplicationConnection { totalCount nodes { id name createdAt } } } }';

interface BundleRun {
  readonly endpoint: string;
  /** Sends SIGTERM; resolves with the exit code and everything the process printed. */
  stop(): Promise<{ code: number | null; output: string }>;
}

async function startBundle(env: Record<string, string>, main = join(OUT_DIR, 'main.js'), cwd = ROOT): Promise<BundleRun> {
  const child = spawn(process.execPath, ['--require', join(OUT_DIR, 'loaded-report.cjs'), main], {
    cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', CLERK_SECRET_KEY: '', GATEWAY_AUTH_TOKENS: 'none', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bundle did not start:\n${output}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /Gateway listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then((code) => reject(new Error(`the bundle exited with ${code}:\n${output}`)));
  });
  return {
    endpoint,
    stop: async () => {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return { code, output };
    },
  };
}

async function list(endpoint: string) {
  const answer = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: LIST }),
  });
  const text = await answer.text();
  expect(answer.status, text).toBe(200);
  return JSON.parse(text) as { data: { oauthApplications: { __typename: string; totalCount: number; nodes: { id: string; createdAt: string }[] } } };
}

/** Source and target of every COPY into the Dockerfile's final stage, `--chown` aside. */
function finalStageCopies(): [string, string][] {
  const dockerfile = DockerfileParser.parse(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  const instructions = dockerfile.getInstructions();
  const finalStage = instructions.slice(instructions.indexOf(dockerfile.getFROMs().at(-1)!));
  return finalStage
    .filter((instruction): instruction is Copy => instruction instanceof Copy)
    .map((copy) => {
      const [source, target] = copy.getArguments().map((argument) => argument.getValue());
      return [source!, target!];
    });
}

function bundledPackagesLoaded(output: string): string[] {
  const loaded = JSON.parse(/LOADED (\[.*\])/.exec(output)?.[1] ?? 'null') as string[] | null;
  expect(loaded, output).not.toBeNull();
  const packageOf = (path: string) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? path;
  return loaded!.map(packageOf).filter((name) => !EXTERNAL_PACKAGES.includes(name));
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), OUT_DIR], { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, 'loaded-report.cjs'), LOADED_REPORT);
}, 60_000);

afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

describe('production bundle (npm run build)', () => {
  it('answers a list from the embedded emulator and stops cleanly on SIGTERM', async () => {
    const run = await startBundle({});
    const body = await list(run.endpoint);
    expect(body.data.oauthApplications.__typename).toBe('OAuthApplicationConnection');
    expect(body.data.oauthApplications.nodes).toHaveLength(2);
    expect(body.data.oauthApplications.nodes[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const { code, output } = await run.stop();
    expect(code).toBe(0);
    expect(bundledPackagesLoaded(output)).toEqual([]);
  }, 30_000);

  it('serves the federation subgraph with GATEWAY_FEDERATION=true, from the bundle alone', async () => {
    const run = await startBundle({ GATEWAY_FEDERATION: 'true' });
    const answer = await fetch(run.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    const body = (await answer.json()) as { data: { _service: { sdl: string } } };
    expect(`${body.data._service.sdl}\n`).toBe(readFileSync(join(ROOT, 'schema/subgraph.graphql'), 'utf8'));

    const { code, output } = await run.stop();
    expect(code, output).toBe(0);
    expect(bundledPackagesLoaded(output)).toEqual([]);
  }, 30_000);

  it("runs from the Docker image's files alone: the final stage's COPYs, with no other node_modules", async () => {
    const image = mkdtempSync(join(tmpdir(), 'gateway-image-'));
    try {
      for (const [source, target] of finalStageCopies()) {
        // The build stage's /app/dist is this bundle; the deps stage's node_modules is the project's.
        const from = source === '/app/dist' ? OUT_DIR : source.startsWith('/app/') ? join(ROOT, source.slice('/app/'.length)) : join(ROOT, source);
        // A target ending in / is a directory to copy into, as with Docker's COPY.
        const to = target.endsWith('/') ? join(image, target, basename(source)) : join(image, target);
        cpSync(from, to, { recursive: true, dereference: true });
      }
      const run = await startBundle({ GRAPHIQL_ENABLED: 'true' }, join(image, 'dist', 'main.js'), image);
      const body = await list(run.endpoint);
      expect(body.data.oauthApplications.nodes).toHaveLength(2);
      // The GraphiQL page comes from the one package left external.
      const page = await fetch(run.endpoint, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>Clerk OAuth applications');
      const { code, output } = await run.stop();
      expect(code, output).toBe(0);
    } finally {
      rmSync(image, { recursive: true, force: true });
    }
  }, 30_000);

  describe('with Redis and tracing', () => {
    let redis: RedisServer;
    let collector: Server;
    const exports: string[] = [];

    beforeAll(async () => {
      redis = await startRedisServer();
      collector = createServer((request, response) => {
        request.resume();
        request.on('end', () => {
          exports.push(`${request.method} ${request.url}`);
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        });
      });
      await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    }, 30_000);

    afterAll(async () => {
      await new Promise<void>((resolve) => collector?.close(() => resolve()));
      await redis?.stop();
    });

    it('loads the read cache, the shared Clerk limit and the exporter from their chunks', async () => {
      const run = await startBundle({
        REDIS_URL: redis.url,
        READ_CACHE_TTL_MS: '60000',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      });
      const first = await list(run.endpoint);
      const second = await list(run.endpoint);
      expect(second).toEqual(first);

      const { code, output } = await run.stop();
      expect(code, output).toBe(0);
      expect(output).not.toMatch(/"level":(50|60)/);
      // Spans are exported in batches; shutdown flushes the last one.
      expect(exports).toContain('POST /v1/traces');
      expect(bundledPackagesLoaded(output)).toEqual([]);
    }, 30_000);
  });
});
