import type { ConsoleError } from './console-error.js';

/** The form inputs a ValidationError can point at. */
export const FORM_FIELDS = ['name', 'redirectUris', 'scopes', 'isPublic', 'pkceRequired', 'consentScreenEnabled'] as const;
export type FormField = (typeof FORM_FIELDS)[number];

export interface FieldErrorLine {
  readonly field: string | null;
  readonly message: string;
}

export interface SortedFieldErrors {
  /** Messages for each input, shown beside it. */
  readonly byField: Partial<Record<FormField, string[]>>;
  /** Messages no input on screen can show (no field, or a field the form has not). */
  readonly other: string[];
}

/** `input.redirectUris.0` → `redirectUris`; null when the path names no input of the form. */
export function formFieldOf(path: string | null): FormField | null {
  if (!path) return null;
  const [root, name] = path.split('.');
  if (root !== 'input' || !name) return null;
  return (FORM_FIELDS as readonly string[]).includes(name) ? (name as FormField) : null;
}

export function sortFieldErrors(error: ConsoleError | null): SortedFieldErrors {
  const byField: Partial<Record<FormField, string[]>> = {};
  const other: string[] = [];
  if (error?.__typename !== 'ValidationError') return { byField, other };
  for (const fieldError of error.fieldErrors) {
    const field = formFieldOf(fieldError.field);
    if (field) (byField[field] ??= []).push(fieldError.message);
    else other.push(fieldError.message);
  }
  return { byField, other };
}
