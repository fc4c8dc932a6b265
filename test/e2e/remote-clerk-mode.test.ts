import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListApplications } from '../support/documents.js';

/**
 * The real-Clerk mode end to end: `npm run emulator` stands in for api.clerk.com, and the gateway
 * is started as a user would point it at Clerk, with a key and caller tokens.
 */
const KEY = 'sk_test_remotemodeabcdefghijklmnopqrstu';
const CALLER_TOKEN = 'remote-mode-caller-token-0123456789';
const processes: ChildProcessWithoutNullStreams[] = [];

function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ match: RegExpExecArray; output: () => string }> {
  const child = spawn('npm', args, { cwd: new URL('../../', import.meta.url), env: { ...process.env, ...env } });
  processes.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ match, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

let endpoint: string;
let gatewayOutput: () => string;

beforeAll(async () => {
  const emulator = await start(['run', 'emulator', '--silent', '--', '--port', '0', '--key', KEY], {}, /listening on (http:\/\/\S+)/);
  const gateway = await start(
    ['start', '--silent'],
    { PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'production', CLERK_SECRET_KEY: KEY, CLERK_API_URL: emulator.match[1]!, GATEWAY_AUTH_TOKENS: CALLER_TOKEN },
    /Gateway listening on (http:\/\/\S+\/graphql)/,
  );
  endpoint = gateway.match[1]!;
  gatewayOutput = gateway.output;
}, 30_000);

afterAll(() => {
  for (const child of processes) if (child.exitCode === null) child.kill('SIGTERM');
});

describe('gateway pointed at a Clerk API with a key', () => {
  it('serves callers with a token, and refuses the rest with 401 before any resolver', async () => {
    const authorized = new GraphQLClient(endpoint, { headers: { authorization: `Bearer ${CALLER_TOKEN}` } });
    const list = await authorized.request(ListApplications, { limit: 5 });
    expect(list.oauthApplications.__typename).toBe('OAuthApplicationConnection');

    const anonymous = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
  });

  it('keeps GraphiQL off in production and never prints the key or tokens', async () => {
    const page = await fetch(endpoint, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(gatewayOutput()).not.toContain(KEY);
    expect(gatewayOutput()).not.toContain(CALLER_TOKEN);
  });

  it('serves /metrics to nobody until GATEWAY_METRICS_TOKEN is set', async () => {
    const metrics = await fetch(new URL('/metrics', endpoint), { headers: { authorization: `Bearer ${CALLER_TOKEN}` } });
    expect(metrics.status).toBe(403);
    const body = await metrics.text();
    expect(body).toContain('GATEWAY_METRICS_TOKEN');
    expect(body).not.toContain('gateway_graphql_requests_total');
  });

  it('refuses to start with a key but no caller authentication', async () => {
    await expect(
      start(['start', '--silent'], { PORT: '0', CLERK_SECRET_KEY: KEY, CLERK_API_URL: 'http://127.0.0.1:9', GATEWAY_AUTH_TOKENS: '' }, /Gateway listening/),
    ).rejects.toThrow(/exited with 1:[\s\S]*GATEWAY_AUTH_TOKENS: required with CLERK_SECRET_KEY/);
  });
});
