import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication, ListApplications } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';
import { postJson } from './attack-support.js';

/** Pass-through: the gateway holds no usable key; each caller's own `Bearer sk_…` goes to Clerk. */
const CALLER_KEY = 'sk_test_callerownkey0123456789abcdefghij';
let harness: GatewayHarness;

beforeAll(async () => {
  harness = await startGatewayHarness({
    emulator: { secretKeys: [CALLER_KEY] },
    clientSecretKey: 'passthrough-mode-holds-no-key',
    callerAuth: { mode: 'passthrough' },
  });
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

describe('pass-through caller authentication', () => {
  it("uses the caller's key for reads and writes", async () => {
    const auth = { authorization: `Bearer ${CALLER_KEY}` };
    const created = await harness.execute(CreateApplication, { input: { name: 'Made with my key' } }, auth);
    asType(created.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const list = await harness.execute(ListApplications, { nameQuery: 'Made with my key' }, auth);
    expect(asType(list.data?.oauthApplications, 'OAuthApplicationConnection').totalCount).toBe(1);
    expect(list.raw).not.toContain(CALLER_KEY);
  });

  it("answers UnauthorizedError when Clerk rejects the caller's key", async () => {
    const response = await harness.execute(ListApplications, {}, { authorization: 'Bearer sk_test_notmykey000000000000000000000' });
    expect(asType(response.data?.oauthApplications, 'UnauthorizedError').code).toBe('clerk_key_invalid');
    expect(response.raw).not.toContain('sk_test_notmykey');
  });

  it('refuses with 401 what cannot be a Clerk secret key, without calling Clerk', async () => {
    for (const authorization of [undefined, 'Bearer pk_test_publishable', 'Bearer sk_test_', `Basic ${CALLER_KEY}`]) {
      const response = await postJson(harness, { query: '{ oauthApplications { __typename } }' }, authorization ? { authorization } : {});
      expect(response.status).toBe(401);
    }
    expect(harness.upstreamCalls()).toBe(0);
  });
});
