/**
 * Named wire types of Clerk's OAuth-application endpoints, taken from the types generated from
 * spec/clerk-oauth-applications.openapi.yaml (`npm run generate:wire-types`), so they cannot
 * drift from the spec by hand.
 */
import type { components, operations } from './openapi.generated.js';

type Schemas = components['schemas'];

export type OAuthApplicationJson = Schemas['OAuthApplication'];
export type OAuthApplicationWithSecretJson = Schemas['OAuthApplicationWithSecret'];
export type OAuthApplicationListJson = Schemas['OAuthApplications'];
export type DeletedObjectJson = Schemas['DeletedObject'];
export type ClerkErrorJson = Schemas['ClerkError'];
export type ClerkErrorsJson = Schemas['ClerkErrors'];

export type ListOAuthApplicationsQuery = NonNullable<operations['ListOAuthApplications']['parameters']['query']>;
export type CreateOAuthApplicationBody = NonNullable<
  operations['CreateOAuthApplication']['requestBody']
>['content']['application/json'];
export type UpdateOAuthApplicationBody = operations['UpdateOAuthApplication']['requestBody']['content']['application/json'];
