/** One HTTP request of a workload, as both load generators send it. */
export interface HttpCall {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** What a target is sent for one workload: the calls, cycled, and how to tell a good answer. */
export interface WorkloadPlan {
  readonly calls: readonly HttpCall[];
  /** True for an answer that carries the data asked for (not a typed error, not an `errors` array). */
  readonly verify: (body: string) => boolean;
}
