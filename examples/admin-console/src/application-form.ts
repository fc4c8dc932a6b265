import type { ConsoleApplicationFieldsFragment, CreateOAuthApplicationInput, UpdateOAuthApplicationInput } from './gql/graphql.js';

/** What the create and edit forms hold: lists as the text the user types. */
export interface FormValues {
  readonly name: string;
  /** One redirect URI per line. */
  readonly redirectUris: string;
  /** Space-separated, as Clerk writes scopes. */
  readonly scopes: string;
  readonly isPublic: boolean;
  readonly pkceRequired: boolean;
  readonly consentScreenEnabled: boolean;
}

/** Clerk's defaults for a new application. */
export const NEW_APPLICATION: FormValues = {
  name: '',
  redirectUris: '',
  scopes: 'profile email',
  isPublic: false,
  pkceRequired: false,
  consentScreenEnabled: true,
};

export function formFromApplication(application: ConsoleApplicationFieldsFragment): FormValues {
  return {
    name: application.name,
    redirectUris: application.redirectUris.join('\n'),
    scopes: application.scopes.join(' '),
    isPublic: application.isPublic,
    pkceRequired: application.pkceRequired,
    consentScreenEnabled: application.consentScreenEnabled,
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

export function createInput(values: FormValues): CreateOAuthApplicationInput {
  return {
    name: values.name.trim(),
    redirectUris: lines(values.redirectUris),
    scopes: words(values.scopes),
    isPublic: values.isPublic,
    pkceRequired: values.pkceRequired,
    consentScreenEnabled: values.consentScreenEnabled,
  };
}

/** Only what the user changed: the gateway (and Clerk) leave every omitted field as it is. */
export function changedFields(before: FormValues, after: FormValues): Omit<UpdateOAuthApplicationInput, 'id'> {
  const changes: Omit<UpdateOAuthApplicationInput, 'id'> = {};
  if (after.name.trim() !== before.name.trim()) changes.name = after.name.trim();
  if (!sameList(lines(after.redirectUris), lines(before.redirectUris))) changes.redirectUris = lines(after.redirectUris);
  if (!sameList(words(after.scopes), words(before.scopes))) changes.scopes = words(after.scopes);
  if (after.isPublic !== before.isPublic) changes.isPublic = after.isPublic;
  if (after.pkceRequired !== before.pkceRequired) changes.pkceRequired = after.pkceRequired;
  if (after.consentScreenEnabled !== before.consentScreenEnabled) changes.consentScreenEnabled = after.consentScreenEnabled;
  return changes;
}
