/**
 * The reshape floor's operations: for each workload document, the Clerk calls the gateway makes
 * (same client, same pool, same per-operation dedupe) and the contract JSON it answers, with no
 * GraphQL parsing, validation or execution. Input checks are the cheap ones the contract needs.
 */
import type { ClerkClient } from '../../../src/clerk/client.js';
import type { OAuthApplicationJson } from '../../../src/clerk/wire-types.js';
import { ALIAS_COUNT, ALIAS_DISTINCT_IDS } from '../constants.js';
import {
  contractConnection,
  contractConnectionIdsAndNames,
  contractCreatePayload,
  contractError,
  typedApplication,
  type Json,
} from './contract-json.js';

type Variables = Record<string, unknown>;
export type FloorOperation = (clerk: ClerkClient, variables: Variables) => Promise<{ data: { [key: string]: Json } }>;

const OAUTH_APPLICATION_ID = /^oa_[0-9A-Za-z]{1,64}$/;
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const NEWEST_FIRST = '-created_at';

class InputError extends Error {
  override readonly name = 'ValidationError';
  readonly code = 'invalid_input';
}

function listLimit(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 500) throw new InputError('limit must be 1 to 500');
  return value;
}

function applicationId(value: unknown): string {
  if (typeof value !== 'string' || !OAUTH_APPLICATION_ID.test(value)) throw new InputError('id is not an application id');
  return value;
}

/** One Clerk GET per distinct id per operation, as the gateway's loader does. */
function lookupOnce(clerk: ClerkClient, known: Map<string, Promise<OAuthApplicationJson>>, id: string): Promise<OAuthApplicationJson> {
  let pending = known.get(id);
  if (pending === undefined) {
    pending = clerk.getOAuthApplication(id, { retry: undefined });
    known.set(id, pending);
  }
  return pending;
}

async function field(work: () => Promise<{ [key: string]: Json }>): Promise<{ [key: string]: Json }> {
  try {
    return await work();
  } catch (error) {
    return contractError(error);
  }
}

const listApps: FloorOperation = async (clerk, variables) => ({
  data: {
    oauthApplications: await field(async () => {
      const list = await clerk.listOAuthApplications({ limit: listLimit(variables.limit), offset: 0, order_by: NEWEST_FIRST });
      return contractConnection(list, 0);
    }),
  },
});

const getApp: FloorOperation = async (clerk, variables) => ({
  data: { oauthApplication: await field(async () => typedApplication(await clerk.getOAuthApplication(applicationId(variables.id)))) },
});

const aliasedGets: FloorOperation = async (clerk, variables) => {
  const known = new Map<string, Promise<OAuthApplicationJson>>();
  const results = await Promise.all(
    Array.from({ length: ALIAS_COUNT }, (_, k) =>
      field(async () => typedApplication(await lookupOnce(clerk, known, applicationId(variables[`i${k % ALIAS_DISTINCT_IDS}`])))),
    ),
  );
  return { data: Object.fromEntries(results.map((result, k) => [`a${k}`, result])) };
};

const listThenNodes: FloorOperation = async (clerk, variables) => {
  const listing = clerk.listOAuthApplications({ limit: listLimit(variables.limit), offset: 0, order_by: NEWEST_FIRST });
  const ids = Array.isArray(variables.ids) ? (variables.ids as unknown[]) : [];
  const list = await listing;
  const onPage = new Map(list.data.map((app) => [app.id, app]));
  const known = new Map<string, Promise<OAuthApplicationJson>>();
  const nodes = await Promise.all(
    ids.map(async (id): Promise<Json> => {
      if (typeof id !== 'string' || !OAUTH_APPLICATION_ID.test(id)) return null;
      const app = onPage.get(id) ?? (await lookupOnce(clerk, known, id).catch(() => null));
      return app === null ? null : typedApplication(app);
    }),
  );
  return { data: { oauthApplications: contractConnectionIdsAndNames(list), nodes } };
};

const createApp: FloorOperation = async (clerk, variables) => ({
  data: {
    createOAuthApplication: await field(async () => {
      const input = (variables.input ?? {}) as { name?: unknown; redirectUris?: unknown; scopes?: unknown; consentScreenEnabled?: unknown; pkceRequired?: unknown; isPublic?: unknown };
      if (typeof input.name !== 'string' || input.name.length === 0 || input.name.length > 256) throw new InputError('input.name is invalid');
      const redirectUris = Array.isArray(input.redirectUris) ? input.redirectUris.map(String) : [];
      for (const uri of redirectUris) {
        if (!URI_SCHEME.test(uri) || !URL.canParse(uri)) throw new InputError('input.redirectUris holds an invalid URI');
      }
      const scopes = Array.isArray(input.scopes) ? input.scopes.map(String) : undefined;
      const created = await clerk.createOAuthApplication({
        name: input.name,
        redirect_uris: redirectUris,
        ...(scopes === undefined ? {} : { scopes: scopes.join(' ') }),
        ...(typeof input.consentScreenEnabled === 'boolean' ? { consent_screen_enabled: input.consentScreenEnabled } : {}),
        ...(typeof input.pkceRequired === 'boolean' ? { pkce_required: input.pkceRequired } : {}),
        ...(typeof input.isPublic === 'boolean' ? { public: input.isPublic } : {}),
      });
      return contractCreatePayload(created);
    }),
  },
});

export const FLOOR_OPERATIONS: Readonly<Record<string, FloorOperation>> = {
  ListApps: listApps,
  GetApp: getApp,
  AliasedGets: aliasedGets,
  ListThenNodes: listThenNodes,
  CreateApp: createApp,
};
