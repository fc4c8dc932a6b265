import { callOptions } from '../../clerk/client.js';
import { IdempotencyConflictError, ValidationError } from '../../clerk/errors.js';
import type { CreateOAuthApplicationBody } from '../../clerk/resources/oauth-applications.js';
import { builder } from '../builder.js';
import { resultTypeName } from '../result-type-name.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems } from '../input-validation.js';
import { OAuthApplication } from './oauth-application.js';
import type { OAuthApplicationNode } from './oauth-application-node.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';
import { checkApplicationFields, toClerkApplicationFields } from './application-fields.js';
import { oauthApplicationLoader } from './oauth-application-loader.js';
import { checkIdempotencyKey, idempotencyKeyField, onceForKey, replayedField } from '../idempotency.js';

interface CreatePayload {
  readonly kind: 'CreateOAuthApplicationPayload';
  readonly application: OAuthApplicationNode;
  readonly clientSecret: string | null;
  readonly replayed: boolean;
}

const CreateOAuthApplicationInput = builder.inputType('CreateOAuthApplicationInput', {
  description: 'A new OAuth application.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Display name, at most 256 characters.' }),
    redirectUris: t.stringList({ description: 'Redirect URIs; any scheme (https://, myapp://) is allowed.' }),
    callbackUrl: t.string({ deprecationReason: 'Use redirectUris.', description: 'A single redirect URI (Clerk\'s deprecated callback_url).' }),
    scopes: t.stringList({ description: 'Defaults to ["profile", "email"] (Clerk\'s default).' }),
    consentScreenEnabled: t.boolean({ description: 'Show a consent screen (Clerk\'s default: true).' }),
    pkceRequired: t.boolean({ description: 'Require PKCE (Clerk\'s default: false).' }),
    isPublic: t.boolean({ description: 'A public client has no secret and uses PKCE (default: false).' }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

const CreateOAuthApplicationPayload = builder.objectRef<CreatePayload>('CreateOAuthApplicationPayload').implement({
  description: 'The created application and its secret.',
  isTypeOf: (value) => (value as Partial<CreatePayload>).kind === 'CreateOAuthApplicationPayload',
  fields: (t) => ({
    oauthApplication: t.field({ type: OAuthApplication, description: 'The new application.', resolve: (payload) => payload.application }),
    clientSecret: t.exposeString('clientSecret', { nullable: true, description: 'Shown once; null for public applications.' }),
    replayed: replayedField(t),
  }),
});

const CreateOAuthApplicationResult = builder.errorUnion('CreateOAuthApplicationResult', {
  description: 'The created application, or why it was not created.',
  types: [CreateOAuthApplicationPayload, ValidationError, ...COMMON_ERRORS, IdempotencyConflictError],
  resolveType: resultTypeName,
});

builder.mutationField('createOAuthApplication', (t) =>
  t.field({
    type: CreateOAuthApplicationResult,
    description:
      'Creates an OAuth application. Never sent twice when Clerk may have acted: when an answer is lost, the gateway lists the applications of that name and answers the one created (with a freshly rotated secret), or sends the create once more when none was; an UpstreamError with outcomeUnknown means it could not tell: check the list before trying again.',
    args: {
      input: t.arg({ type: CreateOAuthApplicationInput, required: true, description: 'The new application.' }),
      ...retriesArgument(),
    },
    resolve: async (_root, { input, retries }, context) => {
      const problems = new InputProblems();
      checkApplicationFields(input, problems);
      checkIdempotencyKey(problems, input.idempotencyKey, context.caller);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();

      const body: CreateOAuthApplicationBody = Object.assign(toClerkApplicationFields(input), { name: input.name });
      return onceForKey(context, { operation: 'createOAuthApplication', input, retry, secretFields: ['clientSecret'] }, async () => {
        // A write is not cancelled by the caller going away: once sent, its outcome must be known.
        const created = await context.clerk.oauthApplications.createWithRecovery(body, callOptions(context.clerkOptions.secretKey, retry, undefined));
        return {
          kind: 'CreateOAuthApplicationPayload',
          application: oauthApplicationLoader(context).prime(created),
          clientSecret: created.client_secret || null,
        } satisfies Omit<CreatePayload, 'replayed'>;
      });
    },
  }),
);
