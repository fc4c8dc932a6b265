/**
 * What the Docker image runs: `npm run build` bundles src/ and its packages (scripts/bundle.mjs)
 * and `node dist/main.js` serves from the bundle. Built into a directory inside the project (the
 * gateway finds its project files from there, as in the image's /app), started on the embedded
 * emulator, queried over loopback and stopped with SIGTERM. It must not need the packages it
 * bundled: only the ones left external may load from node_modules.
 */
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTERNAL_PACKAGES } from '../../scripts/bundle.mjs';
import { GATEWAY_NODE_FLAGS } from '../../src/node-flags.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = join(ROOT, '.start', `bundle-test-${process.pid}`);
// Lists, at exit, every CommonJS file the process loaded from node_modules.
const LOADED_REPORT = `process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(Object.keys(require.cache).filter((path) => path.includes('/node_modules/'))) + '\\n'));`;

let child: ChildProcessWithoutNullStreams;
let output = '';
let endpoint: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), OUT_DIR], { cwd: ROOT, stdio: 'pipe' });
  const report = join(OUT_DIR, 'loaded-report.cjs');
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(report, LOADED_REPORT);
  child = spawn(process.execPath, [...GATEWAY_NODE_FLAGS, '--require', report, join(OUT_DIR, 'main.js')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', CLERK_SECRET_KEY: '', GATEWAY_AUTH_TOKENS: 'none' },
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the bundle did not start:\n${output}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /Gateway listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`the bundle exited with ${code}:\n${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
  rmSync(OUT_DIR, { recursive: true, force: true });
});

describe('production bundle (npm run build)', () => {
  it('answers a list from the embedded emulator and stops cleanly on SIGTERM', async () => {
    const answer = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ oauthApplications(limit: 2) { __typename ... on OAuthApplicationConnection { totalCount nodes { id name createdAt } } } }' }),
    });
    expect(answer.status, await answer.clone().text()).toBe(200);
    const body = (await answer.json()) as { data: { oauthApplications: { __typename: string; totalCount: number; nodes: { id: string; createdAt: string }[] } } };
    expect(body.data.oauthApplications.__typename).toBe('OAuthApplicationConnection');
    expect(body.data.oauthApplications.nodes).toHaveLength(2);
    expect(body.data.oauthApplications.nodes[0]!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const loaded = JSON.parse(/LOADED (\[.*\])/.exec(output)?.[1] ?? 'null') as string[] | null;
    expect(loaded).not.toBeNull();
    const packageOf = (path: string) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    expect(loaded!.map(packageOf).filter((name) => !EXTERNAL_PACKAGES.includes(name!))).toEqual([]);
  });
});
