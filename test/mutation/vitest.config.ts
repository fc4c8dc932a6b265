import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

// The suites that guard the mutated modules (stryker.config.mjs): the Clerk client's and the
// GraphQL layer's. One project only, so each test runs once per mutant.
export default mergeConfig(
  { ...base, test: { ...base.test, projects: undefined } },
  defineConfig({ test: { include: ['test/clerk/**/*.test.ts', 'test/graphql/**/*.test.ts'] } }),
);
