import type { ServerSide } from '../harness/measure.js';
import type { ServerFacts } from '../report/results.js';

const MB = 1024 * 1024;

/** Server-side facts of a cell, per operation answered. */
export function serverFacts(server: ServerSide, operations: number): ServerFacts {
  return {
    cpuMsPerOp: operations > 0 ? server.cpuMs / operations : Number.NaN,
    cpuShare: server.cpuShare,
    foreignShare: server.foreignShare,
    peakRssMb: server.peakRssBytes / MB,
  };
}
