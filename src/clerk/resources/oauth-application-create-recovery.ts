/**
 * A create whose outcome is unknown, found out. Clerk has no idempotency keys, so when a create's
 * answer is lost (a reset after sending, a 5xx, an unreadable 2xx, a timeout) the only way to learn
 * whether it landed is to look: list the applications of that name, newest first, and judge.
 *
 * Which applications count: those whose name equals the one sent, created (by Clerk's clock) no
 * earlier than the moment the gateway sent the create minus a clock-skew tolerance. Comparing
 * `created_at` with the send time, rather than taking a snapshot of the list before every create,
 * keeps a create at one Clerk request when nothing fails. A skew larger than the tolerance must not
 * turn a landed create into "absent" (and a duplicate): same-name applications created within a
 * longer look-back before that window make the verdict unclear instead.
 *
 * - exactly one in the window, none in the look-back, and its attributes are those sent: the create
 *   landed. Its secret went out with the lost answer and was seen by nobody, so the secret is
 *   rotated and the rotation's answer is the create's (a public application has no secret);
 * - none in either: it did not land. When the failed attempt had ended at Clerk (a 500 or 503, a
 *   connection Clerk closed after reading the request), the create is sent once more within the
 *   deadline; after a timeout or a proxy's 502/504 Clerk may still be working on it, so the answer
 *   stays an unknown outcome. A second absence after that retry is a known failure (not unknown);
 * - anything else (two candidates, other attributes, an earlier one, a list that failed or ran out
 *   of time): the outcome stays unknown, as without recovery.
 *
 * Two callers creating the same name with the same attributes at the same moment cannot be told
 * apart: one of them may be answered with the other's application. The README says so.
 *
 * A caller who asked for a single attempt (`strategy: none`) gets no recovery: one request, as asked.
 */
import type { CallOptions } from '../client.js';
import { UpstreamError } from '../errors.js';
import type { RetryOverride } from '../retry-policy.js';
import type {
  CreateOAuthApplicationBody,
  ListOAuthApplicationsQuery,
  OAuthApplicationJson,
  OAuthApplicationListJson,
  OAuthApplicationWithSecretJson,
} from './oauth-applications.js';

/** The three calls recovery makes, as OAuthApplicationsApi offers them. */
export interface CreateRecoveryCalls {
  create(body: CreateOAuthApplicationBody, options?: CallOptions): Promise<OAuthApplicationWithSecretJson>;
  list(query: ListOAuthApplicationsQuery, options?: CallOptions): Promise<OAuthApplicationListJson>;
  rotateSecret(id: string, options?: CallOptions): Promise<OAuthApplicationWithSecretJson>;
}

/** The client's clock and the deadline it gives a call (the same ones the call executor uses). */
export interface CallClock {
  now(): number;
  callDurationMs(retry: RetryOverride | null | undefined): number;
}

/** How far Clerk's clock may run behind the gateway's before a landed create is missed by the window. */
export const CLOCK_SKEW_TOLERANCE_MS = 5_000;
/** Same-name applications created this long before the window make the verdict unclear. */
export const LOOK_BACK_MS = 10 * 60_000;
/** Page size of the recovery listing, and how many pages it reads at most. */
const PAGE_SIZE = 100;
const MAX_PAGES = 3;
/** A step (a listing, a rotation, a resend) is started only with at least this much of the deadline left. */
const MIN_STEP_MS = 1_000;

type Verdict = { readonly type: 'landed'; readonly application: OAuthApplicationJson } | { readonly type: 'absent' } | { readonly type: 'unclear' };

export async function createWithRecovery(
  calls: CreateRecoveryCalls,
  clock: CallClock,
  body: CreateOAuthApplicationBody,
  options: CallOptions = {},
): Promise<OAuthApplicationWithSecretJson> {
  const deadline = clock.now() + clock.callDurationMs(options.retry);
  const recovering = options.retry?.strategy !== 'none';
  let resent = false;
  for (;;) {
    const sentAt = clock.now();
    let lost: UpstreamError;
    try {
      return await calls.create(body, resent ? within(options, deadline, clock) : options);
    } catch (error) {
      if (!recovering || !(error instanceof UpstreamError) || !error.outcomeUnknown) throw error;
      lost = error;
    }
    const verdict = await judge(calls, clock, body, sentAt, deadline, options);
    if (verdict.type === 'landed') return answerLanded(calls, clock, verdict.application, lost, deadline, options);
    if (verdict.type === 'unclear' || !endedAtClerk(lost)) throw lost;
    // It did not land, and Clerk is done with it.
    if (resent || deadline - clock.now() < MIN_STEP_MS) throw notCreated(lost);
    resent = true;
  }
}

