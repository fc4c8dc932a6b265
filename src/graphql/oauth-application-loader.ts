import DataLoader from 'dataloader';
import type { CallOptions, ClerkClient } from '../clerk/client.js';
import type { RetryOverride } from '../clerk/retry-policy.js';
import type { OAuthApplicationJson, OAuthApplicationListJson, OAuthApplicationWithSecretJson } from '../clerk/wire-types.js';

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
  readonly #loader: DataLoader<LoadKey, OAuthApplicationJson, string>;
  readonly #known = new Map<string, OAuthApplicationJson>();
  readonly #listsInFlight = new Set<Promise<unknown>>();

  /** `callOptions` (the request's signal, and the caller's key in pass-through mode) go with every lookup. */
  constructor(clerk: ClerkClient, callOptions: Omit<CallOptions, 'retry'>) {
    this.#loader = new DataLoader<LoadKey, OAuthApplicationJson, string>(
      async (keys) => {
        if (this.#listsInFlight.size > 0) await Promise.allSettled(this.#listsInFlight);
        return Promise.all(
          keys.map(
            (key) =>
              this.#known.get(key.id) ??
              clerk.getOAuthApplication(key.id, { ...callOptions, retry: key.retry }).catch((error: unknown) => toError(error)),
          ),
        );
      },
      { cacheKeyFn: (key) => key.id },
    );
  }

  load(id: string, retry?: RetryOverride): Promise<OAuthApplicationJson> {
    return this.#loader.load({ id, retry });
  }

  /** Lets lookups in the same operation wait for this list and use what it returns. */
  async primeFromList(listing: Promise<OAuthApplicationListJson>): Promise<OAuthApplicationListJson> {
    this.#listsInFlight.add(listing);
    try {
      const list = await listing;
      for (const application of list.data) this.prime(application);
      return list;
    } finally {
      this.#listsInFlight.delete(listing);
    }
  }

  /** Replaces the cached copy. The client secret never enters the cache. */
  prime(application: OAuthApplicationJson | OAuthApplicationWithSecretJson): void {
    const copy = withoutSecret(application);
    this.#known.set(copy.id, copy);
    this.#loader.clear({ id: copy.id, retry: undefined }).prime({ id: copy.id, retry: undefined }, copy);
  }

  forget(id: string): void {
    this.#known.delete(id);
    this.#loader.clear({ id, retry: undefined });
  }
}

export function withoutSecret(application: OAuthApplicationJson | OAuthApplicationWithSecretJson): OAuthApplicationJson {
  if (!('client_secret' in application)) return application;
  const { client_secret: _secret, ...rest } = application;
  return rest;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error('Unknown failure while loading an OAuth application');
}
