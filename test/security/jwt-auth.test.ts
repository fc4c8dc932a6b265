import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { postJson } from './attack-support.js';

/** JWT callers, verified against a JWKS served over real HTTP, with issuer, audience and algorithm pinned. */
const ISSUER = 'https://auth.example.test/';
const AUDIENCE = 'clerk-oauth-gateway';
let jwksServer: Server;
let harness: GatewayHarness;
let signingKey: CryptoKey;
let publicKeyPem: string;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  publicKeyPem = await exportSPKI(pair.publicKey);
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'gateway-test', alg: 'RS256', use: 'sig' };
  jwksServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  harness = await startGatewayHarness({ callerAuth: { mode: 'jwt', jwksUrl, issuer: ISSUER, audience: AUDIENCE, algorithms: ['RS256'] } });
});
afterAll(async () => {
  await harness.close();
  await new Promise((resolve) => jwksServer.close(resolve));
});
beforeEach(() => harness.emulator.resetStats());

function token(claims: { iss?: string; aud?: string; expiresIn?: string | number } = {}, key: CryptoKey | Uint8Array = signingKey, alg = 'RS256') {
  return new SignJWT({ scope: 'oauth-apps' })
    .setProtectedHeader({ alg, kid: 'gateway-test' })
    .setSubject('user_123')
    .setIssuer(claims.iss ?? ISSUER)
    .setAudience(claims.aud ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '5m')
    .sign(key);
}

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const query = { query: '{ oauthApplications { __typename } }' };

async function expectRefused(bearer: string) {
  const response = await postJson(harness, query, { authorization: `Bearer ${bearer}` });
  expect(response.status).toBe(401);
  expect(response.json?.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  expect(harness.upstreamCalls()).toBe(0);
}

describe('JWT caller authentication', () => {
  it('serves a caller with a valid token', async () => {
    const response = await postJson(harness, query, { authorization: `Bearer ${await token()}` });
    expect(response.json?.data).toEqual({ oauthApplications: { __typename: 'OAuthApplicationConnection' } });
  });

  it('refuses alg: none', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expectRefused(`${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: ISSUER, aud: AUDIENCE, sub: 'x', exp: now + 300 })}.`);
  });

  it('refuses HS256 signed with the public key (algorithm confusion)', async () => {
    await expectRefused(await token({}, new TextEncoder().encode(publicKeyPem), 'HS256'));
  });

  it('refuses an expired token', async () => {
    await expectRefused(await token({ expiresIn: Math.floor(Date.now() / 1000) - 60 }));
  });

  it('refuses the wrong issuer and the wrong audience', async () => {
    await expectRefused(await token({ iss: 'https://evil.example.test/' }));
    await expectRefused(await token({ aud: 'another-service' }));
  });

  it('refuses a token signed by another key under the same kid', async () => {
    await expectRefused(await token({}, strangerKey));
  });

  it('refuses garbage and a missing token', async () => {
    await expectRefused('not.a.jwt');
    const response = await postJson(harness, query);
    expect(response.status).toBe(401);
  });
});
