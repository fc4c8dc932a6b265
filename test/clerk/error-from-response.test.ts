/**
 * Unit proofs of the mapping from a non-2xx answer of Clerk to the gateway's typed errors
 * (src/clerk/error-from-response.ts): what is read from a `ClerkErrors` body, what is dropped,
 * the caps on what an upstream can push through, and which error class each status becomes.
 */
import { describe, expect, it } from 'vitest';
import {
  type ErrorContext,
  errorFromResponse,
  parseClerkErrorBody,
  traceIdOf,
  unreadableSuccessError,
} from '../../src/clerk/error-from-response.js';
import {
  ForbiddenError,
  type GatewayError,
  NotFoundError,
  RateLimitedError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from '../../src/clerk/errors.js';
import type { HttpResponse } from '../../src/clerk/transport.js';

function response(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers, body: typeof body === 'string' ? body : JSON.stringify(body) };
}

const CONTEXT: ErrorContext = { resourceId: 'oa_1', retryAfterSeconds: null, outcomeUnknown: false };

function context(overrides: Partial<ErrorContext> = {}): ErrorContext {
  return { ...CONTEXT, ...overrides };
}

const NOTHING = { errors: [], traceId: null };

/** The fixed text each status gets when Clerk's body gives no usable error. */
const FIXED = {
  400: { type: ValidationError, code: 'request_invalid', message: 'Clerk rejected the request as invalid.' },
  401: { type: UnauthorizedError, code: 'authorization_failed', message: 'Clerk rejected the secret key.' },
  403: { type: ForbiddenError, code: 'authorization_invalid', message: 'Clerk refused the request.' },
  404: { type: NotFoundError, code: 'resource_not_found', message: 'Resource not found.' },
  422: { type: ValidationError, code: 'request_invalid', message: 'Clerk rejected the request as invalid.' },
  429: { type: RateLimitedError, code: 'too_many_requests', message: 'Clerk rate limit reached; retry later.' },
  500: { type: UpstreamError, code: 'upstream_error', message: 'Clerk answered with HTTP status 500.' },
  502: { type: UpstreamError, code: 'upstream_error', message: 'Clerk answered with HTTP status 502.' },
  503: { type: UpstreamError, code: 'upstream_error', message: 'Clerk answered with HTTP status 503.' },
  418: { type: UpstreamError, code: 'upstream_error', message: 'Clerk answered with HTTP status 418.' },
  302: { type: UpstreamError, code: 'upstream_error', message: 'Clerk answered with HTTP status 302.' },
} as const;
const STATUSES = Object.keys(FIXED).map(Number) as (keyof typeof FIXED)[];

/** Class checks by exact constructor: none of these classes may stand in for another. */
function expectExactly(error: GatewayError, type: abstract new (...args: never[]) => GatewayError): void {
  expect(error.constructor).toBe(type);
  expect(error.name).toBe(type.name);
}

