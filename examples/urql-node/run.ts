import { pathToFileURL } from 'node:url';
import type { Client, OperationResult } from '@urql/core';
import {
  CreateOAuthApplicationDocument,
  DeleteOAuthApplicationDocument,
  ListOAuthApplicationsDocument,
  RotateOAuthApplicationSecretDocument,
  UpdateOAuthApplicationDocument,
} from '../../schema/client/graphql.js';
import { createGatewayClient } from './client.js';

/**
 * An application's life through the gateway: list, create, rename, rotate its secret, delete.
 * Every root field answers a union, read by `__typename`: the payload, or a typed error that
 * implements `Error` (code, message, traceId).
 */
export interface Step {
  readonly step: string;
  readonly typename: string;
}

/** Every error member of a result union implements the `Error` interface. */
interface ErrorMember {
  readonly __typename: string;
  readonly code: string;
  readonly message: string;
}

/** HTTP or GraphQL errors (e.g. a document the gateway does not trust) arrive as result.error. */
function dataOf<Data>(result: OperationResult<Data>): Data {
  if (result.error) throw result.error;
  if (!result.data) throw new Error('the gateway answered without data');
  return result.data;
}

function failure(step: string, error: ErrorMember): Error {
  return new Error(`${step}: ${error.__typename} ${error.code}: ${error.message}`);
}

export async function runExample(client: Client, log: (line: string) => void = console.log): Promise<Step[]> {
  const steps: Step[] = [];
  const done = (step: string, typename: string, detail: string) => {
    steps.push({ step, typename });
    log(`${step}: ${typename} — ${detail}`);
  };

  const list = dataOf(await client.query(ListOAuthApplicationsDocument, { limit: 5 }).toPromise()).oauthApplications;
  if (list.__typename !== 'OAuthApplicationConnection') throw failure('list', list);
  done('list', list.__typename, `${list.totalCount} applications: ${list.nodes.map((node) => node.name).join(', ')}`);

  const created = dataOf(
    await client
      .mutation(CreateOAuthApplicationDocument, {
        input: { name: 'urql example', redirectUris: ['https://example.com/oauth/callback'], scopes: ['profile', 'email'] },
      })
      .toPromise(),
  ).createOAuthApplication;
  switch (created.__typename) {
    case 'CreateOAuthApplicationPayload':
      break;
    case 'ValidationError':
      throw new Error(`create: ${created.fieldErrors.map((fieldError) => `${fieldError.field}: ${fieldError.message}`).join('; ')}`);
    case 'UpstreamError':
      // Never retry a create blindly: when the outcome is unknown, Clerk may have created it.
      throw new Error(`create: ${created.message}${created.outcomeUnknown ? ' List the applications before retrying.' : ''}`);
    default:
      throw failure('create', created);
  }
  const { id } = created.oauthApplication;
  // The secret is shown once, here: store it now (this example does not print it).
  done('create', created.__typename, `${id} (${created.oauthApplication.clientId}), client secret received`);

  const renamed = dataOf(await client.mutation(UpdateOAuthApplicationDocument, { input: { id, name: 'urql example, renamed' } }).toPromise())
    .updateOAuthApplication;
  if (renamed.__typename !== 'UpdateOAuthApplicationPayload') throw failure('rename', renamed);
  done('rename', renamed.__typename, `now "${renamed.oauthApplication.name}", scopes kept: ${renamed.oauthApplication.scopes.join(' ')}`);

  const rotated = dataOf(await client.mutation(RotateOAuthApplicationSecretDocument, { input: { id } }).toPromise())
    .rotateOAuthApplicationSecret;
  if (rotated.__typename !== 'RotateOAuthApplicationSecretPayload') throw failure('rotate secret', rotated);
  done('rotate secret', rotated.__typename, `new client secret received; the old one no longer works`);

  const deleted = dataOf(await client.mutation(DeleteOAuthApplicationDocument, { input: { id } }).toPromise()).deleteOAuthApplication;
  if (deleted.__typename !== 'DeleteOAuthApplicationPayload') throw failure('delete', deleted);
  done('delete', deleted.__typename, `deleted ${deleted.deletedOAuthApplicationId}`);

  return steps;
}

// `npx tsx examples/urql-node/run.ts [url]`; GATEWAY_TOKEN when the gateway requires a caller token.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = process.argv[2] ?? process.env['GRAPHQL_URL'] ?? 'http://127.0.0.1:4000/graphql';
  runExample(createGatewayClient({ url, token: process.env['GATEWAY_TOKEN'] })).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
