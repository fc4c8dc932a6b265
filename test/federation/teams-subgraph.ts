import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

export interface Team {
  readonly name: string;
  /** The applications the team owns: ids only, the gateway's subgraph knows the rest. */
  readonly applicationIds: readonly string[];
}

/**
 * A second subgraph, as another team would write it: Teams own OAuth applications they know by
 * id only (`@key(fields: "id", resolvable: false)`), so the router asks the gateway's subgraph
 * for every other field of an application.
 */
export const TEAMS_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])

  type Query {
    teams: [Team!]!
  }

  type Team {
    name: String!
    applications: [OAuthApplication!]!
  }

  type OAuthApplication @key(fields: "id", resolvable: false) {
    id: ID!
  }
`;

export interface TeamsSubgraph {
  /** Its GraphQL endpoint, on an ephemeral loopback port. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startTeamsSubgraph(teams: readonly Team[]): Promise<TeamsSubgraph> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(TEAMS_SDL),
    resolvers: {
      Query: { teams: () => teams },
      Team: { applications: (team: Team) => team.applicationIds.map((id) => ({ __typename: 'OAuthApplication', id })) },
    },
  });
  const server = createServer(createYoga({ schema, logging: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
