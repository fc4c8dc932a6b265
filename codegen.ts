import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The schema comes from the Pothos code itself; `npm test` runs this with --check, so the
 * committed SDL, typed documents and persisted documents never drift from the code.
 */
const persistedDocuments = { hashAlgorithm: 'sha256' } as const;
const typedDocumentsConfig = { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } };

const config: CodegenConfig = {
  schema: './src/graphql/schema.ts',
  ignoreNoDocuments: false,
  importExtension: '.js',
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true, sort: true, commentDescriptions: false },
    },
    // The Federation v2 subgraph served with GATEWAY_FEDERATION=true, as routers compose it.
    'schema/subgraph.graphql': {
      plugins: ['./scripts/codegen-subgraph-sdl.mjs'],
    },
    // The typed client for the example operations, with the persisted documents that the
    // trusted-documents mode (GATEWAY_TRUSTED_DOCUMENTS) accepts.
    'schema/client/': {
      documents: ['schema/operations/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments },
      config: typedDocumentsConfig,
    },
    // Which types each union and interface can be: Apollo Client's cache needs them to read
    // fragments on Error and Node (InMemoryCache({ possibleTypes })).
    'schema/client/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
    // The admin console's own operations (examples/admin-console), typed for its urql client.
    'examples/admin-console/src/gql/': {
      documents: ['examples/admin-console/src/graphql/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typedDocumentsConfig,
    },
    'test/generated/': {
      documents: ['test/**/*.ts', '!test/generated/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments },
      config: typedDocumentsConfig,
    },
  },
};

export default config;
