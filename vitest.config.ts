import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

const HTTP_SUITES = [
  'test/graphql/**/*.test.ts',
  'test/security/**/*.test.ts',
  'test/server/**/*.test.ts',
  'test/observability/**/*.test.ts',
  'test/examples/**/*.test.ts',
  'test/scale-out/read-cache-across-replicas.test.ts',
];

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
      // The suites about HTTP behaviour once more, through Yoga's listener alone: the gateway's
      // direct path for GraphQL POSTs must answer every one of them exactly as Yoga does.
      {
        extends: true,
        test: {
          name: 'yoga-path',
          include: HTTP_SUITES,
          // These two serve both listeners side by side themselves; the admission gate's suite
          // serves a listener of its own.
          exclude: ['test/server/http-paths-agree.test.ts', 'test/server/gateway-listener.test.ts', 'test/server/admission-gate.test.ts'],
          env: { GATEWAY_HTTP_PATH: 'yoga' },
        },
      },
    ],
  },
});
