/**
 * Clerk's OAuth-application endpoints: the six operations, their paths, the schema a 2xx body must
 * pass, and the wire types, taken from the types generated from
 * spec/clerk-oauth-applications.openapi.yaml (`npm run generate:wire-types`) so they cannot drift
 * from the spec by hand.
 */
// zod's classic build, not mini (as config.ts uses): it compiles each object schema into one
// checking function, and every Clerk answer passes through these.
import * as z from 'zod';
import type { CallOptions, ClerkRequester } from '../client.js';
import type { components, operations } from '../openapi.generated.js';
import { idSegment, isDeletedObject, queryString, schemaGuard } from '../request-parts.js';
import { createWithRecovery } from './oauth-application-create-recovery.js';

type Schemas = components['schemas'];

export type OAuthApplicationJson = Schemas['OAuthApplication'];
export type OAuthApplicationWithSecretJson = Schemas['OAuthApplicationWithSecret'];
export type OAuthApplicationListJson = Schemas['OAuthApplications'];
export type DeletedObjectJson = Schemas['DeletedObject'];

export type ListOAuthApplicationsQuery = NonNullable<operations['ListOAuthApplications']['parameters']['query']>;
export type CreateOAuthApplicationBody = NonNullable<operations['CreateOAuthApplication']['requestBody']>['content']['application/json'];
export type UpdateOAuthApplicationBody = operations['UpdateOAuthApplication']['requestBody']['content']['application/json'];

const COLLECTION = '/v1/oauth_applications';

export class OAuthApplicationsApi {
  constructor(private readonly client: ClerkRequester) {}

  async list(query: ListOAuthApplicationsQuery, options?: CallOptions): Promise<OAuthApplicationListJson> {
    const { limit, offset, order_by, name_query } = query ?? {};
    return this.client.request(
      {
        operation: 'ListOAuthApplications',
        kind: 'read',
        method: 'GET',
        // Only the parameters given are sent; Clerk's defaults apply to the rest.
        path: COLLECTION + queryString({ limit, offset, order_by, name_query }),
        resourceId: '',
        guard: isOAuthApplicationList,
      },
      options,
    );
  }

  async get(id: string, options?: CallOptions): Promise<OAuthApplicationJson> {
    return this.client.request(
      { operation: 'GetOAuthApplication', kind: 'read', method: 'GET', path: `${COLLECTION}/${idSegment(id)}`, resourceId: id, guard: isOAuthApplication },
      options,
    );
  }

  async create(body: CreateOAuthApplicationBody, options?: CallOptions): Promise<OAuthApplicationWithSecretJson> {
    return this.client.request(
      {
        operation: 'CreateOAuthApplication',
        kind: 'unsafe_write',
        method: 'POST',
        path: COLLECTION,
        body: JSON.stringify(body),
        resourceId: '',
        guard: isOAuthApplicationWithSecret,
      },
      options,
    );
  }

  /**
   * `create`, and when its outcome is unknown, finding out whether it landed: answered with a fresh
   * secret when it did, sent once more when it surely did not (oauth-application-create-recovery.ts).
   */
  async createWithRecovery(body: CreateOAuthApplicationBody, options?: CallOptions): Promise<OAuthApplicationWithSecretJson> {
    return createWithRecovery(this, this.client, body, options);
  }

  async update(id: string, body: UpdateOAuthApplicationBody, options?: CallOptions): Promise<OAuthApplicationJson> {
    return this.client.request(
      {
        operation: 'UpdateOAuthApplication',
        kind: 'idempotent_write',
        method: 'PATCH',
        path: `${COLLECTION}/${idSegment(id)}`,
        body: JSON.stringify(body),
        resourceId: id,
        guard: isOAuthApplication,
      },
      options,
    );
  }

