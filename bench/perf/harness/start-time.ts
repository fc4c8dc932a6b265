/**
 * Time from process start to the first answered query: the gateway is spawned and sent the list
 * query every 2 ms until one comes back with data.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_CORE } from '../constants.js';
import type { WorkloadPlan } from '../workloads/http-call.js';
import { spawnChild, stopProcess } from './child.js';
import { freePort } from './free-port.js';
import type { Pinning } from './pinning.js';
import { gatewayEnv } from './topology.js';

const TIMEOUT_MS = 30_000;

async function answered(origin: string, plan: WorkloadPlan): Promise<boolean> {
  try {
    const call = plan.calls[0]!;
    const answer = await fetch(origin + call.path, { method: call.method, headers: call.headers, ...(call.body === undefined ? {} : { body: call.body }) });
    return answer.status === 200 && plan.verify(await answer.text());
  } catch {
    return false;
  }
}

export async function startToFirstAnswerMs(pinning: Pinning, nodeArgs: readonly string[], upstreamOrigin: string, plan: WorkloadPlan): Promise<number> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const { process: child, spawnedAt, stderr } = spawnChild(
    { name: 'gateway (start time)', core: SERVER_CORE, nodeArgs, env: gatewayEnv(upstreamOrigin, port), port, readyPath: '/health' },
    pinning,
  );
  try {
    for (;;) {
      if (await answered(origin, plan)) return performance.now() - spawnedAt;
      if (child.exitCode !== null) throw new Error(`the gateway exited during start:\n${stderr()}`);
      if (performance.now() - spawnedAt > TIMEOUT_MS) throw new Error(`no answer within ${TIMEOUT_MS} ms:\n${stderr()}`);
      await sleep(2);
    }
  } finally {
    await stopProcess(child);
  }
}
