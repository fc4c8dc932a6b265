import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListApplications } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';

const TOKEN = 'caller-token-0123456789abcdef';
let harness: GatewayHarness;

beforeAll(async () => {
  harness = await startGatewayHarness({ callerAuth: { mode: 'tokens', tokens: ['another-token-000000000000', TOKEN] } });
});
afterAll(() => harness.close());

describe('caller authentication with static tokens', () => {
  it('serves a caller with a known token', async () => {
    const response = await harness.execute(ListApplications, {}, { authorization: `Bearer ${TOKEN}` });
    expect(response.status).toBe(200);
    expect(response.data?.oauthApplications.__typename).toBe('OAuthApplicationConnection');
  });

  it.each([
    ['no header', undefined],
    ['a wrong token', `Bearer ${TOKEN}x`],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, 10)}`],
    ['another scheme', `Basic ${TOKEN}`],
    ['an empty bearer', 'Bearer '],
  ])('answers 401 with a GraphQL error body for %s, without calling Clerk', async (_case, authorization) => {
    harness.emulator.resetStats();
    const response = await harness.execute(ListApplications, {}, authorization === undefined ? {} : { authorization });
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(response.data).toBeUndefined();
    expect(response.raw).not.toContain(TOKEN);
    expect(harness.upstreamCalls()).toBe(0);
  });

  it('leaves /health open for probes', async () => {
    const response = await harness.fetch('/health');
    expect(response.status).toBe(200);
  });
});
