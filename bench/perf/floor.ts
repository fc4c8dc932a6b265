/**
 * The reshape floor (a child process, env as the gateway's): node:http, the gateway's own ClerkClient
 * (same config, same undici pool, one Clerk GET per distinct id per operation), a hand-written
 * mapping to exactly the JSON the gateway answers for the workload documents, and JSON.stringify.
 * No GraphQL: it answers the gateway's POST /graphql requests by operationName, so both are sent the
 * same bytes. The bench compares its first answers with the gateway's, byte for byte.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ClerkClient } from '../../src/clerk/client.js';
import type { OAuthApplicationJson, OAuthApplicationListJson } from '../../src/clerk/resources/oauth-applications.js';
import { loadConfig } from '../../src/config.js';
import { ALIAS_COUNT, ALIAS_DISTINCT_IDS } from './config.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Variables = Record<string, unknown>;

const OAUTH_APPLICATION_ID = /^oa_[0-9A-Za-z]{1,64}$/;
const NEWEST_FIRST = '-created_at';

class InputError extends Error {
  override readonly name = 'ValidationError';
  readonly code = 'invalid_input';
}

function fields(app: OAuthApplicationJson): JsonObject {
  return {
    id: app.id,
    instanceId: app.instance_id,
    name: app.name,
    clientId: app.client_id,
    clientUri: app.client_uri ?? null,
    clientImageUrl: app.client_image_url ?? null,
    isPublic: app.public,
    dynamicallyRegistered: app.dynamically_registered,
    consentScreenEnabled: app.consent_screen_enabled,
    pkceRequired: app.pkce_required,
    scopes: app.scopes.split(' ').filter((scope) => scope !== ''),
    redirectUris: app.redirect_uris,
    callbackUrl: app.callback_url || null,
    authorizeUrl: app.authorize_url,
    tokenFetchUrl: app.token_fetch_url,
    userInfoUrl: app.user_info_url,
    discoveryUrl: app.discovery_url,
    tokenIntrospectionUrl: app.token_introspection_url,
    createdAt: new Date(app.created_at).toISOString(),
    updatedAt: new Date(app.updated_at).toISOString(),
  };
}

const application = (app: OAuthApplicationJson): JsonObject => ({ __typename: 'OAuthApplication', ...fields(app) });
const cursor = (offset: number): string => Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');

function connection(list: OAuthApplicationListJson): JsonObject {
  const count = list.data.length;
  return {
    __typename: 'OAuthApplicationConnection',
    totalCount: list.total_count,
    pageInfo: { hasNextPage: count < list.total_count, hasPreviousPage: false, startCursor: count > 0 ? cursor(0) : null, endCursor: count > 0 ? cursor(count - 1) : null },
    nodes: list.data.map(fields),
  };
}

/** A typed error as the documents select it (`... on Error { code message }`). */
async function field(work: () => Promise<JsonObject>): Promise<JsonObject> {
  try {
    return await work();
  } catch (error) {
    const named = error as { name?: unknown; code?: unknown; message?: unknown };
    return {
      __typename: typeof named.name === 'string' ? named.name : 'UpstreamError',
      code: typeof named.code === 'string' ? named.code : 'internal',
      message: typeof named.message === 'string' ? named.message : 'Unexpected failure',
    };
  }
}

function limit(value: unknown): number {
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
    pending = clerk.oauthApplications.get(id);
    known.set(id, pending);
  }
  return pending;
}

const OPERATIONS: Readonly<Record<string, (clerk: ClerkClient, variables: Variables) => Promise<JsonObject>>> = {
  ListApps: async (clerk, variables) => ({
    oauthApplications: await field(async () => connection(await clerk.oauthApplications.list({ limit: limit(variables.limit), offset: 0, order_by: NEWEST_FIRST }))),
  }),
  GetApp: async (clerk, variables) => ({ oauthApplication: await field(async () => application(await clerk.oauthApplications.get(applicationId(variables.id)))) }),
  AliasedGets: async (clerk, variables) => {
    const known = new Map<string, Promise<OAuthApplicationJson>>();
    const results = await Promise.all(
      Array.from({ length: ALIAS_COUNT }, (_, k) => field(async () => application(await lookupOnce(clerk, known, applicationId(variables[`i${k % ALIAS_DISTINCT_IDS}`]))))),
    );
    return Object.fromEntries(results.map((result, k) => [`a${k}`, result]));
  },
  ListThenNodes: async (clerk, variables) => {
    const list = await clerk.oauthApplications.list({ limit: limit(variables.limit), offset: 0, order_by: NEWEST_FIRST });
    const onPage = new Map(list.data.map((app) => [app.id, app]));
    const known = new Map<string, Promise<OAuthApplicationJson>>();
    const ids = Array.isArray(variables.ids) ? (variables.ids as unknown[]) : [];
    const nodes = await Promise.all(
      ids.map(async (id): Promise<Json> => {
        if (typeof id !== 'string' || !OAUTH_APPLICATION_ID.test(id)) return null;
        const app = onPage.get(id) ?? (await lookupOnce(clerk, known, id).catch(() => null));
        return app === null ? null : application(app);
      }),
    );
    return { oauthApplications: { __typename: 'OAuthApplicationConnection', totalCount: list.total_count, nodes: list.data.map((app) => ({ id: app.id, name: app.name })) }, nodes };
  },
};

const config = loadConfig();
if (config.upstream.mode !== 'clerk') throw new Error('the reshape floor needs CLERK_SECRET_KEY and CLERK_API_URL');
const clerk = new ClerkClient({
  apiUrl: config.upstream.apiUrl,
  secretKey: config.upstream.secretKey,
  apiVersion: config.clerkApiVersion,
  maxCallDurationMs: config.maxCallDurationMs,
  attemptTimeoutMs: config.attemptTimeoutMs,
  rateLimit: config.clerkRateLimit,
  maxConcurrentRequests: config.maxConcurrentRequests,
  maxQueuedRequests: config.maxQueuedRequests,
});

function answer(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)), 'cache-control': 'no-store' });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.url === '/health') return answer(res, 200, '{"status":"ok"}');
  if (req.method !== 'POST' || req.url !== '/graphql') return answer(res, 404, '{"errors":[{"message":"not found"}]}');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > config.maxBodyBytes) return answer(res, 413, '{"errors":[{"message":"body too large"}]}');
    chunks.push(chunk as Buffer);
  }
  const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; variables?: Variables };
  const operation = OPERATIONS[request.operationName ?? ''];
  if (operation === undefined) return answer(res, 400, '{"errors":[{"message":"unknown operation"}]}');
  answer(res, 200, JSON.stringify({ data: await operation(clerk, request.variables ?? {}) }));
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) answer(res, 500, '{"errors":[{"message":"Unexpected error."}]}');
    else res.destroy();
  });
});
server.listen(config.port, config.host);

const stop = (): void => {
  server.close();
  server.closeAllConnections();
  void clerk.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