describe('parseClerkErrorBody', () => {
  it("reads Clerk's envelope: code, message, long_message, meta.param_name and clerk_trace_id", () => {
    const body = JSON.stringify({
      errors: [
        { code: 'form_param_missing', message: 'is missing', long_message: 'name must be included.', meta: { param_name: 'name' } },
        { code: 'form_param_max_length_exceeded', message: 'exceeds maximum length', long_message: 'scopes should not exceed 1024 characters.', meta: { param_name: 'scopes' } },
      ],
      meta: {},
      clerk_trace_id: 'trace_body',
    });
    expect(parseClerkErrorBody(body)).toEqual({
      errors: [
        { code: 'form_param_missing', message: 'is missing', longMessage: 'name must be included.', paramName: 'name' },
        { code: 'form_param_max_length_exceeded', message: 'exceeds maximum length', longMessage: 'scopes should not exceed 1024 characters.', paramName: 'scopes' },
      ],
      traceId: 'trace_body',
    });
  });

  it.each([
    ['an empty body', ''],
    ['an HTML page', '<html><body><h1>502 Bad Gateway</h1></body></html>'],
    ['truncated JSON', '{"errors":[{"code":"form_param_missing","mess'],
    ['JSON null', 'null'],
    ['a JSON array', '[{"code":"x","message":"y"}]'],
    ['a JSON string', '"errors"'],
    ['a JSON number', '429'],
    ['a JSON boolean', 'true'],
    ['an object without errors', '{}'],
    ['errors as a string', '{"errors":"nope"}'],
    ['errors as an object', '{"errors":{"code":"x","message":"y"}}'],
    ['errors as null', '{"errors":null}'],
    ['errors as a number', '{"errors":5}'],
    ['an empty errors array', '{"errors":[]}'],
  ])('gives no errors and no trace id for %s, without throwing', (_label, body) => {
    expect(parseClerkErrorBody(body)).toEqual(NOTHING);
  });

  it('drops entries that are not objects', () => {
    const body = JSON.stringify({ errors: [null, 5, 'x', true, ['code', 'message'], { code: 'kept' }] });
    expect(parseClerkErrorBody(body).errors).toEqual([{ code: 'kept', message: '', longMessage: null, paramName: null }]);
  });

  it.each([
    ['an empty entry', {}],
    ['an entry of empty strings', { code: '', message: '', long_message: '' }],
    ['an entry of wrong-typed fields', { code: 7, message: null, long_message: false }],
    ['an entry with only a parameter name', { meta: { param_name: 'name' } }],
  ])('drops %s', (_label, entry) => {
    expect(parseClerkErrorBody(JSON.stringify({ errors: [entry], clerk_trace_id: 't' }))).toEqual({ errors: [], traceId: 't' });
  });

  it('keeps an entry that has any one of code, message or long_message', () => {
    const body = JSON.stringify({ errors: [{ code: 'only_code' }, { message: 'only message' }, { long_message: 'Only long message.' }] });
    expect(parseClerkErrorBody(body).errors).toEqual([
      { code: 'only_code', message: '', longMessage: null, paramName: null },
      { code: 'unknown_error', message: 'only message', longMessage: null, paramName: null },
      { code: 'unknown_error', message: '', longMessage: 'Only long message.', paramName: null },
    ]);
  });

  it('reads a field of the wrong type as absent', () => {
    const body = JSON.stringify({ errors: [{ code: 7, message: 42, long_message: ['x'], meta: { param_name: 9 } }, { code: 'c', message: { text: 'm' } }] });
    // The first entry has nothing usable left; the second keeps its code only.
    expect(parseClerkErrorBody(body).errors).toEqual([{ code: 'c', message: '', longMessage: null, paramName: null }]);
    const withMessage = JSON.stringify({ errors: [{ code: 7, message: 'is invalid', long_message: 3, meta: { param_name: false } }] });
    expect(parseClerkErrorBody(withMessage).errors).toEqual([{ code: 'unknown_error', message: 'is invalid', longMessage: null, paramName: null }]);
  });

  it.each([
    ['no meta', {}],
    ['meta null', { meta: null }],
    ['meta as a string', { meta: 'name' }],
    ['meta as an array', { meta: ['name'] }],
    ['meta without param_name', { meta: { name: 'name' } }],
    ['an empty param_name', { meta: { param_name: '' } }],
  ])('gives no parameter name for %s', (_label, extra) => {
    const body = JSON.stringify({ errors: [{ code: 'form_param_missing', message: 'is missing', ...extra }] });
    expect(parseClerkErrorBody(body).errors).toEqual([{ code: 'form_param_missing', message: 'is missing', longMessage: null, paramName: null }]);
  });

  it.each([
    ['absent', {}],
    ['empty', { clerk_trace_id: '' }],
    ['a number', { clerk_trace_id: 12345 }],
    ['null', { clerk_trace_id: null }],
  ])('gives no trace id when clerk_trace_id is %s', (_label, extra) => {
    expect(parseClerkErrorBody(JSON.stringify({ errors: [], ...extra })).traceId).toBeNull();
  });

  it('keeps texts of exactly 1,000 characters whole', () => {
    const t = (c: string) => c.repeat(1_000);
    const body = JSON.stringify({
      errors: [{ code: t('c'), message: t('m'), long_message: t('l'), meta: { param_name: t('p') } }],
      clerk_trace_id: t('t'),
    });
    expect(parseClerkErrorBody(body)).toEqual({
      errors: [{ code: t('c'), message: t('m'), longMessage: t('l'), paramName: t('p') }],
      traceId: t('t'),
    });
  });

  it('cuts every text at 1,000 characters: the 1,001st is dropped', () => {
    const t = (c: string) => `${c.repeat(1_000)}X`;
    const body = JSON.stringify({
      errors: [{ code: t('c'), message: t('m'), long_message: t('l'), meta: { param_name: t('p') } }],
      clerk_trace_id: t('t'),
    });
    expect(parseClerkErrorBody(body)).toEqual({
      errors: [{ code: 'c'.repeat(1_000), message: 'm'.repeat(1_000), longMessage: 'l'.repeat(1_000), paramName: 'p'.repeat(1_000) }],
      traceId: 't'.repeat(1_000),
    });
  });

  const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `e${i + 1}`, message: `error ${i + 1}` }));

  it('keeps 50 errors', () => {
    const parsed = parseClerkErrorBody(JSON.stringify({ errors: entries(50) }));
    expect(parsed.errors.map((e) => e.code)).toEqual(entries(50).map((e) => e.code));
  });

  it('drops the 51st error and those after it', () => {
    const parsed = parseClerkErrorBody(JSON.stringify({ errors: entries(51) }));
    expect(parsed.errors).toHaveLength(50);
    expect(parsed.errors.at(-1)?.code).toBe('e50');
    expect(parsed.errors.map((e) => e.code)).not.toContain('e51');
    expect(parseClerkErrorBody(JSON.stringify({ errors: entries(500) })).errors).toHaveLength(50);
  });

  it('reads only the first 50 entries, usable or not', () => {
    const body = JSON.stringify({ errors: [...Array.from({ length: 50 }, () => ({})), { code: 'e51' }] });
    expect(parseClerkErrorBody(body).errors).toEqual([]);
  });
});

