import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGatewayClient } from '../../examples/urql-node/client.js';
import { runExample } from '../../examples/urql-node/run.js';
import { ListOAuthApplicationsDocument } from '../../schema/client/graphql.js';
import { startGatewayProcess, type GatewayProcess } from '../browser/gateway-process.js';

/**
 * examples/urql-node against a gateway in trusted-documents mode: the persisted documents that
 * codegen wrote are accepted, as the example sends them, and nothing else is.
 */
const PERSISTED_DOCUMENTS = 'schema/client/persisted-documents.json';
const persisted = JSON.parse(readFileSync(new URL(`../../${PERSISTED_DOCUMENTS}`, import.meta.url), 'utf8')) as Record<string, string>;

let gateway: GatewayProcess;
const sentBodies: Record<string, unknown>[] = [];
const receivedBodies: string[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  if (typeof init?.body === 'string') sentBodies.push(JSON.parse(init.body) as Record<string, unknown>);
  const response = await fetch(input, init);
  receivedBodies.push(await response.clone().text());
  return response;
};

beforeAll(async () => {
  gateway = await startGatewayProcess({ GATEWAY_TRUSTED_DOCUMENTS: PERSISTED_DOCUMENTS });
}, 30_000);
afterAll(() => gateway?.stop());

describe('the urql example on a trusted-documents gateway', () => {
  it('lists, creates, renames, rotates and deletes, sending only persisted document ids', async () => {
    const lines: string[] = [];
    const steps = await runExample(createGatewayClient({ url: gateway.endpoint, fetch: recordingFetch }), (line) => lines.push(line));

    expect(steps).toEqual([
      { step: 'list', typename: 'OAuthApplicationConnection' },
      { step: 'create', typename: 'CreateOAuthApplicationPayload' },
      { step: 'rename', typename: 'UpdateOAuthApplicationPayload' },
      { step: 'rotate secret', typename: 'RotateOAuthApplicationSecretPayload' },
      { step: 'delete', typename: 'DeleteOAuthApplicationPayload' },
    ]);
    expect(lines).toHaveLength(5);
    const secrets = receivedBodies.flatMap((body) => [...body.matchAll(/"clientSecret":"([^"]+)"/g)].map((match) => match[1]!));
    expect(secrets).toHaveLength(2); // create and rotate each returned one
    for (const secret of secrets) expect(lines.join('\n')).not.toContain(secret); // and the example printed neither

    expect(sentBodies).toHaveLength(5);
    for (const body of sentBodies) {
      expect(body['query']).toBeUndefined();
      expect(Object.keys(persisted)).toContain(body['documentId']);
    }
  });

  it('refuses a document that codegen did not persist, in text or through the same client', async () => {
    const asText = await fetch(gateway.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: persisted[(ListOAuthApplicationsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash] }),
    });
    const refusal = (await asText.json()) as { data?: unknown; errors?: { message: string }[] };
    expect(refusal.data ?? null).toBeNull();
    expect(refusal.errors?.[0]?.message).toMatch(/PersistedQueryOnly|persisted/i);

    const client = createGatewayClient({ url: gateway.endpoint });
    const unpersisted = await client.query(parse('query Unpersisted { __typename }'), {}).toPromise();
    expect(unpersisted.data ?? null).toBeNull();
    expect(unpersisted.error?.message).toMatch(/PersistedQueryOnly|persisted/i);

    const unknownId = await fetch(gateway.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: `sha256:${'0'.repeat(64)}` }),
    });
    expect(((await unknownId.json()) as { errors?: { message: string }[] }).errors?.[0]?.message).toMatch(/PersistedQueryNotFound|not found/i);
  });
});
