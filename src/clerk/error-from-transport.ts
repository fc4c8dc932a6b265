/**
 * Maps a transport failure (no usable answer from Clerk) to an UpstreamError. Messages are fixed
 * texts: the underlying error (which may name hosts or ports) stays in `cause`, for logs only.
 */
import { UpstreamError } from './errors.js';
import type { TransportError } from './transport.js';

export function errorFromTransportFailure(failure: TransportError, outcomeUnknown: boolean): UpstreamError {
  const { code, message } = describe(failure);
  return new UpstreamError({ code, message, status: failure.status, outcomeUnknown, cause: failure });
}

/** The caller cancelled the call (its AbortSignal fired): the client stops at once with this. */
export function abortedCallError(outcomeUnknown: boolean, reason: unknown): UpstreamError {
  return new UpstreamError({
    code: 'request_aborted',
    message: 'The request to Clerk was cancelled.',
    outcomeUnknown,
    cause: reason,
  });
}

export function closedClientError(): UpstreamError {
  return new UpstreamError({ code: 'client_closed', message: 'The Clerk client has been closed.' });
}

function describe(failure: TransportError): { code: string; message: string } {
  switch (failure.kind) {
    case 'timeout':
      return { code: 'upstream_timeout', message: 'Clerk did not answer in time.' };
    case 'aborted':
      return { code: 'request_aborted', message: 'The request to Clerk was cancelled.' };
    case 'response_too_large':
      return { code: 'upstream_response_too_large', message: 'Clerk sent a response larger than the gateway accepts.' };
    case 'network':
      return failure.surelyNotSent
        ? { code: 'upstream_unreachable', message: 'Could not connect to Clerk.' }
        : { code: 'upstream_connection_failed', message: 'The connection to Clerk failed before an answer arrived.' };
  }
}
