/**
 * Runs the emulator on its own:
 *   npm run emulator -- --port 4010 [--host 127.0.0.1] [--key sk_test_...] [--persist state.json] [--no-seed]
 */
import { parseArgs } from 'node:util';
import { createEmulator } from './emulator.js';

const USAGE =
  'Usage: npm run emulator -- [--port N] [--host H] [--key sk_test_...]... [--persist file.json] [--no-seed]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        key: { type: 'string', multiple: true },
        persist: { type: 'string' },
        'no-seed': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65_535) fail(`Invalid --port ${values.port}`);

  const emulator = createEmulator({
    seed: !values['no-seed'],
    ...(values.key ? { secretKeys: values.key } : {}),
    ...(values.persist ? { persistPath: values.persist } : {}),
  });
  const origin = await emulator.listen(port, values.host);
  const key = emulator.secretKeys[0] ?? '';

  console.log(`Clerk emulator listening on ${origin} (instance ${emulator.instanceId})`);
  console.log(`Accepted secret key${emulator.secretKeys.length > 1 ? 's' : ''}: ${emulator.secretKeys.join(', ')}`);
  if (values.persist) console.log(`State file: ${values.persist}`);
  if (!['127.0.0.1', 'localhost', '::1'].includes(values.host)) {
    console.log('Warning: the /__emulator admin endpoints have no authentication and are reachable on this host.');
  }
  console.log(`Try:\n  curl -H 'Authorization: Bearer ${key}' ${origin}/v1/oauth_applications`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, shutting down`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('Emulator failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
