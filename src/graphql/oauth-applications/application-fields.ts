import type { UpdateOAuthApplicationBody } from '../../clerk/resources/oauth-applications.js';
import { addClerkParamPaths } from '../field-paths.js';
import { type InputProblems, LIMITS } from '../input-validation.js';

/** The application fields create and update share, as the GraphQL inputs carry them. */
export interface ApplicationFieldsInput {
  readonly name?: string | null;
  readonly redirectUris?: readonly string[] | null;
  readonly callbackUrl?: string | null;
  readonly scopes?: readonly string[] | null;
  readonly consentScreenEnabled?: boolean | null;
  readonly pkceRequired?: boolean | null;
  readonly isPublic?: boolean | null;
}

addClerkParamPaths({
  name: 'input.name',
  redirect_uris: 'input.redirectUris',
  callback_url: 'input.callbackUrl',
  scopes: 'input.scopes',
  consent_screen_enabled: 'input.consentScreenEnabled',
  pkce_required: 'input.pkceRequired',
  public: 'input.isPublic',
});

export function checkApplicationFields(input: ApplicationFieldsInput, problems: InputProblems): void {
  problems.checkText('input.name', input.name, LIMITS.nameMaxLength);
  problems.checkUris('input.redirectUris', input.redirectUris);
  if (input.callbackUrl != null) problems.checkUri('input.callbackUrl', input.callbackUrl);
  problems.checkScopes('input.scopes', input.scopes);
}

/**
 * Clerk's body fields for exactly the fields the caller gave: an omitted or null field is not
 * sent, so Clerk keeps (update) or defaults (create) it, and a rename never resets anything else.
 */
export function toClerkApplicationFields(input: ApplicationFieldsInput): UpdateOAuthApplicationBody {
  const body: UpdateOAuthApplicationBody = {};
  if (input.name != null) body.name = input.name;
  if (input.redirectUris != null) body.redirect_uris = [...input.redirectUris];
  if (input.callbackUrl != null) body.callback_url = input.callbackUrl;
  if (input.scopes != null) body.scopes = input.scopes.join(' ');
  if (input.consentScreenEnabled != null) body.consent_screen_enabled = input.consentScreenEnabled;
  if (input.pkceRequired != null) body.pkce_required = input.pkceRequired;
  if (input.isPublic != null) body.public = input.isPublic;
  return body;
}