describe('traceIdOf', () => {
  it("takes the body's clerk_trace_id first, over the Clerk-Trace-Id header", () => {
    const r = response(401, { errors: [], clerk_trace_id: 'trace_body' }, { 'clerk-trace-id': 'trace_header' });
    expect(traceIdOf(r, parseClerkErrorBody(r.body))).toBe('trace_body');
  });

  it.each([
    ['has no clerk_trace_id', { errors: [] }],
    ['has an empty clerk_trace_id', { errors: [], clerk_trace_id: '' }],
    ['is an HTML page', '<html>502</html>'],
  ])('takes the Clerk-Trace-Id header when the body %s', (_label, body) => {
    const r = response(502, body, { 'clerk-trace-id': 'trace_header' });
    expect(traceIdOf(r, parseClerkErrorBody(r.body))).toBe('trace_header');
  });

  it('gives null when neither the body nor the header has one, or the header is empty', () => {
    const none = response(500, '');
    expect(traceIdOf(none, parseClerkErrorBody(none.body))).toBeNull();
    const empty = response(500, '', { 'clerk-trace-id': '' });
    expect(traceIdOf(empty, parseClerkErrorBody(empty.body))).toBeNull();
  });

  it('ignores other trace headers', () => {
    const r = response(500, '', { 'cf-ray': 'ray_1', 'x-trace-id': 'x_1' });
    expect(traceIdOf(r, parseClerkErrorBody(r.body))).toBeNull();
  });

  it('cuts a header trace id at 1,000 characters', () => {
    const r = response(500, '', { 'clerk-trace-id': `${'h'.repeat(1_000)}X` });
    expect(traceIdOf(r, parseClerkErrorBody(r.body))).toBe('h'.repeat(1_000));
  });
});

