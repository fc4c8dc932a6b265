/**
 * A graphql-codegen plugin printing schema/subgraph.graphql: the SDL that GATEWAY_FEDERATION serves
 * at `_service { sdl }` and that routers compose (Apollo's printSubgraphSchema: `@link`, `@key`,
 * none of `_service`, `_entities`, `_Any`). It prints the subgraph schema of federation.ts, not the
 * plain schema codegen loads, which has no federation in it. Loaded through codegen's tsx import.
 */
import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSchema } from '../src/graphql/federation.ts';

export const plugin = () => `${printSubgraphSchema(subgraphSchema)}\n`;
