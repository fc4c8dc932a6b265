import { callOptions } from '../../clerk/client.js';
import { IdempotencyConflictError, NotFoundError, ValidationError } from '../../clerk/errors.js';
import { builder } from '../builder.js';
import { resultTypeName } from '../result-type-name.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems } from '../input-validation.js';
import { OAUTH_APPLICATION_ID } from './oauth-application-id.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';
import { oauthApplicationLoader } from './oauth-application-loader.js';
import { checkIdempotencyKey, idempotencyKeyField, onceForKey, replayedField } from '../idempotency.js';

interface DeletePayload {
  readonly kind: 'DeleteOAuthApplicationPayload';
  readonly deletedId: string;
  readonly replayed: boolean;
}

const DeleteOAuthApplicationInput = builder.inputType('DeleteOAuthApplicationInput', {
  description: 'The application to delete.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The application to delete (oa_...).' }),
    idempotencyKey: idempotencyKeyField(t),
  }),
});

const DeleteOAuthApplicationPayload = builder.objectRef<DeletePayload>('DeleteOAuthApplicationPayload').implement({
  description: 'Confirms the deletion.',
  isTypeOf: (value) => (value as Partial<DeletePayload>).kind === 'DeleteOAuthApplicationPayload',
  fields: (t) => ({
    deletedOAuthApplicationId: t.exposeID('deletedId', { description: 'The id of the deleted application.' }),
    replayed: replayedField(t),
  }),
});

const DeleteOAuthApplicationResult = builder.errorUnion('DeleteOAuthApplicationResult', {
  description: 'The deletion, or why it did not happen.',
  types: [DeleteOAuthApplicationPayload, NotFoundError, ValidationError, ...COMMON_ERRORS, IdempotencyConflictError],
  resolveType: resultTypeName,
});

builder.mutationField('deleteOAuthApplication', (t) =>
  t.field({
    type: DeleteOAuthApplicationResult,
    description: 'Not reversible.',
    args: {
      input: t.arg({ type: DeleteOAuthApplicationInput, required: true, description: 'The application to delete.' }),
      ...retriesArgument(),
    },
    resolve: async (_root, { input, retries }, context) => {
      const problems = new InputProblems();
      problems.checkClerkId('input.id', input.id, OAUTH_APPLICATION_ID);
      checkIdempotencyKey(problems, input.idempotencyKey, context.caller);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();

      oauthApplicationLoader(context).forget(input.id);
      return onceForKey(context, { operation: 'deleteOAuthApplication', input, retry }, async () => {
        await context.clerk.oauthApplications.delete(input.id, callOptions(context.clerkOptions.secretKey, retry, undefined));
        oauthApplicationLoader(context).forget(input.id);
        return { kind: 'DeleteOAuthApplicationPayload', deletedId: input.id } satisfies Omit<DeletePayload, 'replayed'>;
      });
    },
  }),
);
