/**
 * Idempotency keys on mutations: the input field, the payload's `replayed`, the key's check and
 * the wrapper a resolver runs its Clerk calls in (src/idempotency/ does the work). A mutation adds
 * `idempotencyKey: idempotencyKeyField(t)` to its input, `replayed: replayedField(t)` to its payload,
 * `IdempotencyConflictError` to its result union, and returns `onceForKey(context, …, run)`.
 */
import { callerScope, type CallerIdentity } from '../auth/caller-identity.js';
import type { RetryOverride } from '../clerk/retry-policy.js';
import type { GatewayContext } from '../context.js';
import type { Replayable } from '../idempotency/idempotency.js';
import type { InputProblems } from './input-validation.js';

export const IDEMPOTENCY_KEY_FIELD = 'idempotencyKey';
const KEY_PATTERN = /^[\x20-\x7e]{8,255}$/;
/** The first request holds its key this long beyond its own deadline before it is presumed gone. */
const LEASE_MARGIN_MS = 60_000;

// Pothos field builders are typed per type; these take the one they are handed.
interface InputFieldBuilder<Field> {
  string(options: { description: string }): Field;
}
interface ObjectFieldBuilder<Field> {
  exposeBoolean(name: 'replayed', options: { description: string }): Field;
}

export function idempotencyKeyField<Field>(t: InputFieldBuilder<Field>): Field {
  return t.string({
    description:
      'Chosen by the client once per user action (8-255 printable characters): a repeat with the same key and input within 24 hours gets the first answer instead of a second write.',
  });
}

export function replayedField<Field>(t: ObjectFieldBuilder<Field>): Field {
  return t.exposeBoolean('replayed', { description: 'True when this answer was replayed from an earlier request with the same idempotency key.' });
}

/** 8 to 255 printable ASCII characters, and a caller it can belong to. */
export function checkIdempotencyKey(problems: InputProblems, key: string | null | undefined, caller: CallerIdentity): void {
  if (key == null) return;
  const field = `input.${IDEMPOTENCY_KEY_FIELD}`;
  if (!KEY_PATTERN.test(key)) problems.add(field, 'form_param_format_invalid', `${field} must be 8 to 255 printable ASCII characters.`);
  else if (callerScope(caller) === null) problems.add(field, 'form_param_value_invalid', `${field} needs a caller identity: the token has no sub claim.`);
}

export interface KeyedMutation {
  /** The mutation field's name. */
  readonly operation: string;
  /** The mutation's input, key included (it is left out of the comparison). */
  readonly input: { readonly idempotencyKey?: string | null };
  /** The call's retry override: sets how long a repeat may wait; not part of the comparison. */
  readonly retry: RetryOverride | undefined;
  /** Payload fields holding secrets. */
  readonly secretFields?: readonly string[];
}

/** Runs `execute` once per idempotency key and caller (or simply runs it when no key was given). */
export function onceForKey<T extends object>(context: GatewayContext, mutation: KeyedMutation, execute: () => Promise<T>): Promise<Replayable<T>> {
  const { idempotencyKey, ...input } = mutation.input;
  const callMs = context.clerk.callDurationMs(mutation.retry);
  return context.idempotency.run(
    {
      key: idempotencyKey,
      // checkIdempotencyKey refused a key without a scope before this runs.
      scope: callerScope(context.caller) ?? '',
      operation: mutation.operation,
      input,
      waitMs: callMs,
      leaseMs: callMs + LEASE_MARGIN_MS,
      ...(context.clerkOptions.secretKey === undefined ? {} : { keyMaterial: context.clerkOptions.secretKey }),
      ...(mutation.secretFields ? { secretFields: mutation.secretFields } : {}),
      ...(context.signal ? { signal: context.signal } : {}),
    },
    execute,
  );
}