/** Lists the applications of that name created around the send time, and says what they show. */
async function judge(
  calls: CreateRecoveryCalls,
  clock: CallClock,
  body: CreateOAuthApplicationBody,
  sentAt: number,
  deadline: number,
  options: CallOptions,
): Promise<Verdict> {
  const windowFrom = sentAt - CLOCK_SKEW_TOLERANCE_MS;
  const lookBackFrom = windowFrom - LOOK_BACK_MS;
  const inWindow: OAuthApplicationJson[] = [];
  let earlier = 0;
  for (let page = 0; ; page += 1) {
    if (page === MAX_PAGES || deadline - clock.now() < MIN_STEP_MS) return { type: 'unclear' };
    let list: OAuthApplicationListJson;
    try {
      list = await calls.list({ name_query: body.name, order_by: '-created_at', limit: PAGE_SIZE, offset: page * PAGE_SIZE }, within(options, deadline, clock));
    } catch {
      return { type: 'unclear' };
    }
    for (const application of list.data) {
      if (application.name !== body.name) continue;
      if (application.created_at >= windowFrom) inWindow.push(application);
      else if (application.created_at >= lookBackFrom) earlier += 1;
    }
    const oldest = list.data.at(-1);
    const exhausted = (page + 1) * PAGE_SIZE >= list.total_count || list.data.length < PAGE_SIZE;
    if (exhausted || oldest === undefined || oldest.created_at < lookBackFrom) break;
  }
  if (inWindow.length === 0 && earlier === 0) return { type: 'absent' };
  const [only] = inWindow;
  if (inWindow.length === 1 && earlier === 0 && only !== undefined && hasAttributes(only, body)) return { type: 'landed', application: only };
  return { type: 'unclear' };
}

/** The landed application with a secret someone has seen: rotated, unless it is public. */
async function answerLanded(
  calls: CreateRecoveryCalls,
  clock: CallClock,
  application: OAuthApplicationJson,
  lost: UpstreamError,
  deadline: number,
  options: CallOptions,
): Promise<OAuthApplicationWithSecretJson> {
  if (application.public) return application;
  if (deadline - clock.now() < MIN_STEP_MS) throw lost;
  try {
    return await calls.rotateSecret(application.id, within(options, deadline, clock));
  } catch {
    // The application exists, but no usable secret came back: still an unknown outcome to the caller.
    throw lost;
  }
}

/** Every field the create sent, as the application has it (fields not sent are Clerk's to choose). */
function hasAttributes(application: OAuthApplicationJson, body: CreateOAuthApplicationBody): boolean {
  if (body.redirect_uris != null && !sameSet(application.redirect_uris, body.redirect_uris)) return false;
  if (body.redirect_uris == null && body.callback_url != null && !application.redirect_uris.includes(body.callback_url)) return false;
  if (body.scopes != null && !sameSet(words(application.scopes), words(body.scopes))) return false;
  if (body.consent_screen_enabled != null && application.consent_screen_enabled !== body.consent_screen_enabled) return false;
  if (body.pkce_required != null && application.pkce_required !== body.pkce_required) return false;
  if (body.public != null && application.public !== body.public) return false;
  return true;
}

/**
 * Whether Clerk had finished with the failed attempt: it answered 500 or 503, or closed the
 * connection after reading the request. After a timeout, a proxy's 502 or 504, or an abort, the
 * request may still be on its way through Clerk and land after the listing.
 */
function endedAtClerk(error: UpstreamError): boolean {
  if (error.status === 500 || error.status === 503) return true;
  return error.status === null && error.code === 'upstream_connection_failed';
}

function notCreated(lost: UpstreamError): UpstreamError {
  return new UpstreamError({
    code: lost.code,
    message: `${lost.message} The application was not created: no application of that name appeared.`,
    longMessage: lost.longMessage,
    traceId: lost.traceId,
    status: lost.status,
    retryAfterSeconds: lost.retryAfterSeconds,
    outcomeUnknown: false,
  });
}

/** The caller's options with what is left of the deadline as the call's time budget. */
function within(options: CallOptions, deadline: number, clock: CallClock): CallOptions {
  return { ...options, retry: { ...options.retry, maxElapsedTimeMs: Math.max(1, deadline - clock.now()) } };
}

function words(scopes: string): string[] {
  return scopes.split(' ').filter((scope) => scope !== '');
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}
