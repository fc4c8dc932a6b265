import { type ClerkErrorDetail, ValidationError } from '../clerk/errors.js';

/**
 * Input the gateway can judge itself is rejected here, before any Clerk call, with every problem
 * listed at once. Limits mirror Clerk's own (BEHAVIOR.md §4, §6) so nothing Clerk would refuse is sent.
 */
export const LIMITS = {
  listLimitMax: 500,
  nameMaxLength: 256,
  urlMaxLength: 1024,
  scopesMaxLength: 1024,
  nameQueryMaxLength: 256,
  redirectUrisMax: 100,
} as const;

/** A kind of Clerk id: its type prefix (`oa` for `oa_…`) and what the messages call it. */
export interface ClerkIdKind {
  readonly prefix: string;
  readonly name: string;
}
// Control characters and white space never belong in a URI (they would also allow header tricks).
const FORBIDDEN_URI_CHARACTERS = /[\s\u0000-\u001f\u007f]/;
const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export class InputProblems {
  readonly #details: ClerkErrorDetail[] = [];

  add(field: string, code: string, message: string): void {
    this.#details.push({ code, message, longMessage: message, paramName: field });
  }

  /** Throws one ValidationError carrying every problem found, if any. */
  throwIfAny(): void {
    const first = this.#details[0];
    if (!first) return;
    const more = this.#details.length > 1 ? ` (and ${this.#details.length - 1} more)` : '';
    throw new ValidationError({
      code: 'invalid_input',
      message: `${first.message}${more}`,
      longMessage: 'The gateway rejected the input before calling Clerk; see fieldErrors.',
      errors: this.#details,
    });
  }

  checkClerkId(field: string, id: string, kind: ClerkIdKind): void {
    if (!isClerkId(id, kind)) {
      this.add(field, 'form_param_format_invalid', `${field} must be a Clerk ${kind.name} id (${kind.prefix}_ followed by letters and digits).`);
    }
  }

  checkMaxLength(field: string, value: string | null | undefined, max: number): void {
    if (value != null && value.length > max) {
      this.add(field, 'form_param_max_length_exceeded', `${field} should not exceed ${max} characters.`);
    }
  }

  checkIntRange(field: string, value: number | null | undefined, min: number, max: number): void {
    if (value != null && (value < min || value > max)) {
      const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
      this.add(field, 'form_param_value_invalid', `${field} must be ${range}.`);
    }
  }

  checkUri(field: string, value: string): void {
    if (value.length > LIMITS.urlMaxLength) {
      this.add(field, 'form_param_max_length_exceeded', `${field} should not exceed ${LIMITS.urlMaxLength} characters.`);
    } else if (!isValidUri(value)) {
      this.add(field, 'form_param_format_invalid', `${field} must be a valid URI with a scheme, e.g. https://example.com/callback or myapp://callback.`);
    }
  }

  checkUris(field: string, values: readonly string[] | null | undefined): void {
    if (values == null) return;
    if (values.length > LIMITS.redirectUrisMax) {
      this.add(field, 'form_param_array_size_exceeded', `${field} should not exceed ${LIMITS.redirectUrisMax} items.`);
      return;
    }
    values.forEach((value, index) => this.checkUri(`${field}.${index}`, value));
  }

  /** Scopes travel to Clerk as one space-separated string, so a scope may not hold white space. */
  checkScopes(field: string, scopes: readonly string[] | null | undefined): void {
    if (scopes == null) return;
    scopes.forEach((scope, index) => {
      if (scope === '' || /[\s\u0000-\u001f\u007f]/.test(scope)) {
        this.add(`${field}.${index}`, 'form_param_format_invalid', `${field}.${index} must be a non-empty scope without spaces.`);
      }
    });
    this.checkMaxLength(field, scopes.join(' '), LIMITS.scopesMaxLength);
  }

  checkText(field: string, value: string | null | undefined, max: number): void {
    if (value == null) return;
    this.checkMaxLength(field, value, max);
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
      this.add(field, 'form_param_format_invalid', `${field} must not contain control characters.`);
    }
  }
}

/** Clerk ids are a prefix and base62 characters: nothing that can change a URL path or header. */
export function isClerkId(id: string, kind: ClerkIdKind): boolean {
  return id.startsWith(`${kind.prefix}_`) && /^[0-9A-Za-z]{1,64}$/.test(id.slice(kind.prefix.length + 1));
}

/** All URL schemes are allowed (https, http, myapp, …), as Clerk allows them. */
export function isValidUri(value: string): boolean {
  if (FORBIDDEN_URI_CHARACTERS.test(value) || !URI_SCHEME.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}
