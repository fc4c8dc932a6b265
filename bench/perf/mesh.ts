/**
 * GraphQL Mesh v1, the generated gateway the bench compares with: composed by Mesh Compose from the
 * Clerk OpenAPI spec in spec/ and served by Hive Gateway. Its packages live in bench/mesh with their
 * own lockfile, outside the project's: the first run that includes Mesh installs them (`npm ci`
 * there), later runs reuse them. The supergraph is composed for each run, since the upstream's
 * origin and key are baked into it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { BENCH_SECRET_KEY, SERVER_CORE } from './config.js';
import { freePort, startNode, type Child } from './processes.js';

const MESH_DIR = 'bench/mesh';
const GATEWAY_BIN = 'node_modules/@graphql-hive/gateway/dist/bin.js';
const run = promisify(execFile);

/** Installs Mesh's packages if missing, composes the supergraph against `upstreamOrigin` and starts Hive Gateway. */
export async function startMesh(upstreamOrigin: string, log: (line: string) => void): Promise<Child> {
  if (!existsSync(`${MESH_DIR}/${GATEWAY_BIN}`)) {
    log('  installing GraphQL Mesh in bench/mesh (npm ci, once)…');
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: MESH_DIR, maxBuffer: 16 * 1024 * 1024 });
  }
  await run(process.execPath, ['node_modules/.bin/mesh-compose', '-c', 'compose.config.mjs', '-o', 'supergraph.graphql'], {
    cwd: MESH_DIR,
    env: { ...process.env, MESH_UPSTREAM: upstreamOrigin, MESH_SECRET_KEY: BENCH_SECRET_KEY },
  });
  const port = await freePort();
  const args = [`${MESH_DIR}/${GATEWAY_BIN}`, 'supergraph', `${MESH_DIR}/supergraph.graphql`, '--host', '127.0.0.1', '--port', String(port), '--disable-websockets'];
  return startNode({ name: 'mesh', core: SERVER_CORE, args, env: { NODE_ENV: 'production' }, port, readyPath: '/healthcheck' });
}
