/** Child process entry of a bench upstream: `node --import tsx bench/perf/upstream/main.ts <port>`. */
import { startFastUpstream } from './fast-upstream.js';
import { seedUpstream } from './seed.js';

const port = Number(process.argv[2] ?? '0');
const upstream = await startFastUpstream(port, seedUpstream);

const stop = (): void => {
  void upstream.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
