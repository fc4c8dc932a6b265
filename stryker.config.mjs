// Mutation testing of the modules that carry the product's promises (`npm run test:mutation`).
// Not part of `npm test`: a run takes minutes. Survivors judged equivalent are listed, with the
// reason, in test/mutation/equivalent-mutants.md; docs/testing.md holds the latest scores.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/clerk/retry-rules.ts',
    'src/clerk/retry-policy.ts',
    'src/clerk/retry-after.ts',
    'src/clerk/error-from-response.ts',
    'src/clerk/error-from-transport.ts',
    'src/graphql/input-validation.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  // Every module must score at least this; test/mutation/check-scores.mjs enforces it per file.
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
