/** Facts every part of the performance suite agrees on. */

/** The one key the bench upstream accepts; shaped like a Clerk key so the gateway's config takes it. */
export const BENCH_SECRET_KEY = 'sk_test_perfbenchkey0000000000000000';
export const CLERK_API_VERSION = '2026-05-12';

/** Applications seeded into every upstream (the issue asks for at least 25). */
export const SEEDED_APPLICATIONS = 25;
/**
 * Connections to the upstream for every target: the gateway and the floor (CLERK_MAX_CONCURRENCY, whose
 * default this is) and the pass-through proxy's pool.
 */
export const UPSTREAM_CONNECTIONS = 64;
/** Page size of the list workload. */
export const LIST_LIMIT = 20;
/** Distinct ids behind the 20-alias query. */
export const ALIAS_DISTINCT_IDS = 5;
export const ALIAS_COUNT = 20;

/** The server under test runs alone on one core; load generator and shared upstream share the other. */
export const SERVER_CORE = 0;
export const LOAD_CORE = 1;
