/**
 * Clerk's OAuth-application endpoints: the six operations, their paths, the checks a 2xx body must
 * pass, and the wire types, taken from the types generated from
 * spec/clerk-oauth-applications.openapi.yaml (`npm run generate:wire-types`) so they cannot drift
 * from the spec by hand.
 */
import type { CallOptions, ClerkRequester } from '../client.js';
import type { components, operations } from '../openapi.generated.js';
import { idSegment, isDeletedObject, isRecord, queryString } from '../request-parts.js';
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
 * Minimal checks that a 2xx body is the operation's result: they catch a proxy's page, an empty
 * body or a wrong endpoint, not every field, so a missing optional detail does not turn a success
 * into an error.
 */
function isOAuthApplication(value: unknown): value is OAuthApplicationJson {
  return isRecord(value) && typeof value.id === 'string' && value.id !== '';
}

function isOAuthApplicationWithSecret(value: unknown): value is OAuthApplicationWithSecretJson {
  if (!isOAuthApplication(value)) return false;
  const secret = (value as Record<string, unknown>).client_secret;
  return secret === undefined || typeof secret === 'string';
}

function isOAuthApplicationList(value: unknown): value is OAuthApplicationListJson {
  return isRecord(value) && Array.isArray(value.data) && value.data.every(isOAuthApplication) && typeof value.total_count === 'number';
}
