import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import type { GatewayContext } from '../context.js';
import { recordHandledError } from '../observability/request-records.js';

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
  plugins: [ErrorsPlugin],
  defaultFieldNullability: false,
  // Handled errors are counted per request (metrics, logs); nothing else sees them.
  errors: { defaultTypes: [], onResolvedError: recordHandledError },
});