  async delete(id: string, options?: CallOptions): Promise<DeletedObjectJson> {
    return this.client.request(
      {
        operation: 'DeleteOAuthApplication',
        kind: 'idempotent_write',
        method: 'DELETE',
        path: `${COLLECTION}/${idSegment(id)}`,
        resourceId: id,
        guard: isDeletedObject,
        // An earlier attempt of this call may have deleted the app before its answer was lost (a
        // transport failure after sending, or a 5xx); the retry then meets a 404. The caller asked
        // for the app to be gone and it is, so that 404 is reported as the deletion. The only false
        // positive is an id that never existed whose first attempt was lost: the end state (no such
        // app) is the same. A 404 on the first attempt, or after attempts Clerk surely did not
        // act on, stays a NotFoundError.
        resultForNotFoundAfterMaybeApplied: () => ({ object: 'oauth_application', id, deleted: true }),
      },
      options,
    );
  }

  /**
   * Rotates again when an attempt's answer was lost (a timeout or reset after sending, a 5xx, an
   * unreadable 2xx): the secret that attempt may have issued was seen by nobody, so replacing it
   * is what the caller asked for, and the secret answered is the one Clerk holds.
   */
  async rotateSecret(id: string, options?: CallOptions): Promise<OAuthApplicationWithSecretJson> {
    return this.client.request(
      {
        operation: 'RotateOAuthApplicationSecret',
        kind: 'reissuing_write',
        method: 'POST',
        path: `${COLLECTION}/${idSegment(id)}/rotate_secret`,
        resourceId: id,
        guard: isOAuthApplicationWithSecret,
      },
      options,
    );
  }
}

/**
 * What a 2xx body must hold for the gateway to use it: every field it reads, with its wire type
 * (`openapi.generated.ts`), so that a body Clerk did not mean (a proxy's, a truncated or changed
 * one) becomes an error here instead of a crash while the answer is built. Fields nothing reads
 * (`object`) are not checked, and unknown ones are let through, so Clerk can add fields freely.
 * `client_uri`, `client_image_url` and the deprecated `callback_url` are read with a fallback, so
 * their absence is tolerated.
 */
const nonEmptyText = z.string().min(1);
/** Unix milliseconds that a date can hold (±8.64e15), never before 1970. */
const timestamp = z.int().min(0).max(8_640_000_000_000_000);
const optionalText = z.optional(z.nullable(z.string()));

/** Each field checked as a wire field of its wire type (absence and null aside): a misspelt or mistyped one fails to compile. */
type WireFieldSchemas<Wire> = { [Field in keyof Wire]?: z.ZodType<Wire[Field] | null | undefined> };

const applicationFields = {
  id: nonEmptyText,
  instance_id: z.string(),
  name: z.string(),
  client_id: z.string(),
  client_uri: optionalText,
  client_image_url: optionalText,
  dynamically_registered: z.boolean(),
  consent_screen_enabled: z.boolean(),
  pkce_required: z.boolean(),
  public: z.boolean(),
  scopes: z.string(),
  redirect_uris: z.array(z.string()),
  callback_url: optionalText,
  authorize_url: z.string(),
  token_fetch_url: z.string(),
  user_info_url: z.string(),
  discovery_url: z.string(),
  token_introspection_url: z.string(),
  created_at: timestamp,
  updated_at: timestamp,
} satisfies WireFieldSchemas<OAuthApplicationJson>;

const applicationSchema = z.object(applicationFields);
const applicationWithSecretSchema = z.object({ ...applicationFields, client_secret: z.optional(z.string()) });
const applicationListSchema = z.object({
  data: z.array(applicationSchema),
  // Exposed as a GraphQL Int (32 bits).
  total_count: z.int().min(0).max(2_147_483_647),
});

const isOAuthApplication = schemaGuard<OAuthApplicationJson>(applicationSchema);
const isOAuthApplicationWithSecret = schemaGuard<OAuthApplicationWithSecretJson>(applicationWithSecretSchema);
const isOAuthApplicationList = schemaGuard<OAuthApplicationListJson>(applicationListSchema);
