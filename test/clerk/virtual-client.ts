import { type AttemptEvent, ClerkClient, type ClerkClientOptions, type LimiterEvent } from '../../src/clerk/client.js';
import { fakeTransport, type Step } from './fake-transport.js';
import { VirtualTime } from './virtual-time.js';

/** Where virtual time starts; `sentAt` and `elapsed` count from here. */
export const START = 1_700_000_000_000;

/**
 * A ClerkClient answered by a scripted fake transport in virtual time (random = 0), recording the
 * requests, when each was sent, and the client's attempt and limiter events.
 */
export function virtualClient(script: Step[], options: Partial<ClerkClientOptions> = {}) {
  const vt = new VirtualTime(START);
  const fake = fakeTransport(vt, script);
  const events: AttemptEvent[] = [];
  const limiterEvents: LimiterEvent[] = [];
  /** Virtual times (ms from start) at which the transport received each request. */
  const sentAt: number[] = [];
  const client = new ClerkClient({
    apiUrl: 'https://api.clerk.test',
    secretKey: 'sk_test_virtual_client_key',
    transport: (request) => {
      sentAt.push(vt.now - START);
      return fake.transport(request);
    },
    clock: vt.clock,
    sleep: vt.sleep,
    random: () => 0,
    onAttempt: (event) => events.push(event),
    onLimiter: (event) => limiterEvents.push(event),
    ...options,
  });
  return {
    vt,
    client,
    requests: fake.requests,
    events,
    limiterEvents,
    sentAt,
    /** The waits before each retry. */
    delays: () => events.filter((event) => event.outcome === 'retry').map((event) => event.delayMs),
    elapsed: () => vt.now - START,
  };
}
