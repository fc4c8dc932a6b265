import type { ConsoleErrorFieldsFragment } from './gql/graphql.js';

/** Any error member of a result union, as the console selects it (ConsoleErrorFields). */
export type ConsoleError = ConsoleErrorFieldsFragment;

/** The action an error answered: what to do next depends on it when the outcome is unknown. */
export type ConsoleAction = 'list' | 'create' | 'update' | 'rotate' | 'delete';
