import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClerkClient } from '../../src/clerk/client.js';
import { renderGraphiQL } from '../../src/http/graphiql-page.js';
import { loadGraphiqlTabs } from '../../src/http/graphiql-tabs.js';
import { createGateway } from '../../src/app.js';
import { CreateApplication } from '../support/documents.js';
import { startGatewayHarness, type GatewayHarness } from '../support/gateway-harness.js';
import { requestOnce } from '../support/serve-gateway.js';

let harness: GatewayHarness;
beforeAll(async () => {
  harness = await startGatewayHarness();
});
afterAll(() => harness.close());

describe('health and readiness', () => {
  it('/health answers while the process runs', async () => {
    expect((await harness.fetch('/health')).status).toBe(200);
  });

  it('/ready is 200 when Clerk answers, 503 when it does not', async () => {
    expect((await harness.fetch('/ready')).status).toBe(200);

    const unreachable = new ClerkClient({ apiUrl: 'http://127.0.0.1:1', secretKey: 'sk_test_x' });
    const gateway = createGateway({ clerk: unreachable, callerAuth: { mode: 'none' }, graphiql: false });
    expect((await requestOnce(gateway, '/ready')).status).toBe(503);
    await unreachable.close();
  });

  it('only the path /ready is the readiness route', async () => {
    expect((await harness.fetch('/other/ready')).status).toBe(404);
    // Answered by GraphQL (no query given), not as a readiness probe with an empty body.
    expect(await (await harness.fetch('/graphql?then=/ready', { headers: { 'x-graphql-csrf': '1' } })).text()).toContain('"errors"');
  });
});

describe('GraphiQL', () => {
  it('serves GraphiQL with the example operations as default tabs', async () => {
    const tabs = loadGraphiqlTabs('oa_sample');
    expect(tabs.map((tab) => /(?:query|mutation) (\w+)/.exec(tab.query)?.[1])).toEqual([
      'ListOAuthApplications',
      'GetOAuthApplication',
      'CreateOAuthApplication',
      'UpdateOAuthApplication',
      'RotateOAuthApplicationSecret',
      'DeleteOAuthApplication',
    ]);
    // Each tab carries the fragments it spreads and reads the error union.
    for (const tab of tabs) {
      expect(tab.query).toContain('... on Error');
      if (tab.query.includes('...OAuthApplicationFields')) expect(tab.query).toContain('fragment OAuthApplicationFields');
    }
    expect(JSON.parse(tabs[1]!.variables)).toEqual({ id: 'oa_sample' });

    const gateway = createGateway({ clerk: harness.clerk, callerAuth: { mode: 'none' }, graphiql: { defaultTabs: tabs, render: renderGraphiQL } });
    const page = await requestOnce(gateway, '/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = page.body;
    expect(html).toContain('RotateOAuthApplicationSecret');
  });

  it('serves no GraphiQL page when disabled', async () => {
    const page = await harness.fetch('/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});

describe('responses', () => {
  it('are never cacheable, since some carry a client secret', async () => {
    const response = await harness.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
    const created = await harness.execute(CreateApplication, { input: { name: 'No store' } });
    expect(created.status).toBe(200);
  });

  it('mask unexpected failures: no stack, URL or key reaches the caller', async () => {
    const broken = new ClerkClient({ apiUrl: harness.origin, secretKey: 'sk_test_secretthatmustnotleak000000' });
    // A failure that is not one of the gateway's error classes.
    broken.oauthApplications.list = () => Promise.reject(new Error(`boom at ${harness.origin} with sk_test_secretthatmustnotleak000000`));
    const gateway = createGateway({ clerk: broken, callerAuth: { mode: 'none' }, graphiql: false });
    const { body } = await requestOnce(gateway, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ oauthApplications { __typename } }' }),
    });
    expect(JSON.parse(body)).toMatchObject({ errors: [{ message: 'Unexpected error.' }] });
    expect(body).not.toContain('sk_test_secretthatmustnotleak');
    expect(body).not.toContain(harness.origin);
    expect(body).not.toContain('boom');
    await broken.close();
  });
});
