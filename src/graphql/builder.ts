import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import ErrorsPlugin from '@pothos/plugin-errors';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';
import { HANDLED_ERRORS_PLUGIN } from './handled-errors-plugin.js';
import { CONNECTION_OPTIONS } from './pagination.js';

/** Configures the schema builder only; types live in their own files and schema.ts assembles them. */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: false;
  Scalars: {
    DateTime: { Input: Date; Output: number };
    ID: { Input: string; Output: string };
  };
}>({
  // The handled-errors plugin after the errors plugin, so that it wraps the resolver itself. The
  // federation plugin (which needs the directives plugin) only annotates types: federation.ts
  // builds the subgraph from them, schema.ts leaves them out of the plain schema.
  plugins: [ErrorsPlugin, RelayPlugin, DirectivesPlugin, FederationPlugin, HANDLED_ERRORS_PLUGIN],
  defaultFieldNullability: false,
  errors: { defaultTypes: [] },
  // Only the relay plugin's connection types are used: node.ts defines Node, node and nodes.
  relay: CONNECTION_OPTIONS,
});
