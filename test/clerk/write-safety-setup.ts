/**
 * A ClerkClient on the scripted fake transport and virtual time, for the write-safety tests: the six
 * operations by kind, and the steps that stand for each kind of failed attempt.
 */
import { type AttemptEvent, ClerkClient, type ClerkClientOptions, type CallOptions } from '../../src/clerk/client.js';
import type { OperationKind } from '../../src/clerk/retry-rules.js';
import { APP, APP_WITH_SECRET, fakeTransport, type Step } from './fake-transport.js';
import { VirtualTime } from './virtual-time.js';

export const START = 1_700_000_000_000;
export const ID = APP.id;

/** `onRequest` is told the index (0 for the first) of each request as the transport receives it. */
export function setupClient(script: Step[], options: Partial<ClerkClientOptions> = {}, onRequest?: (index: number, vt: VirtualTime) => void) {
  const vt = new VirtualTime(START);
  const fake = fakeTransport(vt, script);
  const events: AttemptEvent[] = [];
  const client = new ClerkClient({
    apiUrl: 'https://api.clerk.test',
    secretKey: 'sk_test_very_secret',
    transport: (request) => {
      const answer = fake.transport(request);
      onRequest?.(fake.requests.length - 1, vt);
      return answer;
    },
    clock: vt.clock,
    sleep: vt.sleep,
    random: () => 0,
    onAttempt: (event) => events.push(event),
    ...options,
  });
  return { vt, client, requests: fake.requests, events };
}

export interface Operation {
  name: string;
  kind: OperationKind;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  call: (client: ClerkClient, options?: CallOptions) => Promise<unknown>;
  /** A 200 body the operation accepts as its result. */
  success: unknown;
}

export const OPERATIONS: readonly Operation[] = [
  { name: 'getOAuthApplication', kind: 'read', method: 'GET', call: (c, o) => c.oauthApplications.get(ID, o), success: APP },
  {
    name: 'listOAuthApplications',
    kind: 'read',
    method: 'GET',
    call: (c, o) => c.oauthApplications.list({ limit: 10 }, o),
    success: { data: [APP], total_count: 1 },
  },
  {
    name: 'updateOAuthApplication',
    kind: 'idempotent_write',
    method: 'PATCH',
    call: (c, o) => c.oauthApplications.update(ID, { name: 'Renamed' }, o),
    success: APP,
  },
  {
    name: 'deleteOAuthApplication',
    kind: 'idempotent_write',
    method: 'DELETE',
    call: (c, o) => c.oauthApplications.delete(ID, o),
    success: { object: 'oauth_application', id: ID, deleted: true },
  },
  {
    name: 'createOAuthApplication',
    kind: 'unsafe_write',
    method: 'POST',
    call: (c, o) => c.oauthApplications.create({ name: 'App' }, o),
    success: APP_WITH_SECRET,
  },
  {
    name: 'rotateOAuthApplicationSecret',
    kind: 'reissuing_write',
    method: 'POST',
    call: (c, o) => c.oauthApplications.rotateSecret(ID, o),
    success: APP_WITH_SECRET,
  },
];

/** Creates: never sent again after an attempt that may have landed. */
export const UNSAFE_WRITES = OPERATIONS.filter((op) => op.kind === 'unsafe_write');
/** Rotations: sent again after a lost answer, so that the secret answered is the one Clerk holds. */
export const REISSUING_WRITES = OPERATIONS.filter((op) => op.kind === 'reissuing_write');
/** Both POSTs: what holds for creates and rotations alike. */
export const POSTS = OPERATIONS.filter((op) => op.method === 'POST');

/** A response whose body passed the transport's size cap: the status arrived, the body did not. */
export const oversized = (status: number | null): Step => ({ fail: { kind: 'response_too_large', surelyNotSent: false, status } });
