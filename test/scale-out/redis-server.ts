/**
 * A real Redis for the scale-out suites: `REDIS_URL` when the environment gives one, else a private
 * `redis-server` (Debian's package, installed by .ci/run) on a free loopback port, without
 * persistence, stopped after the suite. A missing binary fails the suite: it is never skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  /** `redis://127.0.0.1:<port>`, or the environment's REDIS_URL. */
  readonly url: string;
  /** True when this helper started the server (and `stop` ends it). */
  readonly owned: boolean;
  stop(): Promise<void>;
}

const MISSING_BINARY =
  'redis-server was not found on PATH and REDIS_URL is not set. The scale-out tests need a real Redis: ' +
  "install Debian's redis-server (apt-get install -y redis-server), as .ci/run does, or set REDIS_URL.";

/** A fresh key prefix, so that suites sharing one REDIS_URL never see each other's keys. */
export function uniquePrefix(name: string): string {
  return `test:${name}:${randomBytes(6).toString('hex')}`;
}

export async function startRedisServer(): Promise<RedisServer> {
  const fromEnvironment = process.env.REDIS_URL;
  if (fromEnvironment !== undefined && fromEnvironment !== '') {
    return { url: fromEnvironment, owned: false, stop: async () => undefined };
  }
  let lastError: unknown;
  // A port found free can be taken before redis-server binds it; then try another.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await startOnce(await freeLoopbackPort());
    } catch (error) {
      if (error instanceof Error && error.message === MISSING_BINARY) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

async function startOnce(port: number): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'warning'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new Error(MISSING_BINARY) : error));
    child.once('exit', (code, signal) => reject(new Error(`redis-server exited (${code ?? signal}) before answering:\n${output}`)));
  });
  failed.catch(() => undefined);
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    await Promise.race([waitForPong(port, 10_000), failed]);
  } catch (error) {
    await stopChild(child);
    cleanup();
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    owned: true,
    stop: async () => {
      await stopChild(child);
      cleanup();
    },
  };
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPong(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await ping(port)) return;
    if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not answer PING within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk: Buffer) => {
      reply += chunk.toString();
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG'));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
