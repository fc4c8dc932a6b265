/**
 * GraphQL Mesh v1 generated from the Clerk OpenAPI spec this project is built on, pointed at the
 * bench's upstream: composed at bench time (MESH_UPSTREAM and MESH_SECRET_KEY are baked into the
 * supergraph with `mesh-compose -o`) and served by Hive Gateway (bench/perf/harness/mesh.ts).
 */
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

const upstream = process.env.MESH_UPSTREAM;
const secretKey = process.env.MESH_SECRET_KEY;
if (!upstream || !secretKey) throw new Error('MESH_UPSTREAM and MESH_SECRET_KEY are required');

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Clerk', {
        source: '../../spec/clerk-oauth-applications.openapi.yaml',
        endpoint: `${upstream}/v1`,
        operationHeaders: { Authorization: `Bearer ${secretKey}` },
      }),
    },
  ],
});
