import type { ReactNode } from 'react';
import type { ConsoleAction, ConsoleError } from '../console-error.js';
import { formFieldOf } from '../field-errors.js';
import { useCountdown } from '../use-countdown.js';

/** What to do when Clerk may have acted without the gateway hearing back, per action. */
const OUTCOME_UNKNOWN_NEXT_STEP: Record<ConsoleAction, string> = {
  list: 'Refresh to try again.',
  create:
    'Clerk may have created the application although the call failed. Close this form and look for it in the list before creating it again: a second try could make a duplicate.',
  update: 'Clerk may have applied the change although the call failed. Close this form and check the application in the list before saving again.',
  rotate:
    'Clerk may have issued a new secret although the call failed, and the old one may already have stopped working. Rotate again to get a secret you can see, then give it to your client.',
  delete: 'Clerk may have deleted the application although the call failed. Close this and check the list: if it is still there, delete it again.',
};

interface ErrorNoticeProps {
  readonly error: ConsoleError;
  readonly action: ConsoleAction;
  /** Offered once the error allows another try (after a rate limit's wait). */
  readonly onRetry?: () => void;
  /** Given by forms: the field errors no input of theirs shows (the others stand beside their inputs). */
  readonly otherFieldMessages?: readonly string[];
}

/** One error member of a result union, explained with what the user can do about it. */
export function ErrorNotice({ error, action, onRetry, otherFieldMessages }: ErrorNoticeProps) {
  const waitSeconds = error.__typename === 'RateLimitedError' ? (error.retryAfterSeconds ?? null) : null;
  const secondsLeft = useCountdown(waitSeconds);
  const fieldErrorsPlaced =
    error.__typename === 'ValidationError' && otherFieldMessages !== undefined && error.fieldErrors.some((fieldError) => formFieldOf(fieldError.field) !== null);
  let title: string;
  let nextStep: ReactNode;
  switch (error.__typename) {
    case 'ValidationError': {
      // Messages no input on screen shows: those the form could not place, or all of them outside a form.
      const unplaced = (otherFieldMessages ?? error.fieldErrors.map((fieldError) => fieldError.message)).filter((message) => message !== error.message);
      title = fieldErrorsPlaced ? 'Check the highlighted fields' : 'The request was refused';
      nextStep = unplaced.length > 0 && (
        <ul>
          {unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      );
      break;
    }
    case 'NotFoundError':
      title = 'Application not found';
      nextStep = `No application has the id ${error.resourceId}: it may have been deleted elsewhere. Refresh the list.`;
      break;
    case 'RateLimitedError':
      title = 'Rate limited';
      nextStep =
        waitSeconds === null
          ? 'Clerk is limiting requests. Wait a moment before trying again.'
          : `Clerk is limiting requests. Wait ${waitSeconds} seconds before trying again.`;
      break;
    case 'UpstreamError':
      title = error.outcomeUnknown ? 'Outcome unknown' : 'Clerk did not answer';
      nextStep = error.outcomeUnknown
        ? OUTCOME_UNKNOWN_NEXT_STEP[action]
        : `Nothing was changed${error.status ? ` (Clerk answered ${error.status})` : ''}. Try again in a moment.`;
      break;
    case 'UnauthorizedError':
      title = 'Not authorized';
      nextStep = "Clerk rejected the gateway's secret key. Ask whoever runs the gateway to check its CLERK_SECRET_KEY.";
      break;
    case 'IdempotencyConflictError':
      // The console sends one key per action and a new one when the input changes, so this is the
      // same action sent twice at once, most likely from two tabs.
      title = error.code === 'idempotency_key_in_use' ? 'Still in progress' : 'Already done with other values';
      nextStep =
        error.code === 'idempotency_key_in_use'
          ? 'The first try of this action has not finished yet. Wait a moment, then try again to get its answer.'
          : 'This action was already sent with other values. Close this form and start again.';
      break;
    case 'ForbiddenError':
      title = 'Forbidden';
      nextStep = "The gateway's Clerk key may not manage OAuth applications on this instance. Ask an administrator of the Clerk instance.";
      break;
  }
  const canRetry = onRetry && error.__typename !== 'ValidationError' && !(error.__typename === 'UpstreamError' && error.outcomeUnknown);
  return (
    <div className="notice notice-error" role="alert" data-error={error.__typename}>
      <strong>{title}</strong>
      {/* A ValidationError's message repeats its field errors, which then stand beside their inputs. */}
      <p>{fieldErrorsPlaced ? 'Correct the fields marked in red, then try again.' : error.message}</p>
      {nextStep && <div className="next-step">{nextStep}</div>}
      {error.traceId && <p className="trace">Trace id: {error.traceId}</p>}
      {canRetry && (
        <button type="button" onClick={onRetry} disabled={secondsLeft > 0}>
          {secondsLeft > 0 ? `Try again in ${secondsLeft} s` : 'Try again'}
        </button>
      )}
    </div>
  );
}

/** The request itself failed (network, HTTP or GraphQL errors): no result union to read. */
export function TransportNotice({ message, onRetry }: { readonly message: string; readonly onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert" data-error="transport">
      <strong>The gateway could not be reached</strong>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
