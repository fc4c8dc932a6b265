import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import * as httpTransport from '@graphql-mesh/transport-http';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphSchema } from '../../src/graphql/federation.js';
import { type GatewayHarness, startGatewayHarness } from '../support/gateway-harness.js';
import { startTeamsSubgraph, TEAMS_SDL, type TeamsSubgraph } from './teams-subgraph.js';

/**
 * Real federation software over loopback HTTP: the gateway's subgraph (GATEWAY_FEDERATION) and a
 * teams subgraph are composed by The Guild's composition library and served by Hive Gateway's
 * runtime; a query across both reaches Clerk (the emulator) once per distinct application.
 */
let harness: GatewayHarness;
let teams: TeamsSubgraph;
let runtime: GatewayRuntime;
let router: Server;
let routerUrl: string;
let applications: { id: string; name: string; clientId: string }[];

beforeAll(async () => {
  harness = await startGatewayHarness({ emulator: { seed: true }, gateway: { schema: subgraphSchema } });
  applications = harness.emulator.state().applications.map((application) => ({ id: application.id, name: application.name, clientId: application.client_id }));
  expect(applications.length).toBeGreaterThanOrEqual(3);
  const [first, second, third] = applications as [(typeof applications)[0], (typeof applications)[0], (typeof applications)[0]];
  teams = await startTeamsSubgraph([
    { name: 'Mobile', applicationIds: [first.id, second.id] },
    { name: 'Platform', applicationIds: [second.id, third.id, first.id] },
    { name: 'Nothing yet', applicationIds: [] },
  ]);

  // The gateway's SDL as a composition tool reads it: from the running subgraph's _service.
  const service = await harness.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const sdl = ((await service.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
  const composition = composeServices([
    { name: 'applications', typeDefs: parse(sdl), url: `${harness.served.origin}/graphql` },
    { name: 'teams', typeDefs: parse(TEAMS_SDL), url: teams.url },
  ]);
  expect(composition.errors ?? []).toEqual([]);
  runtime = createGatewayRuntime({
    supergraph: composition.supergraphSdl!,
    // The runtime imports its subgraph transport on demand; @graphql-hive/gateway would bundle it.
    transports: { http: httpTransport },
    logging: false,
    maskedErrors: false,
  });
  router = createServer(runtime);
  await new Promise<void>((resolve) => router.listen(0, '127.0.0.1', resolve));
  routerUrl = `http://127.0.0.1:${(router.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  router.closeAllConnections();
  await new Promise<void>((resolve) => router.close(() => resolve()));
  await runtime[Symbol.asyncDispose]();
  await teams.close();
  await harness.close();
});

async function queryRouter(query: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(routerUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

describe('the gateway as a subgraph of a supergraph (Hive Gateway)', () => {
  it('answers a query across both subgraphs with one Clerk call per distinct application', async () => {
    harness.emulator.resetStats();
    const result = await queryRouter('{ teams { name applications { id name clientId } } }');
    const [first, second, third] = applications;
    expect(result).toEqual({
      data: {
        teams: [
          { name: 'Mobile', applications: [first, second] },
          { name: 'Platform', applications: [second, third, first] },
          { name: 'Nothing yet', applications: [] },
        ],
      },
    });
    // Five references to three applications: one GET each, nothing else.
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(3);
    expect(harness.upstreamCalls()).toBe(3);
  });

  it('costs no Clerk call when the query asks an application for its id only', async () => {
    harness.emulator.resetStats();
    const result = await queryRouter('{ teams { applications { id } } }');
    expect(result.errors).toBeUndefined();
    expect(harness.upstreamCalls()).toBe(0);
  });

  it("serves the gateway's own root fields through the supergraph", async () => {
    const result = await queryRouter('{ oauthApplications(limit: 1) { __typename ... on OAuthApplicationConnection { totalCount } } }');
    expect(result).toEqual({ data: { oauthApplications: { __typename: 'OAuthApplicationConnection', totalCount: applications.length } } });
  });
});
