import DataLoader from 'dataloader';
import { type CallOptions, callOptions, type ClerkClient } from '../../clerk/client.js';
import type { RetryOverride } from '../../clerk/retry-policy.js';
import type { OAuthApplicationJson, OAuthApplicationListJson } from '../../clerk/resources/oauth-applications.js';
import { perRequest } from '../../context.js';
import { type OAuthApplicationNode, toOAuthApplicationNode } from './oauth-application-node.js';

interface LoadKey {
  readonly id: string;
  readonly retry: RetryOverride | undefined;
}

/**
 * Per-request cache of applications by id: identical ids in one operation cost one Clerk call, and
 * list pages and mutations prime it so later lookups cost none. Clerk has no batch get, so a batch
 * is one GET per distinct id, issued together. When the same id is asked for with different retry
 * overrides, the first request's override is used: it is one call.
 *
 * Root query fields run in parallel, so a `node` lookup may start while a list in the same
 * operation is still in flight. A batch therefore waits for the lists in flight and serves the ids
 * they returned, trading one list round trip of latency for the Clerk calls it saves.
 */
export class OAuthApplicationLoader {
  readonly #clerk: ClerkClient;
  readonly #callOptions: Omit<CallOptions, 'retry'>;
  /** Built on the first lookup Clerk must answer: most operations (a list, a mutation) need none. */
  #loader: DataLoader<LoadKey, OAuthApplicationNode, string> | undefined;
  /** What lists and mutations of this operation returned: served without a call. */
  readonly #known = new Map<string, OAuthApplicationNode>();
  readonly #listsInFlight = new Set<Promise<unknown>>();

  /** `callOptions` (the request's signal, and the caller's key in pass-through mode) go with every lookup. */
  constructor(clerk: ClerkClient, callOptions: Omit<CallOptions, 'retry'>) {
    this.#clerk = clerk;
    this.#callOptions = callOptions;
  }

  load(id: string, retry?: RetryOverride): Promise<OAuthApplicationNode> {
    const known = this.#known.get(id);
    if (known !== undefined) return Promise.resolve(known);
    this.#loader ??= this.#createLoader();
    return this.#loader.load({ id, retry });
  }

  /** Lets lookups in the same operation wait for this list and use what it returns: the page's nodes. */
  async primeFromList(listing: Promise<OAuthApplicationListJson>): Promise<{ readonly nodes: OAuthApplicationNode[]; readonly totalCount: number }> {
    this.#listsInFlight.add(listing);
    try {
      const list = await listing;
      const nodes = list.data.map((application) => this.prime(application));
      return { nodes, totalCount: list.total_count };
    } finally {
      this.#listsInFlight.delete(listing);
    }
  }

  /** Replaces the cached copy; returns it. The client secret never enters a node. */
  prime(application: OAuthApplicationJson): OAuthApplicationNode {
    const node = toOAuthApplicationNode(application);
    this.#known.set(node.id, node);
    // An earlier lookup's answer is stale now; later lookups find the node above.
    this.#loader?.clear({ id: node.id, retry: undefined });
    return node;
  }

  forget(id: string): void {
    this.#known.delete(id);
    this.#loader?.clear({ id, retry: undefined });
  }

  #createLoader(): DataLoader<LoadKey, OAuthApplicationNode, string> {
    return new DataLoader<LoadKey, OAuthApplicationNode, string>(
      async (keys) => {
        if (this.#listsInFlight.size > 0) await Promise.allSettled(this.#listsInFlight);
        return Promise.all(
          keys.map(
            (key) =>
              this.#known.get(key.id) ??
              this.#clerk
                .oauthApplications.get(key.id, callOptions(this.#callOptions.secretKey, key.retry, this.#callOptions.signal))
                .then(toOAuthApplicationNode, (error: unknown) => toError(error)),
          ),
        );
      },
      { cacheKeyFn: (key) => key.id },
    );
  }
}

/** The request's loader: built on its first use, gone with the request's context. */
export const oauthApplicationLoader = perRequest(
  (context) => new OAuthApplicationLoader(context.clerk, callOptions(context.clerkOptions.secretKey, undefined, context.signal)),
);

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error('Unknown failure while loading an OAuth application');
}
