import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CreateApplication, DeleteApplication, GetApplication, ListApplications, NodesLookup, RotateSecret, UpdateApplication } from '../support/documents.js';
import { startGatewayHarness, TEST_SECRET_KEY, type GatewayHarness } from '../support/gateway-harness.js';
import { asType } from '../support/narrow.js';
import { createLogger } from '../../src/observability/logger.js';

/**
 * Secrets (client secrets, the Clerk key, caller tokens) appear nowhere but in the one payload
 * field meant to carry a client secret: not in other responses, errors, or anything logged.
 */
const CALLER_TOKEN = 'caller-token-secret-0123456789';
let harness: GatewayHarness;
let logged = '';
const restore: (() => void)[] = [];

beforeAll(async () => {
  // Request logs at the most verbose level go to the captured stream too.
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logged += chunk.toString();
      done();
    },
  });
  harness = await startGatewayHarness({
    callerAuth: { mode: 'tokens', tokens: [CALLER_TOKEN] },
    gateway: { logger: createLogger({ level: 'trace', destination: logStream }) },
  });
});
afterAll(() => harness.close());

beforeEach(() => {
  logged = '';
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      logged += String(chunk);
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = write));
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      logged += `${args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}\n`;
    };
    restore.push(() => (console[method] = original));
  }
});
afterEach(() => {
  for (const undo of restore.splice(0)) undo();
});

const auth = { authorization: `Bearer ${CALLER_TOKEN}` };

/** The known secrets that occur in a text. */
function secretsIn(text: string, known: readonly string[]): string[] {
  return known.filter((secret) => text.includes(secret));
}

describe('secrets', () => {
  it('travel only in the create and rotate payload field, and are never logged', async () => {
    const responses: string[] = [];
    const created = await harness.execute(CreateApplication, { input: { name: 'Secret keeper' } }, auth);
    const createPayload = asType(created.data?.createOAuthApplication, 'CreateOAuthApplicationPayload');
    const id = createPayload.oauthApplication.id;
    const firstSecret = createPayload.clientSecret!;
    expect(JSON.stringify(createPayload.oauthApplication)).not.toContain(firstSecret);

    const rotated = await harness.execute(RotateSecret, { input: { id } }, auth);
    const rotatePayload = asType(rotated.data?.rotateOAuthApplicationSecret, 'RotateOAuthApplicationSecretPayload');
    const secondSecret = rotatePayload.clientSecret!;
    expect(JSON.stringify(rotatePayload.oauthApplication)).not.toContain(secondSecret);
    expect(created.raw.split(firstSecret)).toHaveLength(2);
    expect(rotated.raw.split(secondSecret)).toHaveLength(2);

    // Everything else a caller can do, successes and failures alike.
    responses.push((await harness.execute(ListApplications, { limit: 500 }, auth)).raw);
    responses.push((await harness.execute(GetApplication, { id }, auth)).raw);
    responses.push((await harness.execute(NodesLookup, { ids: [id] }, auth)).raw);
    responses.push((await harness.execute(UpdateApplication, { input: { id, name: 'Renamed keeper' } }, auth)).raw);
    responses.push((await harness.execute(GetApplication, { id: 'oa_bad/../x' }, auth)).raw);
    responses.push((await harness.execute(ListApplications, {}, { authorization: 'Bearer wrong-token-000000000' })).raw);
    // A single attempt: with retries on, the gateway would rotate again and answer the new secret.
    harness.emulator.faults.enqueue({ kind: 'dropAfterWrite', operations: ['RotateOAuthApplicationSecret'] });
    const lost = await harness.execute(RotateSecret, { input: { id }, retries: { strategy: 'NONE' } }, auth);
    expect(asType(lost.data?.rotateOAuthApplicationSecret, 'UpstreamError').outcomeUnknown).toBe(true);
    responses.push(lost.raw);
    // The rotation was applied although its answer was lost: that secret must not surface either.
    const lostSecret = harness.emulator.state().applications.find((app) => app.id === id)?.client_secret;
    expect(lostSecret).not.toBe(secondSecret);
    harness.emulator.faults.enqueue({ kind: 'malformedBody', variant: 'truncated', operations: ['CreateOAuthApplication'] });
    // A single attempt: with retries on, the gateway would find the application and rotate its secret.
    responses.push((await harness.execute(CreateApplication, { input: { name: 'Truncated' }, retries: { strategy: 'NONE' } }, auth)).raw);
    const truncatedSecret = harness.emulator.state().applications.find((app) => app.name === 'Truncated')?.client_secret;
    responses.push((await harness.execute(DeleteApplication, { input: { id } }, auth)).raw);

    const everySecret = [firstSecret, secondSecret, lostSecret!, truncatedSecret!];
    for (const raw of responses) {
      expect(secretsIn(raw, everySecret)).toEqual([]);
      expect(raw).not.toContain(TEST_SECRET_KEY);
      expect(raw).not.toContain(CALLER_TOKEN);
    }
    // The request log saw every request above.
    expect(logged.match(/"msg":"graphql request"/g)?.length).toBeGreaterThanOrEqual(responses.length + 2);
    expect(secretsIn(logged, everySecret)).toEqual([]);
    expect(logged).not.toContain(TEST_SECRET_KEY);
    expect(logged).not.toContain(CALLER_TOKEN);
  });
});
