import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateApplication, ListApplications } from '../support/documents.js';

/** The README's promise, as a user meets it: `npm start` on a fresh checkout, queried by a real client. */
let child: ChildProcessWithoutNullStreams;
let output = '';
let endpoint: string;

beforeAll(async () => {
  child = spawn('npm', ['start', '--silent'], {
    cwd: new URL('../../', import.meta.url),
    env: { ...process.env, PORT: '0', NODE_ENV: 'development', CLERK_SECRET_KEY: '', GATEWAY_AUTH_TOKENS: '' },
  });
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gateway did not start:\n${output}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /Gateway listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match && output.includes('GraphiQL: open')) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}:\n${output}`)));
  });
}, 20_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  it('serves the seeded emulator through GraphiQL-ready GraphQL on loopback', async () => {
    expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(output).toContain('GraphiQL: open');
    const client = new GraphQLClient(endpoint);

    const list = await client.request(ListApplications, { limit: 50 });
    expect(list.oauthApplications.__typename).toBe('OAuthApplicationConnection');
    const seeded = list.oauthApplications.__typename === 'OAuthApplicationConnection' ? list.oauthApplications.totalCount : 0;
    expect(seeded).toBeGreaterThanOrEqual(3);

    const created = await client.request(CreateApplication, { input: { name: 'From e2e' } });
    expect(created.createOAuthApplication.__typename).toBe('CreateOAuthApplicationPayload');
    const after = await client.request(ListApplications, { limit: 50 });
    expect(after.oauthApplications.__typename === 'OAuthApplicationConnection' && after.oauthApplications.totalCount).toBe(seeded + 1);

    const page = await fetch(endpoint, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('ListOAuthApplications');
  });

  it('runs as exactly one node process: built before start, no bundler or helper left beside it', () => {
    const childrenOf = (pid: number) =>
      // ps exits 1 when no process matches: the empty list is read from its output all the same.
      spawnSync('ps', ['--ppid', String(pid), '-o', 'pid=,comm='], { encoding: 'utf8' })
        .stdout.split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line) => ({ pid: Number(line.split(/\s+/)[0]), comm: line.split(/\s+/)[1] }));
    const underNpm = childrenOf(child.pid!);
    expect(underNpm.map((process) => process.comm)).toEqual(['node']);
    expect(childrenOf(underNpm[0]!.pid)).toEqual([]);
  });

  it('stops cleanly on SIGTERM, its buffered request log written out', async () => {
    // Sent just before the signal, so its log line is still in the buffer when the process stops.
    await new GraphQLClient(endpoint).request(ListApplications, { limit: 1 });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('Stopped');
    const requestLines = output.split('\n').filter((line) => line.includes('"msg":"graphql request"'));
    // The two lists and the create of the first test (its GraphiQL page is no GraphQL request), and this one.
    expect(requestLines).toHaveLength(4);
  }, 15_000);
});
