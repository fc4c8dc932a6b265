/**
 * Input validation with Clerk's error codes. Every field is checked and all problems are returned
 * together in one 422, as the Backend API does for form errors.
 */
import type { ClerkErrorJson } from '../clerk/errors.js';
import {
  duplicateRedirectUri,
  paramFormatInvalid,
  paramMaxLengthExceeded,
  paramMissing,
  paramTypeInvalid,
  paramUnknown,
  paramValueInvalid,
  requestBodyInvalid,
  unprocessable,
} from './errors.js';
import type { CreateInput, ListQuery, OrderField, UpdateInput } from './store.js';

export const NAME_MAX_LENGTH = 256;
export const CALLBACK_URL_MAX_LENGTH = 1024;
export const SCOPES_MAX_LENGTH = 1024;
export const DEFAULT_SCOPES = 'profile email';
export const LIST_LIMIT_DEFAULT = 10;
export const LIST_LIMIT_MAX = 500;

type JsonObject = Record<string, unknown>;

const UPDATE_FIELDS = new Set([
  'name',
  'redirect_uris',
  'callback_url',
  'scopes',
  'consent_screen_enabled',
  'pkce_required',
  'public',
  // Sent by the official Go SDK although absent from the spec: accepted and ignored.
  'access_token_ttl',
  'device_authorization_grant_enabled',
]);

/** Length in code points, the way a Go server counts runes. */
function charLength(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}

/**
 * "All URL schemes are allowed": a redirect URI must parse as an absolute URL with a scheme.
 * Whitespace and control characters are rejected outright because WHATWG URL parsing would
 * silently strip some of them.
 */
