import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, ENVIRONMENT_VARIABLES } from '../../src/config.js';
import { listenProblem } from '../../src/http/listen.js';
import { loadTrustedDocuments } from '../../src/http/trusted-documents.js';

/**
 * A bad setting stops the start with a message that names the variable and what is wrong: no stack
 * trace, and never the value of a secret. Most cases start the built gateway (`node dist/main.js`,
 * what `npm start` runs; test/global-setup.ts builds it) as an operator would, with one thing wrong;
 * siblings of a case that produce the same kind of error are checked in process.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEY = 'sk_test_startuperrorskey000000000000';
const EXIT_TIMEOUT_MS = 15_000;

interface Run {
  /** The exit code, or 'listening' when the gateway started (it is then stopped). */
  readonly outcome: number | null | 'listening';
  readonly stderr: string;
  readonly output: string;
}

/** Starts the gateway with only these settings (every other variable of config.ts unset). */
function start(env: Record<string, string>, main = join(ROOT, 'dist/main.js'), cwd = ROOT): Promise<Run> {
  const unset = Object.fromEntries(ENVIRONMENT_VARIABLES.map((name) => [name, '']));
  const child = spawn(process.execPath, [main], { cwd, env: { ...process.env, ...unset, PORT: '0', NODE_ENV: 'development', ...env } });
  let stderr = '';
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    output += chunk.toString();
  });
  let listening = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the gateway neither started nor stopped in ${EXIT_TIMEOUT_MS} ms:\n${output}`));
    }, EXIT_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!listening && output.includes('Gateway listening on')) {
        listening = true;
        child.kill('SIGKILL');
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ outcome: listening ? 'listening' : code, stderr, output });
    });
  });
}

function expectStopNaming(run: Run, variable: string, says: RegExp, secrets: readonly string[] = []) {
  expect(run.outcome, run.output).toBe(1);
  expect(run.stderr).toMatch(new RegExp(`^  - ${variable}: `, 'm'));
  expect(run.stderr).toMatch(says);
  // No stack trace: no frame lines, no internals.
  expect(run.output).not.toMatch(/^\s+at /m);
  expect(run.output).not.toMatch(/node:internal|file:\/\//);
  for (const secret of secrets) expect(run.output).not.toContain(secret);
}

/** The problems of the ConfigError `run` throws. */
function problemsOf(run: () => unknown): readonly string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('no ConfigError');
}

let files: string;
beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'gateway-start-'));
  writeFileSync(join(files, 'not-json.json'), '{"sha256:1": "query { a }"');
  writeFileSync(join(files, 'array.json'), '["query { a }"]');
  writeFileSync(join(files, 'empty.json'), '{}');
  writeFileSync(join(files, 'not-graphql.json'), '{"sha256:1": "query { oauthApplications {"}');
  mkdirSync(join(files, 'a-folder.json'));
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

describe('a bad setting stops the start, naming the variable', () => {
  it('CLERK_API_URL with credentials, without echoing the password', async () => {
    const run = await start({ CLERK_SECRET_KEY: KEY, GATEWAY_AUTH_TOKENS: 'none', CLERK_API_URL: 'https://clerk-user:hunter2-api-password@api.clerk.com' });
    expectStopNaming(run, 'CLERK_API_URL', /without a user name, password/, ['hunter2-api-password', KEY]);
  });

  it('REDIS_URL that its client cannot take, without echoing the password', async () => {
    const run = await start({ REDIS_URL: 'redis://:hunter2%ZZ-redis-password@127.0.0.1:6379' });
    expectStopNaming(run, 'REDIS_URL', /percent-encoded/, ['hunter2', 'redis-password']);
  });

  it('GATEWAY_TRUSTED_DOCUMENTS naming a file that does not exist', async () => {
    expectStopNaming(await start({ GATEWAY_TRUSTED_DOCUMENTS: join(files, 'missing.json') }), 'GATEWAY_TRUSTED_DOCUMENTS', /missing\.json does not exist/);
  });

  // The same ConfigError as above, printed the same way: checked without a process each.
  it.each([
    ['a folder', 'a-folder.json', /is a folder, not a file/],
    ['a file that is not JSON', 'not-json.json', /is not valid JSON$/],
    ['JSON of another shape', 'array.json', /is not a persisted-documents file/],
    ['a file with no document', 'empty.json', /holds no document/],
    ['a document that is not GraphQL', 'not-graphql.json', /holds a document that is not GraphQL, under "sha256:1"/],
  ])('GATEWAY_TRUSTED_DOCUMENTS naming %s', (_case, file, says) => {
    const problems = problemsOf(() => loadTrustedDocuments(join(files, file)));
    expect(problems).toEqual([expect.stringMatching(/^GATEWAY_TRUSTED_DOCUMENTS: /)]);
    expect(problems[0]).toMatch(says);
  });

  describe('PORT already in use', () => {
    let taken: Server;
    beforeAll(async () => {
      taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    });
    afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

    it('names PORT and HOST', async () => {
      const port = (taken.address() as { port: number }).port;
      expectStopNaming(await start({ PORT: String(port), HOST: '127.0.0.1' }), 'PORT', new RegExp(`${port} is already in use on 127\\.0\\.0\\.1 \\(HOST\\)`));
    });
  });

  it('names PORT or HOST for the other failures to listen', () => {
    expect(listenProblem('EACCES', 80, '0.0.0.0')).toMatch(/^PORT: this process may not listen on port 80/);
    expect(listenProblem('EADDRNOTAVAIL', 4000, '10.9.8.7')).toMatch(/^HOST: 10\.9\.8\.7 is not an address of this machine/);
    expect(listenProblem('EAFNOSUPPORT', 4000, '::1')).toMatch(/^HOST: ::1 is not an address/);
    expect(listenProblem('ECONNRESET', 4000, '0.0.0.0')).toBeUndefined();
  });

  describe('GraphiQL on, in a copy of the gateway without its page and example operations', () => {
    let copy: string;
    beforeAll(() => {
      copy = mkdtempSync(join(tmpdir(), 'gateway-copy-'));
      cpSync(join(ROOT, 'dist'), join(copy, 'dist'), { recursive: true });
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    it('names GRAPHIQL_ENABLED', async () => {
      expectStopNaming(await start({}, join(copy, 'dist/main.js'), copy), 'GRAPHIQL_ENABLED', /cannot be loaded.*set GRAPHIQL_ENABLED=false/);
    });

    it('starts with GraphiQL off: nothing else needs those files', async () => {
      expect((await start({ GRAPHIQL_ENABLED: 'false' }, join(copy, 'dist/main.js'), copy)).outcome).toBe('listening');
    });
  });
});
