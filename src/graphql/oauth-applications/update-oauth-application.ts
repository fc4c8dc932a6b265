import { callOptions } from '../../clerk/client.js';
import { IdempotencyConflictError, NotFoundError, ValidationError } from '../../clerk/errors.js';
import { builder } from '../builder.js';
import { resultTypeName } from '../result-type-name.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems } from '../input-validation.js';
import { OAUTH_APPLICATION_ID } from './oauth-application-id.js';
import { OAuthApplication } from './oauth-application.js';
import type { OAuthApplicationNode } from './oauth-application-node.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';
import { checkApplicationFields, toClerkApplicationFields } from './application-fields.js';
import { oauthApplicationLoader } from './oauth-application-loader.js';
import { checkIdempotencyKey, idempotencyKeyField, onceForKey, replayedField } from '../idempotency.js';

interface UpdatePayload {
  readonly kind: 'UpdateOAuthApplicationPayload';
  readonly application: OAuthApplicationNode;
  readonly replayed: boolean;
}

const UpdateOAuthApplicationInput = builder.inputType('UpdateOAuthApplicationInput', {
  description: 'Only the fields given are changed.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The application to change (oa_...).' }),
    name: t.string({ description: 'New display name, at most 256 characters.' }),
    redirectUris: t.stringList({ description: 'Replaces the redirect URIs.' }),
    callbackUrl: t.string({ deprecationReason: 'Use redirectUris.', description: 'Replaces the redirect URIs with this one (Clerk\'s deprecated callback_url).' }),
    scopes: t.stringList({ description: 'Replaces the scopes.' }),
    consentScreenEnabled: t.boolean({ description: 'Show a consent screen.' }),
    pkceRequired: t.boolean({ description: 'Require PKCE.' }),
    isPublic: t.boolean({ description: 'Make the client public (no secret) or confidential; rotate the secret to obtain one after switching to confidential.' }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

const UpdateOAuthApplicationPayload = builder.objectRef<UpdatePayload>('UpdateOAuthApplicationPayload').implement({
  description: 'The application as it is after the change.',
  isTypeOf: (value) => (value as Partial<UpdatePayload>).kind === 'UpdateOAuthApplicationPayload',
  fields: (t) => ({
    oauthApplication: t.field({ type: OAuthApplication, description: 'The updated application.', resolve: (payload) => payload.application }),
    replayed: replayedField(t),
  }),
});

const UpdateOAuthApplicationResult = builder.errorUnion('UpdateOAuthApplicationResult', {
  description: 'The updated application, or why it was not updated.',
  types: [UpdateOAuthApplicationPayload, ValidationError, NotFoundError, ...COMMON_ERRORS, IdempotencyConflictError],
  resolveType: resultTypeName,
});

builder.mutationField('updateOAuthApplication', (t) =>
  t.field({
    type: UpdateOAuthApplicationResult,
    description: 'Changes only the fields given; omitted or null fields keep their values.',
    args: {
      input: t.arg({ type: UpdateOAuthApplicationInput, required: true, description: 'The id and the fields to change.' }),
      ...retriesArgument(),
    },
    resolve: async (_root, { input, retries }, context) => {
      const problems = new InputProblems();
      problems.checkClerkId('input.id', input.id, OAUTH_APPLICATION_ID);
      checkApplicationFields(input, problems);
      checkIdempotencyKey(problems, input.idempotencyKey, context.caller);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();

      return onceForKey(context, { operation: 'updateOAuthApplication', input, retry }, async () => {
        const updated = await context.clerk.oauthApplications.update(input.id, toClerkApplicationFields(input), callOptions(context.clerkOptions.secretKey, retry, undefined));
        return { kind: 'UpdateOAuthApplicationPayload', application: oauthApplicationLoader(context).prime(updated) } satisfies Omit<UpdatePayload, 'replayed'>;
      });
    },
  }),
);