describe('errorFromResponse', () => {
  const clerkBody = {
    errors: [
      { code: 'some_code', message: 'short', long_message: 'Long message.', meta: { param_name: 'redirect_uris' } },
      { code: 'other_code', message: 'other', long_message: 'Other long message.' },
    ],
    clerk_trace_id: 'trace_body',
  };

  it.each(STATUSES)('maps %i with a Clerk body to its class, with the first error, all errors and the trace id', (status) => {
    const error = errorFromResponse(response(status, clerkBody, { 'clerk-trace-id': 'trace_header' }), context({ retryAfterSeconds: 7 }));
    expectExactly(error, FIXED[status].type);
    expect(error).toMatchObject({
      status,
      code: 'some_code',
      message: 'Long message.',
      longMessage: 'Long message.',
      traceId: 'trace_body',
      retryAfterSeconds: 7,
    });
    expect(error.errors).toEqual([
      { code: 'some_code', message: 'short', longMessage: 'Long message.', paramName: 'redirect_uris' },
      { code: 'other_code', message: 'other', longMessage: 'Other long message.', paramName: null },
    ]);
    expect(error.cause).toBeUndefined();
    if (error instanceof UpstreamError) expect(error.outcomeUnknown).toBe(false);
  });

  it.each([
    ['an HTML page', '<html><body><h1>Unauthorized</h1></body></html>'],
    ['an empty body', ''],
    ['plain text', 'Too Many Requests'],
    ['truncated JSON', '{"errors":[{"code":"clerk_key_invalid","mess'],
    ['an empty errors array', '{"errors":[]}'],
    ['an errors array of one empty entry', '{"errors":[{}]}'],
    ['an errors array of unusable entries', '{"errors":[null,{"code":""},{"meta":{"param_name":"name"}}]}'],
  ])('gives each status its class and fixed code and message for %s', (_label, body) => {
    for (const status of STATUSES) {
      const error = errorFromResponse(response(status, body), context());
      expectExactly(error, FIXED[status].type);
      expect({ status: error.status, code: error.code, message: error.message }).toEqual({
        status,
        code: FIXED[status].code,
        message: FIXED[status].message,
      });
      expect(error).toMatchObject({ longMessage: null, traceId: null, errors: [], retryAfterSeconds: null });
    }
  });

  it('maps a 401 with an HTML body to UnauthorizedError authorization_failed, and a 429 with an empty body to RateLimitedError too_many_requests', () => {
    const unauthorized = errorFromResponse(response(401, '<html>401 Authorization Required</html>'), context());
    expect(unauthorized).toBeInstanceOf(UnauthorizedError);
    expect(unauthorized).toMatchObject({ code: 'authorization_failed', message: 'Clerk rejected the secret key.' });
    const limited = errorFromResponse(response(429, '', { 'clerk-trace-id': 'trace_header' }), context({ retryAfterSeconds: 3 }));
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect(limited).toMatchObject({ code: 'too_many_requests', message: 'Clerk rate limit reached; retry later.', retryAfterSeconds: 3, traceId: 'trace_header' });
  });

  it("prefers the first error's long_message as the message", () => {
    const error = errorFromResponse(response(422, { errors: [{ code: 'form_param_missing', message: 'is missing', long_message: 'name must be included.' }] }), context());
    expect(error).toMatchObject({ code: 'form_param_missing', message: 'name must be included.', longMessage: 'name must be included.' });
  });

  it.each([
    ['no long_message', { code: 'form_param_missing', message: 'is missing' }],
    ['an empty long_message', { code: 'form_param_missing', message: 'is missing', long_message: '' }],
    ['a long_message that is not a string', { code: 'form_param_missing', message: 'is missing', long_message: 5 }],
  ])("falls back to the first error's message when it has %s", (_label, entry) => {
    const error = errorFromResponse(response(422, { errors: [entry] }), context());
    expect(error).toMatchObject({ code: 'form_param_missing', message: 'is missing', longMessage: null });
  });

  it("falls back to the status's fixed message when the first error has a code only", () => {
    const error = errorFromResponse(response(401, { errors: [{ code: 'clerk_key_invalid', message: '' }] }), context());
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect(error).toMatchObject({ code: 'clerk_key_invalid', message: 'Clerk rejected the secret key.', longMessage: null });
  });

  it('gives unknown_error as the code of a first error that has a message but no code', () => {
    const error = errorFromResponse(response(403, { errors: [{ message: 'Unauthorized request', long_message: 'You are not authorized to perform this request' }] }), context());
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toMatchObject({ code: 'unknown_error', message: 'You are not authorized to perform this request' });
  });

  it('takes code and message from the first usable error, after dropped ones', () => {
    const error = errorFromResponse(response(422, { errors: [{}, null, { code: 'second', message: 'second message' }, { code: 'third', message: 'third message' }] }), context());
    expect(error).toMatchObject({ code: 'second', message: 'second message' });
    expect(error.errors.map((e) => e.code)).toEqual(['second', 'third']);
  });

  it("takes the trace id from the Clerk-Trace-Id header when the body has none", () => {
    const error = errorFromResponse(response(401, { errors: [{ code: 'clerk_key_invalid', message: 'invalid' }] }, { 'clerk-trace-id': 'trace_header' }), context());
    expect(error.traceId).toBe('trace_header');
  });

  it('gives NotFoundError the resource id of the call, also an empty one', () => {
    const error = errorFromResponse(response(404, { errors: [{ code: 'resource_not_found', message: 'not found', long_message: 'Resource not found' }] }), context({ resourceId: 'oa_42' }));
    expectExactly(error, NotFoundError);
    expect((error as NotFoundError).resourceId).toBe('oa_42');
    expect((errorFromResponse(response(404, ''), context({ resourceId: '' })) as NotFoundError).resourceId).toBe('');
  });

  it.each([401, 403, 429, 500, 502, 503, 418] as const)(
    'turns %i into UpstreamError with outcomeUnknown when an earlier attempt may have been applied',
    (status) => {
      const error = errorFromResponse(
        response(status, { errors: [{ code: 'some_code', message: 'short', long_message: 'Long.' }], clerk_trace_id: 'trace_body' }),
        context({ outcomeUnknown: true, retryAfterSeconds: 4 }),
      );
      expectExactly(error, UpstreamError);
      expect(error).toMatchObject({ outcomeUnknown: true, status, code: 'some_code', message: 'Long.', traceId: 'trace_body', retryAfterSeconds: 4 });
      const fixed = errorFromResponse(response(status, '<html></html>'), context({ outcomeUnknown: true }));
      expectExactly(fixed, UpstreamError);
      expect(fixed).toMatchObject({ outcomeUnknown: true, status, code: FIXED[status].code, message: FIXED[status].message });
    },
  );

  it.each([400, 422, 404] as const)('keeps %i as its own class even when the outcome of an earlier attempt is unknown', (status) => {
    const error = errorFromResponse(response(status, ''), context({ outcomeUnknown: true }));
    expectExactly(error, FIXED[status].type);
    expect(error).not.toHaveProperty('outcomeUnknown');
    expect(error).toMatchObject({ code: FIXED[status].code, message: FIXED[status].message });
  });

  it.each([401, 403, 429, 500, 502, 503, 418] as const)('reports outcomeUnknown false for %i when no earlier attempt may have been applied', (status) => {
    const error = errorFromResponse(response(status, ''), context({ outcomeUnknown: false }));
    expectExactly(error, FIXED[status].type);
    if (error instanceof UpstreamError) expect(error.outcomeUnknown).toBe(false);
    else expect(error).not.toHaveProperty('outcomeUnknown');
  });
});

describe('unreadableSuccessError', () => {
  it.each([true, false])('gives upstream_response_invalid with the status, the header trace id and outcomeUnknown %s', (outcomeUnknown) => {
    const error = unreadableSuccessError(response(200, '<html>oops</html>', { 'clerk-trace-id': 'trace_header' }), outcomeUnknown);
    expectExactly(error, UpstreamError);
    expect(error).toMatchObject({
      code: 'upstream_response_invalid',
      message: 'Clerk answered, but the response body could not be read.',
      status: 200,
      traceId: 'trace_header',
      outcomeUnknown,
      longMessage: null,
      errors: [],
      retryAfterSeconds: null,
    });
  });

  it('gives no trace id without a Clerk-Trace-Id header, or with an empty one', () => {
    expect(unreadableSuccessError(response(200, 'null'), false).traceId).toBeNull();
    expect(unreadableSuccessError(response(204, '', { 'clerk-trace-id': '' }), false)).toMatchObject({ traceId: null, status: 204 });
  });
});
