/**
 * Clerk's error catalogue (codes, short and long messages) as used by the emulator. An ApiError
 * carries an HTTP status and one or more Clerk error entries; the handler turns it into a
 * `ClerkErrors` body.
 */
import type { ClerkErrorJson } from '../clerk/errors.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly ClerkErrorJson[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

function entry(code: string, message: string, longMessage: string, paramName?: string): ClerkErrorJson {
  return paramName === undefined
    ? { message, long_message: longMessage, code }
    : { message, long_message: longMessage, code, meta: { param_name: paramName } };
}

// --- 401 / 403 -----------------------------------------------------------------------------

export function authorizationHeaderFormatInvalid(): ApiError {
  return new ApiError(401, [
    entry(
      'authorization_header_format_invalid',
      'Invalid Authorization header format',
      "Invalid Authorization header format. Must be 'Bearer <YOUR_API_KEY>'",
    ),
  ]);
}

export function clerkKeyInvalid(): ApiError {
  const text = 'The provided Clerk Secret Key is invalid. Make sure that your Clerk Secret Key is correct.';
  return new ApiError(401, [entry('clerk_key_invalid', text, text)]);
}

export function authorizationInvalid(): ApiError {
  return new ApiError(403, [
    entry('authorization_invalid', 'Unauthorized request', 'You are not authorized to perform this request'),
  ]);
}

// --- 400 ------------------------------------------------------------------------------------

// [GUESS] Status and wording of an invalid API version are undocumented; a third-party source
// reports 400 api_version_invalid.
export function apiVersionInvalid(): ApiError {
  return new ApiError(400, [
    entry(
      'api_version_invalid',
      'Invalid API version',
      'The provided API version is invalid. Send one supported version, either in the Clerk-API-Version header or in the __clerk_api_version query parameter.',
    ),
  ]);
}

export function requestBodyInvalid(): ApiError {
  return new ApiError(400, [
    entry(
      'request_body_invalid',
      'Request body invalid',
      'The request body is invalid. Please consult the API documentation for more information.',
    ),
  ]);
}

export function malformedRequestParameters(): ApiError {
  return new ApiError(400, [
    entry(
      'malformed_request_parameters',
      'Malformed request parameters',
      'The request parameters are malformed and could not be parsed',
    ),
  ]);
}

export function duplicateRedirectUri(): ApiError {
  return new ApiError(400, [
    entry('duplicate_record', 'duplicate redirect URI', 'the redirect URI already exists', 'redirect_uris'),
  ]);
}

// --- 404 / 405 / 413 / 415 ------------------------------------------------------------------

export function resourceNotFound(): ApiError {
  return new ApiError(404, [entry('resource_not_found', 'not found', 'Resource not found')]);
}

// [GUESS] Clerk's answer to a wrong method on a known path is undocumented. 405 with an Allow
// header tells a developer what went wrong, and the body keeps the Clerk error shape.
export function methodNotAllowed(method: string, allowed: readonly string[]): ApiError {
  return new ApiError(
    405,
    [
      entry(
        'method_not_allowed',
        'Method not allowed',
        `${method} is not allowed on this endpoint. Allowed methods: ${allowed.join(', ')}.`,
      ),
    ],
    { Allow: allowed.join(', ') },
  );
}

// [GUESS] Clerk's body size limit for this endpoint is undocumented; 413 is the standard status.
export function requestBodyTooLarge(limitBytes: number): ApiError {
  return new ApiError(413, [
    entry(
      'request_body_too_large',
      'Request body too large',
      `The request body exceeds the maximum allowed size of ${limitBytes} bytes.`,
    ),
  ]);
}

export function unsupportedContentType(actual: string): ApiError {
  // Keep arbitrary client input short and printable before echoing it.
  const shown = actual.replace(/[^\x20-\x7e]/g, '').slice(0, 100);
  return new ApiError(415, [
    entry(
      'unsupported_content_type',
      'Content-Type is unsupported',
      `Content-Type ${shown} is unsupported. You should use application/json instead.`,
    ),
  ]);
}

// --- 422 entries (combined into one response by the validators) --------------------------------

export function paramMissing(param: string): ClerkErrorJson {
  return entry('form_param_missing', 'is missing', `${param} must be included.`, param);
}

export function paramFormatInvalid(param: string, longMessage: string): ClerkErrorJson {
  return entry('form_param_format_invalid', 'is invalid', longMessage, param);
}

export function paramValueInvalid(param: string, value: string): ClerkErrorJson {
  const shown = value.length > 100 ? `${value.slice(0, 100)}…` : value;
  return entry(
    'form_param_value_invalid',
    'is invalid',
    `${shown} does not match one of the allowed values for parameter ${param}`,
    param,
  );
}

export function paramTypeInvalid(param: string, type: string): ClerkErrorJson {
  return entry('form_param_type_invalid', 'is invalid', `\`${param}\` must be a \`${type}\`.`, param);
}

export function paramMaxLengthExceeded(param: string, max: number): ClerkErrorJson {
  return entry(
    'form_param_max_length_exceeded',
    'exceeds maximum length',
    `${param} should not exceed ${max} characters.`,
    param,
  );
}

export function paramUnknown(param: string): ClerkErrorJson {
  const shown = param.length > 100 ? `${param.slice(0, 100)}…` : param;
  return entry('form_param_unknown', 'is unknown', `${shown} is not a valid parameter for this request.`, shown);
}

export function unprocessable(errors: readonly ClerkErrorJson[]): ApiError {
  return new ApiError(422, errors);
}

// --- 429 / 5xx ------------------------------------------------------------------------------

export function tooManyRequests(retryAfterSeconds: number): ApiError {
  return new ApiError(429, [entry('too_many_requests', 'Too many requests', 'Too many requests, retry later')], {
    'Retry-After': String(retryAfterSeconds),
  });
}

export function internalClerkError(status = 500): ApiError {
  return new ApiError(status, [
    entry(
      'internal_clerk_error',
      'Oops, an unexpected error occurred',
      "There was an internal error on our servers. We've been notified and are working on fixing it.",
    ),
  ]);
}

export function maintenanceMode(): ApiError {
  return new ApiError(503, [
    entry(
      'maintenance_mode',
      'System under maintenance',
      'We are currently undergoing maintenance and only essential operations are permitted. We will be back shortly.',
    ),
  ]);
}

/** Error entries for an injected `status` fault (the caller sets status and headers). */
export function errorForStatus(status: number): ApiError {
  switch (status) {
    case 401:
      return clerkKeyInvalid();
    case 403:
      return authorizationInvalid();
    case 404:
      return resourceNotFound();
    case 429:
      return tooManyRequests(1);
    case 503:
      return maintenanceMode();
    default:
      return internalClerkError(status);
  }
}
