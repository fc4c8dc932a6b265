/**
 * `npm run console`: the gateway on its embedded Clerk emulator (built like `npm start` builds it),
 * then Vite's dev server for the console, which proxies /graphql to that gateway. Ctrl+C stops both.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const consoleDir = fileURLToPath(new URL('.', import.meta.url));

execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
const gateway = spawn(process.execPath, ['dist/main.js'], {
  cwd: root,
  env: { ...process.env, PORT: process.env.GATEWAY_PORT ?? '0', HOST: '127.0.0.1', CLERK_SECRET_KEY: '' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
gateway.on('exit', (code) => {
  console.error(`The gateway stopped (exit code ${code}).`);
  process.exit(code ?? 1);
});

const gatewayUrl = await new Promise((resolve) => {
  let output = '';
  gateway.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    output += chunk.toString();
    const match = /Gateway listening on (http:\/\/\S+)\/graphql/.exec(output);
    if (match) resolve(match[1]);
  });
});

process.env.GATEWAY_ORIGIN = gatewayUrl;
const vite = await createServer({ root: consoleDir, server: { port: Number(process.env.CONSOLE_PORT ?? 5173) } });
await vite.listen();
console.log('\nAdmin console:');
vite.printUrls();

const stop = async () => {
  gateway.removeAllListeners('exit');
  gateway.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
