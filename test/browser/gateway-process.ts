import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * The gateway as a user starts it (`node dist/main.js`, what `npm start` execs; test/global-setup.ts
 * builds it), on a free port, with the embedded emulator. Resolves with the GraphQL URL it prints.
 */
export interface GatewayProcess {
  readonly endpoint: string;
  output(): string;
  /** Resolves with the first match of `pattern` in the output, waiting for it if need be. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

const ROOT = new URL('../../', import.meta.url);
const START_TIMEOUT_MS = 20_000;

export async function startGatewayProcess(env: Record<string, string> = {}): Promise<GatewayProcess> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['dist/main.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'development', CLERK_SECRET_KEY: '', GATEWAY_AUTH_TOKENS: '', ...env },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const endpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start in ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Gateway listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited with ${code}:\n${output}`));
    });
  });
  const waitForOutput = (pattern: RegExp, timeoutMs = START_TIMEOUT_MS) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (!match) return false;
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve(match);
        return true;
      };
      const timer = setTimeout(() => {
        child.stdout.off('data', check);
        reject(new Error(`the gateway did not print ${pattern} in ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      // Listeners run in order: the one that appends to `output` was added first.
      if (!check()) child.stdout.on('data', check);
    });
  return {
    endpoint,
    output: () => output,
    waitForOutput,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
