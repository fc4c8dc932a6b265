import { NotFoundError, ValidationError } from '../../clerk/errors.js';
import type { OAuthApplicationJson, UpdateOAuthApplicationBody } from '../../clerk/wire-types.js';
import { builder } from '../builder.js';
import { COMMON_ERRORS } from '../error-types.js';
import { InputProblems, LIMITS } from '../input-validation.js';
import { OAuthApplication } from '../oauth-application.js';
import { retriesArgument, toRetryOverride } from '../retry-config-input.js';

interface UpdatePayload {
  readonly kind: 'UpdateOAuthApplicationPayload';
  readonly application: OAuthApplicationJson;
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
  }),
});

const UpdateOAuthApplicationPayload = builder.objectRef<UpdatePayload>('UpdateOAuthApplicationPayload').implement({
  description: 'The application as it is after the change.',
  isTypeOf: (value) => (value as Partial<UpdatePayload>).kind === 'UpdateOAuthApplicationPayload',
  fields: (t) => ({
    oauthApplication: t.field({ type: OAuthApplication, description: 'The updated application.', resolve: (payload) => payload.application }),
  }),
});

const UpdateOAuthApplicationResult = builder.errorUnion('UpdateOAuthApplicationResult', {
  description: 'The updated application, or why it was not updated.',
  types: [UpdateOAuthApplicationPayload, ValidationError, NotFoundError, ...COMMON_ERRORS],
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
      problems.checkOAuthApplicationId('input.id', input.id);
      problems.checkText('input.name', input.name, LIMITS.nameMaxLength);
      problems.checkUris('input.redirectUris', input.redirectUris);
      if (input.callbackUrl != null) problems.checkUri('input.callbackUrl', input.callbackUrl);
      problems.checkScopes('input.scopes', input.scopes);
      const retry = toRetryOverride(retries, problems);
      problems.throwIfAny();

      // Only what the caller gave goes to Clerk, so a rename never resets another field to a default.
      const body: UpdateOAuthApplicationBody = {};
      if (input.name != null) body.name = input.name;
      if (input.redirectUris != null) body.redirect_uris = input.redirectUris;
      if (input.callbackUrl != null) body.callback_url = input.callbackUrl;
      if (input.scopes != null) body.scopes = input.scopes.join(' ');
      if (input.consentScreenEnabled != null) body.consent_screen_enabled = input.consentScreenEnabled;
      if (input.pkceRequired != null) body.pkce_required = input.pkceRequired;
      if (input.isPublic != null) body.public = input.isPublic;

      const updated = await context.clerk.updateOAuthApplication(input.id, body, { retry });
      context.oauthApplications.prime(updated);
      return { kind: 'UpdateOAuthApplicationPayload', application: updated } satisfies UpdatePayload;
    },
  }),
);
