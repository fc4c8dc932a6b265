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
import { oauthApplicationLoader } from './oauth-application-loader.js';
import { checkIdempotencyKey, idempotencyKeyField, onceForKey, replayedField } from '../idempotency.js';

interface RotatePayload {
  readonly kind: 'RotateOAuthApplicationSecretPayload';
  readonly application: OAuthApplicationNode;
  readonly clientSecret: string | null;
  readonly replayed: boolean;
}

const RotateOAuthApplicationSecretInput = builder.inputType('RotateOAuthApplicationSecretInput', {
  description: 'The application whose secret to rotate.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The application (oa_...).' }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

const RotateOAuthApplicationSecretPayload = builder.objectRef<RotatePayload>('RotateOAuthApplicationSecretPayload').implement({
  description: 'The application and its new secret.',
  isTypeOf: (value) => (value as Partial<RotatePayload>).kind === 'RotateOAuthApplicationSecretPayload',
  fields: (t) => ({
    oauthApplication: t.field({ type: OAuthApplication, description: 'The application.', resolve: (payload) => payload.application }),
    clientSecret: t.exposeString('clientSecret', { nullable: true, description: 'The new secret, shown once; the old one stops working.' }),
    replayed: replayedField(t),
  }),
});

const RotateOAuthApplicationSecretResult = builder.errorUnion('RotateOAuthApplicationSecretResult', {
  description: 'The new secret, or why it was not rotated.',
  types: [RotateOAuthApplicationSecretPayload, NotFoundError, ValidationError, ...COMMON_ERRORS, IdempotencyConflictError],
  resolveType: resultTypeName,
});

builder.mutationField('rotateOAuthApplicationSecret', (t) =>
  t.field({
    type: RotateOAuthApplicationSecretResult,
    description:
      'Issues a new client secret; the old one stops working. When an answer is lost, the gateway rotates again within the deadline and answers the secret Clerk holds; an UpstreamError with outcomeUnknown (no attempt got an answer) means the old secret may already be void.',
    args: {
      input: t.arg({ type: RotateOAuthApplicationSecretInput, required: true, description: 'The application.' }),
      ...retriesArgument(),
    },
    resolve: async (_root, { input, retries }, context) => {
      const problems = new InputProblems();
      problems.checkClerkId('input.id', input.id, OAUTH_APPLICATION_ID);
      checkIdempotencyKey(problems, input.idempotencyKey, context.caller);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();

      return onceForKey(context, { operation: 'rotateOAuthApplicationSecret', input, retry, secretFields: ['clientSecret'] }, async () => {
        const rotated = await context.clerk.oauthApplications.rotateSecret(input.id, callOptions(context.clerkOptions.secretKey, retry, undefined));
        return {
          kind: 'RotateOAuthApplicationSecretPayload',
          application: oauthApplicationLoader(context).prime(rotated),
          clientSecret: rotated.client_secret || null,
        } satisfies Omit<RotatePayload, 'replayed'>;
      });
    },
  }),
);
