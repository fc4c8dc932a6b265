import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql@16 has no "exports" map: Node loads its CommonJS entry for our dependencies while Vite
    // would pick the ES build for our sources. One instance must serve both.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { extends: true, test: { name: 'gateway', include: ['test/**/*.test.ts'], exclude: ['test/time-zone.test.ts'] } },
      // The suites that read or write dates once more, in a zone far from UTC: no test may pass
      // only because the machine runs in UTC (HTTP dates, Unix-ms timestamps, log times).
      {
        extends: true,
        test: {
          name: 'new-york',
          include: ['test/clerk/**/*.test.ts', 'test/emulator/**/*.test.ts', 'test/observability/**/*.test.ts', 'test/time-zone.test.ts'],
          env: { TZ: 'America/New_York' },
        },
      },
    ],
  },
});
