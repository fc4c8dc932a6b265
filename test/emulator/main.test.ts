/**
 * The standalone entry point: `npm run emulator -- ...` starts a seeded emulator, prints how to
 * reach it, and stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'src/emulator/main.ts');
const KEY = 'sk_test_cliKey000000000000000000000000000000';

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const origin = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      // The curl example is the last line of the banner.
      const match = /listening on (http:\/\/[^\s]+)[\s\S]*\/v1\/oauth_applications\n/.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  return { child, origin, exited, output: () => stdout, errors: () => stderr };
}

describe('npm run emulator', () => {
  it('starts seeded, prints origin, key and a curl example, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clerk-emulator-cli-'));
    try {
      const file = join(dir, 'state.json');
      const proc = run(['--port', '0', '--key', KEY, '--persist', file]);
      const origin = await proc.origin;
      expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(proc.output()).toContain(KEY);
      expect(proc.output()).toContain(`curl -H 'Authorization: Bearer ${KEY}' ${origin}/v1/oauth_applications`);
      const res = await fetch(`${origin}/v1/oauth_applications`, { headers: { Authorization: `Bearer ${KEY}` } });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { total_count: number };
      expect(body.total_count).toBe(3);
      expect(JSON.parse(readFileSync(file, 'utf8')).applications).toHaveLength(3);
      proc.child.kill('SIGTERM');
      expect(await proc.exited).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts empty with --no-seed and exits 2 on bad arguments', async () => {
    const proc = run(['--port', '0', '--key', KEY, '--no-seed']);
    const origin = await proc.origin;
    const res = await fetch(`${origin}/v1/oauth_applications`, { headers: { Authorization: `Bearer ${KEY}` } });
    expect(await res.json()).toEqual({ data: [], total_count: 0 });
    proc.child.kill('SIGINT');
    expect(await proc.exited).toBe(0);

    const bad = run(['--port', 'abc']);
    expect(await bad.exited).toBe(2);
    expect(bad.errors()).toContain('Invalid --port');
    await bad.origin.catch(() => undefined);
    const unknown = run(['--colour']);
    expect(await unknown.exited).toBe(2);
    await unknown.origin.catch(() => undefined);
  });
});