export function isValidRedirectUri(value: string): boolean {
  if (value.length === 0 || /[\s\u0000-\u001f\u007f]/u.test(value)) return false;
  if (!/^[A-Za-z][A-Za-z0-9+.-]*:/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

function asObject(body: unknown): JsonObject {
  if (body === undefined) return {};
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw requestBodyInvalid();
  return body as JsonObject;
}

function has(body: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(body, key) && body[key] !== undefined && body[key] !== null;
}

class FieldReader {
  readonly errors: ClerkErrorJson[] = [];

  constructor(private readonly body: JsonObject) {}

  /** undefined when absent or null; records a type error otherwise. */
  string(key: string, maxLength?: number): string | undefined {
    if (!has(this.body, key)) return undefined;
    const value = this.body[key];
    if (typeof value !== 'string') {
      this.errors.push(paramTypeInvalid(key, 'string'));
      return undefined;
    }
    if (maxLength !== undefined && charLength(value) > maxLength) {
      this.errors.push(paramMaxLengthExceeded(key, maxLength));
      return undefined;
    }
    return value;
  }

  boolean(key: string): boolean | undefined {
    if (!has(this.body, key)) return undefined;
    const value = this.body[key];
    if (typeof value !== 'boolean') {
      this.errors.push(paramTypeInvalid(key, 'boolean'));
      return undefined;
    }
    return value;
  }

  integer(key: string): number | undefined {
    if (!has(this.body, key)) return undefined;
    const value = this.body[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      this.errors.push(paramTypeInvalid(key, 'integer'));
      return undefined;
    }
    return value;
  }

  /**
   * The name, when present. [GUESS] A blank name counts as missing, like an absent one on create.
   */
  name(required: boolean): string | undefined {
    if (!has(this.body, 'name')) {
      if (required) this.errors.push(paramMissing('name'));
      return undefined;
    }
    const before = this.errors.length;
    const value = this.string('name', NAME_MAX_LENGTH);
    if (this.errors.length > before || value === undefined) return undefined;
    if (value.trim() === '') {
      this.errors.push(paramMissing('name'));
      return undefined;
    }
    return value;
  }

  /**
   * `redirect_uris`, or the deprecated `callback_url` when no list is given: a lone callback URL
   * becomes the only redirect URI ("" clears the list). [GUESS] both, see BEHAVIOR.md §2.
   */
  redirectUris(): string[] | undefined {
    let uris: string[] | undefined;
    if (has(this.body, 'redirect_uris')) {
      const value = this.body.redirect_uris;
      if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
        this.errors.push(paramTypeInvalid('redirect_uris', 'array of strings'));
      } else if (!value.every(isValidRedirectUri)) {
        this.errors.push(
          paramFormatInvalid(
            'redirect_uris',
            'redirect_uris must contain only valid URLs with a scheme, such as https://example.com/callback or myapp://callback.',
          ),
        );
      } else {
        uris = [...value];
      }
    }
    const callbackUrl = this.string('callback_url', CALLBACK_URL_MAX_LENGTH);
    if (callbackUrl !== undefined && callbackUrl !== '' && !isValidRedirectUri(callbackUrl)) {
      this.errors.push(paramFormatInvalid('callback_url', 'callback_url must be a valid URL.'));
      return uris;
    }
    if (uris === undefined && callbackUrl !== undefined && !has(this.body, 'redirect_uris')) {
      uris = callbackUrl === '' ? [] : [callbackUrl];
    }
    return uris;
  }

  fail(): void {
    if (this.errors.length > 0) throw unprocessable(this.errors);
  }
}

function rejectDuplicates(uris: readonly string[] | undefined): void {
  // [GUESS] Clerk's DuplicateOAuthRedirectURI (400 duplicate_record) for a URI listed twice,
  // checked after the form errors as a storage constraint would be.
  if (uris !== undefined && new Set(uris).size !== uris.length) throw duplicateRedirectUri();
}

export function validateCreate(rawBody: unknown): CreateInput {
  const body = asObject(rawBody);
  const reader = new FieldReader(body);
  const name = reader.name(true);
  const redirectUris = reader.redirectUris();
  const scopes = reader.string('scopes', SCOPES_MAX_LENGTH);
  const consent = reader.boolean('consent_screen_enabled');
  const pkce = reader.boolean('pkce_required');
  const isPublic = reader.boolean('public');
  reader.boolean('device_authorization_grant_enabled');
  // Unknown create fields are ignored: the create body schema allows additional properties.
  reader.fail();
  rejectDuplicates(redirectUris);
  return {
    name: name ?? '',
    redirect_uris: redirectUris ?? [],
    scopes: scopes ?? DEFAULT_SCOPES,
    consent_screen_enabled: consent ?? true,
    pkce_required: pkce ?? false,
    // [GUESS] The spec gives no default for `public`.
    public: isPublic ?? false,
  };
}

/** Omitted and null fields leave the value unchanged ([GUESS] for null). */
export function validateUpdate(rawBody: unknown): UpdateInput {
  const body = asObject(rawBody);
  const reader = new FieldReader(body);
  for (const key of Object.keys(body)) {
    // [GUESS] The PATCH schema has additionalProperties: false; Clerk's code for that is form_param_unknown.
    if (!UPDATE_FIELDS.has(key)) reader.errors.push(paramUnknown(key));
  }
  const input: UpdateInput = {};
  const name = reader.name(false);
  const redirectUris = reader.redirectUris();
  const scopes = reader.string('scopes', SCOPES_MAX_LENGTH);
  const consent = reader.boolean('consent_screen_enabled');
  const pkce = reader.boolean('pkce_required');
  const isPublic = reader.boolean('public');
  reader.integer('access_token_ttl');
  reader.boolean('device_authorization_grant_enabled');
  reader.fail();
  rejectDuplicates(redirectUris);
  if (name !== undefined) input.name = name;
  if (redirectUris !== undefined) input.redirect_uris = redirectUris;
  if (scopes !== undefined) input.scopes = scopes;
  if (consent !== undefined) input.consent_screen_enabled = consent;
  if (pkce !== undefined) input.pkce_required = pkce;
  if (isPublic !== undefined) input.public = isPublic;
  return input;
}

const DIGITS = /^[0-9]+$/;
const ORDER_BY = /^([+-]?)(created_at|name)$/;

/**
 * [GUESS] Out-of-range or malformed `limit`/`offset` and an unknown `order_by` answer 422
 * form_param_value_invalid (the spec allows 400 or 422; the code is not documented).
 */
export function validateListQuery(rawQuery: string): ListQuery {
  const params = new URLSearchParams(rawQuery);
  const errors: ClerkErrorJson[] = [];

  let limit = LIST_LIMIT_DEFAULT;
  const rawLimit = params.get('limit');
  if (rawLimit !== null) {
    const n = DIGITS.test(rawLimit) ? Number(rawLimit) : NaN;
    if (Number.isSafeInteger(n) && n >= 1 && n <= LIST_LIMIT_MAX) limit = n;
    else errors.push(paramValueInvalid('limit', rawLimit));
  }

  let offset = 0;
  const rawOffset = params.get('offset');
  if (rawOffset !== null) {
    const n = DIGITS.test(rawOffset) ? Number(rawOffset) : NaN;
    if (Number.isSafeInteger(n)) offset = n;
    else errors.push(paramValueInvalid('offset', rawOffset));
  }

  // No order_by: newest first, as the operation description says ([GUESS] over the schema default).
  let orderBy: ListQuery['orderBy'] = { field: 'created_at', direction: 'desc' };
  // Only the first order_by counts (spec). An empty one is treated as absent.
  const rawOrder = params.get('order_by');
  if (rawOrder !== null && rawOrder !== '') {
    // An unencoded '+' arrives as a space after form decoding; read it as the '+' it was meant to be.
    const normalised = rawOrder.startsWith(' ') ? `+${rawOrder.slice(1)}` : rawOrder;
    const match = ORDER_BY.exec(normalised);
    if (match) {
      orderBy = { field: match[2] as OrderField, direction: match[1] === '-' ? 'desc' : 'asc' };
    } else {
      errors.push(paramValueInvalid('order_by', rawOrder));
    }
  }

  if (errors.length > 0) throw unprocessable(errors);

  const query: ListQuery = { limit, offset, orderBy };
  const nameQuery = params.get('name_query');
  if (nameQuery !== null && nameQuery !== '') query.nameQuery = nameQuery;
  // Go SDK filter; every application made here has dynamically_registered=false.
  const dyn = params.get('dynamically_registered');
  if (dyn === 'true' || dyn === 'false') query.dynamicallyRegistered = dyn === 'true';
  return query;
}
