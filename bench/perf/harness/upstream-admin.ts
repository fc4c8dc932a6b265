/** The bench upstream's admin endpoints, as the suite drives them. */
import type { UpstreamStats } from '../upstream/fast-upstream.js';

async function call<T>(origin: string, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await fetch(origin + path, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (answer.status !== 200) throw new Error(`${method} ${path} on the bench upstream: HTTP ${answer.status}`);
  return (await answer.json()) as T;
}

export const upstreamAdmin = {
  stats: (origin: string) => call<UpstreamStats>(origin, 'GET', '/__bench/stats'),
  resetStats: (origin: string) => call<UpstreamStats>(origin, 'DELETE', '/__bench/stats'),
  setLatency: (origin: string, latency: { minMs: number; maxMs: number } | null) => call<unknown>(origin, 'PUT', '/__bench/latency', latency ?? {}),
  trim: (origin: string) => call<unknown>(origin, 'POST', '/__bench/trim'),
  ids: (origin: string) => call<string[]>(origin, 'GET', '/__bench/ids'),
};
