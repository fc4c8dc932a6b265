import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The schema comes from the Pothos code itself; `npm test` runs this with --check, so the
 * committed SDL and typed documents never drift from the code.
 */
const config: CodegenConfig = {
  schema: './src/graphql/schema.ts',
  documents: ['schema/operations/*.graphql', 'test/**/*.ts', '!test/generated/**'],
  ignoreNoDocuments: false,
  importExtension: '.js',
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { includeDirectives: true, sort: true, commentDescriptions: false },
    },
    'test/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
