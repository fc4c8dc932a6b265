/**
 * Node flags the gateway runs with, wherever it runs: the Docker image's CMD and `npm start` pass
 * them (test/tooling checks both), and the benchmark starts the gateway with them.
 *
 * `--single-threaded-gc`: V8 collects on the main thread instead of handing marking and sweeping
 * to helper threads. A replica is given one CPU (deploy/kubernetes limits it to 1), where the
 * helpers only compete with the requests for that CPU. Measured on one pinned core at half the
 * saturation rate: p99 9.6–14 ms instead of 15.6–29 ms and the same or more throughput, for ~15 MB
 * more memory at saturation. (It must be given on the command line: V8 cannot switch it later.)
 */
export const GATEWAY_NODE_FLAGS = ['--single-threaded-gc'] as const;
