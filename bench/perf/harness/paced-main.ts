/** Entry of the generator process (paced-process.ts): one paced run, its result as a JSON line on stdout. */
import { workload } from '../workloads/workloads.js';
import { runPaced } from './paced-load.js';
import type { PacedJob } from './paced-process.js';

const job = JSON.parse(process.argv[2] ?? '') as PacedJob;
const plan = workload(job.workload).plan(job.protocol, job.ids);
if (plan === null) throw new Error(`workload ${job.workload} has no ${job.protocol} form`);
const result = await runPaced(job.origin, plan, job.options);
process.stdout.write(`${JSON.stringify(result)}\n`);
