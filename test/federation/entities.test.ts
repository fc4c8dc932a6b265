import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { subgraphSchema } from '../../src/graphql/federation.js';
import { type GatewayHarness, startGatewayHarness } from '../support/gateway-harness.js';

/** `_entities` and `_service` of the subgraph served with GATEWAY_FEDERATION, over loopback HTTP. */
const MISSING = 'oa_2AAAAAAAAAAAAAAAAAAAAAAAAAA';
const ENTITIES = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on OAuthApplication { id name } } }';

interface Answer {
  readonly status: number;
  readonly data?: { _entities?: ({ __typename: string; id: string; name: string } | null)[]; _service?: { sdl: string } } | null;
  readonly errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

let harness: GatewayHarness;
let ids: string[];

beforeAll(async () => {
  harness = await startGatewayHarness({ emulator: { seed: true }, gateway: { schema: subgraphSchema } });
  ids = harness.emulator.state().applications.map((application) => application.id);
});
afterAll(() => harness.close());
beforeEach(() => harness.emulator.resetStats());

async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const response = await harness.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const reference = (id: unknown) => ({ __typename: 'OAuthApplication', id });

describe('_entities', () => {
  it('resolves N representations with one Clerk call per distinct id, in the order given', async () => {
    const [a, b] = ids as [string, string];
    const answer = await post(ENTITIES, { representations: [a, b, a, a, b].map(reference) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities?.map((entity) => entity?.id)).toEqual([a, b, a, a, b]);
    expect(answer.data?._entities?.every((entity) => entity?.__typename === 'OAuthApplication')).toBe(true);
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(2);
  });

  it('gives a null entity, without an error, for an id that names no application', async () => {
    const answer = await post(ENTITIES, { representations: [reference(MISSING), reference('not-an-id'), reference('ins_2AAAAAAAAAAAAAAAAAAAAAAAAAA'), reference(42), { __typename: 'OAuthApplication' }, reference(ids[0])] });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._entities?.map((entity) => entity?.id ?? null)).toEqual([null, null, null, null, null, ids[0]]);
    // Only the well-formed ids reach Clerk.
    expect(harness.upstreamCalls('GetOAuthApplication')).toBe(2);
  });

  it("reports another Clerk failure as an error at that entity, with Clerk's code", async () => {
    harness.emulator.faults.enqueue({ kind: 'status', status: 403, times: 1 });
    const answer = await post(ENTITIES, { representations: [reference(ids[0])] });
    expect(answer.data?._entities).toEqual([null]);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]).toMatchObject({ path: ['_entities', 0], extensions: { type: 'ForbiddenError', status: 403 } });
  });

  it('refuses a representation of a type that is not an entity, at that entity only', async () => {
    const answer = await post(ENTITIES, { representations: [{ __typename: 'NotFoundError', id: ids[0] }, reference(ids[0])] });
    expect(answer.data?._entities?.[0]).toBeNull();
    expect(answer.data?._entities?.[1]?.id).toBe(ids[0]);
    expect(answer.errors?.map((error) => error.path)).toEqual([['_entities', 0]]);
  });
});

describe('_service', () => {
  it('serves the SDL committed in schema/subgraph.graphql, with OAuthApplication keyed by id', async () => {
    const answer = await post('{ _service { sdl } }');
    const sdl = answer.data?._service?.sdl ?? '';
    expect(`${sdl}\n`).toBe(readFileSync(new URL('../../schema/subgraph.graphql', import.meta.url), 'utf8'));
    expect(sdl).toMatch(/@link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+", import: \["@key"\]\)/);
    expect(sdl).toMatch(/type OAuthApplication implements Node\s+@key\(fields: "id"\)/);
  });
});
