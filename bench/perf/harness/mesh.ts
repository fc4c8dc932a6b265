/**
 * The generated gateway the issue compares with: GraphQL Mesh v1, composed by Mesh Compose from the
 * Clerk OpenAPI spec in spec/ and served by Hive Gateway. Its packages (~530 MB) live in bench/mesh
 * with their own lockfile, outside the project's dependencies: the first full bench installs them
 * (`npm ci` there, from the npm registry), later runs reuse them. The supergraph is composed for each
 * run, because the upstream's origin and key are baked into it.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { BENCH_SECRET_KEY, SERVER_CORE } from '../constants.js';
import { startChild, type RunningChild } from './child.js';
import { freePort } from './free-port.js';
import type { Pinning } from './pinning.js';

const MESH_DIR = 'bench/mesh';
const SUPERGRAPH = 'supergraph.graphql';
const GATEWAY_BIN = 'node_modules/@graphql-hive/gateway/dist/bin.js';
const run = promisify(execFile);

export interface MeshSetup {
  /** What was done before the run, for the log. */
  readonly note: string;
}

/** Installs Mesh's packages when they are missing, then composes the supergraph against `upstreamOrigin`. */
export async function prepareMesh(upstreamOrigin: string): Promise<MeshSetup> {
  let note = 'packages already installed';
  if (!existsSync(`${MESH_DIR}/${GATEWAY_BIN}`)) {
    const began = performance.now();
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: MESH_DIR, maxBuffer: 16 * 1024 * 1024 });
    note = `packages installed in ${((performance.now() - began) / 1000).toFixed(0)} s`;
  }
  await run('node', ['node_modules/.bin/mesh-compose', '-c', 'compose.config.mjs', '-o', SUPERGRAPH], {
    cwd: MESH_DIR,
    env: { ...process.env, MESH_UPSTREAM: upstreamOrigin, MESH_SECRET_KEY: BENCH_SECRET_KEY },
  });
  return { note: `${note}; supergraph composed` };
}

/** Hive Gateway serving the composed supergraph, in production mode, on the server core. */
export async function startMesh(pinning: Pinning): Promise<RunningChild> {
  const port = await freePort();
  const nodeArgs = [
    `${MESH_DIR}/${GATEWAY_BIN}`,
    'supergraph',
    `${MESH_DIR}/${SUPERGRAPH}`,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--disable-websockets',
  ];
  return startChild({ name: 'mesh', core: SERVER_CORE, nodeArgs, env: { NODE_ENV: 'production' }, port, readyPath: '/healthcheck' }, pinning);
}
