/**
 * Node flags the gateway runs with, wherever it runs: the Docker image's CMD and `npm start` pass
 * them (test/tooling checks both), and the benchmark starts the gateway with them. (V8 reads both at
 * start-up, so they must be given on the command line.)
 *
 * `--single-threaded-gc`: V8 collects on the main thread instead of handing marking and sweeping
 * to helper threads. A replica is given one CPU (deploy/kubernetes limits it to 1), where the
 * helpers only compete with the requests for that CPU. Measured on one pinned core at half the
 * saturation rate: p99 9.6–14 ms instead of 15.6–29 ms and the same or more throughput, for ~15 MB
 * more memory at saturation.
 *
 * `--no-allocation-site-pretenuring`: V8 watches which object literals survive a young collection
 * and, once nearly all of one site's objects do, allocates that site's objects straight in the old
 * generation from then on. Under a burst of 200 callers, requests wait long enough for some of the
 * request path's sites to qualify; afterwards, at any rate, every request sent those objects to the
 * old generation, and it filled in a fraction of a second. Replayed (200-caller list saturation,
 * then two 20-s rounds at 1,750 lists/s, three alternations): with pretenuring 105–174 full
 * collections in the rounds and p99 11.5–23.9 ms; without it 2–3 and 2.6–3.4 ms, 1.4–2× the lists
 * per second during the burst, and 156–167 against 165–177 MB peak RSS. Objects that do live long
 * are copied once more before they are promoted, which costs nothing measurable here.
 */
export const GATEWAY_NODE_FLAGS = ['--single-threaded-gc', '--no-allocation-site-pretenuring'] as const;
