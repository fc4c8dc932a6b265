/**
 * Unit proofs of the mapping from a transport failure (no usable answer from Clerk) to
 * UpstreamError (src/clerk/error-from-transport.ts): one fixed code and message per kind of
 * failure, the cause kept for logs only, and outcomeUnknown passed through as decided by the caller.
 */
import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../src/clerk/errors.js';
import { abortedCallError, closedClientError, errorFromTransportFailure } from '../../src/clerk/error-from-transport.js';
import { TransportError, type TransportErrorInit } from '../../src/clerk/transport.js';

const HOST_DETAIL = 'connect ECONNREFUSED 10.20.30.40:8443 (api.clerk.internal.example)';

describe('errorFromTransportFailure', () => {
  it.each([
    ['a timeout before the request was sent', { kind: 'timeout', surelyNotSent: true, code: 'UND_ERR_CONNECT_TIMEOUT' }, 'upstream_timeout', 'Clerk did not answer in time.', null],
    ['a timeout after the request was sent', { kind: 'timeout', surelyNotSent: false, code: 'UND_ERR_HEADERS_TIMEOUT' }, 'upstream_timeout', 'Clerk did not answer in time.', null],
    ['a timeout while the body streamed', { kind: 'timeout', surelyNotSent: false, status: 200, code: 'UND_ERR_BODY_TIMEOUT' }, 'upstream_timeout', 'Clerk did not answer in time.', 200],
    ['an abort while queued', { kind: 'aborted', surelyNotSent: true }, 'request_aborted', 'The request to Clerk was cancelled.', null],
    ['an abort in flight', { kind: 'aborted', surelyNotSent: false }, 'request_aborted', 'The request to Clerk was cancelled.', null],
    ['a body over the size cap', { kind: 'response_too_large', surelyNotSent: false, status: 200 }, 'upstream_response_too_large', 'Clerk sent a response larger than the gateway accepts.', 200],
    ['an error body over the size cap', { kind: 'response_too_large', surelyNotSent: false, status: 502 }, 'upstream_response_too_large', 'Clerk sent a response larger than the gateway accepts.', 502],
    ['a refused connection', { kind: 'network', surelyNotSent: true, code: 'ECONNREFUSED' }, 'upstream_unreachable', 'Could not connect to Clerk.', null],
    ['a DNS failure', { kind: 'network', surelyNotSent: true, code: 'ENOTFOUND' }, 'upstream_unreachable', 'Could not connect to Clerk.', null],
    ['a reset after the request was written', { kind: 'network', surelyNotSent: false, code: 'ECONNRESET' }, 'upstream_connection_failed', 'The connection to Clerk failed before an answer arrived.', null],
    ['a socket closed before the answer', { kind: 'network', surelyNotSent: false, code: 'UND_ERR_SOCKET' }, 'upstream_connection_failed', 'The connection to Clerk failed before an answer arrived.', null],
  ] as [string, TransportErrorInit, string, string, number | null][])(
    'maps %s to its fixed code and message',
    (_label, init, code, message, status) => {
      for (const outcomeUnknown of [false, true]) {
        const failure = new TransportError({ ...init, cause: new Error(HOST_DETAIL) });
        const error = errorFromTransportFailure(failure, outcomeUnknown);
        expect(error.constructor).toBe(UpstreamError);
        expect(error).toMatchObject({ code, message, status, outcomeUnknown, traceId: null, longMessage: null, errors: [], retryAfterSeconds: null });
        expect(error.cause).toBe(failure);
      }
    },
  );

  it.each([
    { kind: 'timeout', surelyNotSent: false },
    { kind: 'aborted', surelyNotSent: false },
    { kind: 'response_too_large', surelyNotSent: false, status: 200 },
    { kind: 'network', surelyNotSent: true },
    { kind: 'network', surelyNotSent: false },
  ] as TransportErrorInit[])('never puts the cause’s hosts, ports or codes in the message (%o)', (init) => {
    const failure = new TransportError({ ...init, code: 'ECONNREFUSED', cause: new Error(HOST_DETAIL) });
    const error = errorFromTransportFailure(failure, false);
    for (const leak of ['10.20.30.40', '8443', 'api.clerk.internal', 'ECONNREFUSED', 'HTTP transport failure']) {
      expect(error.message).not.toContain(leak);
    }
    expect(error.message).not.toBe(failure.message);
    // The detail stays reachable for logs, through the cause chain.
    expect((failure.cause as Error).message).toBe(HOST_DETAIL);
  });
});

describe('abortedCallError', () => {
  it.each([true, false])('gives request_aborted with outcomeUnknown %s and the abort reason as cause', (outcomeUnknown) => {
    const reason = new DOMException(`aborted by ${HOST_DETAIL}`, 'AbortError');
    const error = abortedCallError(outcomeUnknown, reason);
    expect(error.constructor).toBe(UpstreamError);
    expect(error).toMatchObject({
      code: 'request_aborted',
      message: 'The request to Clerk was cancelled.',
      outcomeUnknown,
      status: null,
      traceId: null,
      errors: [],
    });
    expect(error.cause).toBe(reason);
    expect(error.message).not.toContain('10.20.30.40');
  });

  it('has no cause when the signal gave no reason', () => {
    const error = abortedCallError(false, undefined);
    expect(error).toMatchObject({ code: 'request_aborted', outcomeUnknown: false });
    expect(error).not.toHaveProperty('cause');
  });
});

describe('closedClientError', () => {
  it('gives client_closed, no status, no cause, outcome known', () => {
    const error = closedClientError();
    expect(error.constructor).toBe(UpstreamError);
    expect(error).toMatchObject({
      code: 'client_closed',
      message: 'The Clerk client has been closed.',
      outcomeUnknown: false,
      status: null,
      traceId: null,
    });
    expect(error).not.toHaveProperty('cause');
  });
});
