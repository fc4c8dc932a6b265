import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { type ExecutionResult, GraphQLError } from 'graphql';
import { getCORSHeadersByRequestAndOptions, sendNodeResponse } from '@whatwg-node/server';
import { createGraphQLError, maskError, processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import { rememberCallerIdentity } from '../auth/caller-auth-plugin.js';
import type { Authenticator } from '../auth/caller-identity.js';
import type { GatewayContext } from '../context.js';
import type { Logger } from '../observability/logger.js';
import type { RequestObservability } from '../observability/observability-plugin.js';
import { isJsonContentType, parseJsonRequestBody } from '../strict-request-parser.js';
import { callerGoneSignal, DirectRequest } from './direct-request.js';
import { collectBody } from './request-body.js';
import { type JsonMediaType, jsonMediaTypeFor } from './response-media-type.js';

export interface GatewayListenerOptions {
  readonly yoga: YogaServerInstance<Record<string, never>, GatewayContext>;
  readonly graphqlEndpoint: string;
  readonly authenticate: Authenticator;
  readonly observability: RequestObservability;
  readonly maxBodyBytes: number;
  readonly maxJsonDepth: number;
  readonly logger: Logger;
}

/**
 * The node:http listener. A well-formed, authenticated JSON POST to the GraphQL endpoint takes the
 * direct path: the body is read straight off the socket and handed to Yoga's GraphQL pipeline
 * (`getResultForParams`: parameter checks, trusted documents, the read cache, parse and validation
 * caches, operation limits, masking, execution), and the answer is written with one `writeHead`
 * and `end`. That skips Yoga's fetch-API adaptation of the node request and response (body
 * streams, byte-counting transform, abort plumbing), which cost more than all of the GraphQL work.
 *
 * Everything else takes Yoga's own path, untouched: other methods and routes, other content types,
 * compressed bodies, Accept headers that could ask for a stream, conditional requests. A POST that
 * turns out not to be a clean case before anything executes (over the body limit, not UTF-8 JSON,
 * nested too deep, a batch, no valid credentials, parameters or a persisted-document id Yoga
 * refuses) is replayed into Yoga with the bytes already read, so its refusal is Yoga's, byte for
 * byte. The HTTP test suites run through both paths.
 */
export function createGatewayListener(options: GatewayListenerOptions): RequestListener {
  const { yoga, observability, logger } = options;
  const yogaListener = yoga.requestListener;

  const replayIntoYoga = async (incoming: IncomingMessage, response: ServerResponse, bytes: Buffer): Promise<void> => {
    const init: RequestInit = {
      method: incoming.method ?? 'POST',
      headers: headerPairs(incoming),
      // A Buffer is a Uint8Array, which the fetch API takes as a body.
      body: bytes as unknown as BodyInit,
      signal: callerGoneSignal(response),
    };
    const answer = await yoga.fetch(`http://localhost${incoming.url ?? '/'}`, init, { req: incoming, res: response } as never);
    await sendNodeResponse(answer, response, incoming, false);
  };

  const handleDirect = async (incoming: IncomingMessage, response: ServerResponse, mediaType: JsonMediaType): Promise<void> => {
    const body = await collectBody(incoming, options.maxBodyBytes);
    if (body.kind === 'gone') return;
    if (body.kind === 'over-limit') {
      closeAfterAnswer(response);
      return replayIntoYoga(incoming, response, body.bytes);
    }
    // A body the strict parser refuses is refused by Yoga, with its own status and message.
    const parsed = parseJsonRequestBody(body.bytes, options.maxJsonDepth);
    if (!parsed.ok) return replayIntoYoga(incoming, response, body.bytes);
    const params = parsed.params;

    const direct = new DirectRequest(incoming, new yoga.fetchAPI.Headers(incoming.headers as Record<string, string>));
    const request = direct.asFetchRequest();
    observability.begin(request);
    // No identity, or an authenticator that failed (a key set out of reach): Yoga answers it.
    const identity = await Promise.resolve()
      .then(() => options.authenticate(request))
      .catch(() => null);
    if (identity === null) {
      observability.forget(request);
      return replayIntoYoga(incoming, response, body.bytes);
    }
    rememberCallerIdentity(request, identity);

    // Yoga's node adapter gives its hooks the same server context.
    const context: Record<string, unknown> = { req: incoming, res: response };
    let result: ExecutionResult;
    try {
      result = (await yoga.getResultForParams({ params, request }, context as never)) as ExecutionResult;
    } catch (error) {
      // Only the parameter hooks throw out of getResultForParams (execution errors come back as a
      // result). Before the gateway's context is built nothing has run, so Yoga may answer afresh.
      if (!('clerk' in context)) {
        observability.forget(request);
        return replayIntoYoga(incoming, response, body.bytes);
      }
      result = { errors: [maskedError(error)] };
    }
    await writeResult(request, response, mediaType, result);
  };

  const writeResult = async (request: Request, response: ServerResponse, mediaType: JsonMediaType, result: ExecutionResult): Promise<void> => {
    let status = 200;
    let body: string;
    const headers: Record<string, string | number> = {};
    if (!result.errors?.length && !(result.extensions as { http?: unknown } | undefined)?.http) {
      // The common answer: data only. The same serialiser Yoga's result processor would use.
      const stringify = (result as { stringify?: (value: unknown) => string }).stringify ?? JSON.stringify;
      body = stringify(result);
      headers['content-type'] = `${mediaType}; charset=utf-8`;
    } else {
      // Errors decide the status (GraphQL over HTTP) and may carry headers: Yoga's own processor.
      const answer = processRegularResult(result, yoga.fetchAPI, mediaType);
      status = answer.status;
      answer.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      body = await answer.text();
    }
    const cors = getCORSHeadersByRequestAndOptions(request, {});
    if (cors) Object.assign(headers, cors);
    const requestId = observability.finish(request, status);
    if (requestId !== undefined) headers['x-request-id'] = requestId;
    headers['cache-control'] = 'no-store';
    if (response.destroyed) return;
    // Bytes, not the string: node:http would prepend its header block to a string body and copy
    // the whole answer once more on write (18 KB of young garbage per list of 20).
    const bytes = Buffer.from(body, 'utf8');
    headers['content-length'] = bytes.length;
    response.writeHead(status, headers);
    response.end(bytes);
  };

  const maskedError = (error: unknown) => {
    const masked = maskError(error, 'Unexpected error.', false);
    if (masked !== error) logger.error({ err: error }, 'unexpected error outside execution');
    return masked instanceof GraphQLError ? masked : createGraphQLError((masked as Error).message, { originalError: masked as Error });
  };

  return (incoming, response) => {
    const mediaType = directMediaType(incoming, options);
    if (mediaType === undefined) {
      if (announcesOversizedBody(incoming, options.maxBodyBytes)) closeAfterAnswer(response);
      void yogaListener(incoming, response);
      return;
    }
    handleDirect(incoming, response, mediaType).catch((error: unknown) => {
      logger.error({ err: error }, 'direct GraphQL path failed');
      if (!response.headersSent && !response.destroyed) {
        response.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
        response.end(JSON.stringify({ errors: [{ message: 'Unexpected error.' }] }));
      }
    });
  };
}

/** The media type to answer with when the request may take the direct path, else undefined. */
function directMediaType(incoming: IncomingMessage, options: GatewayListenerOptions): JsonMediaType | undefined {
  if (incoming.method !== 'POST' || incoming.url !== options.graphqlEndpoint) return undefined;
  const headers = incoming.headers;
  if (!isJsonContentType(headers['content-type'] ?? null)) return undefined;
  // Compressed bodies and conditional requests (the read cache answers If-None-Match) stay with Yoga.
  if (headers['content-encoding'] !== undefined || headers['if-none-match'] !== undefined) return undefined;
  const length = headers['content-length'];
  if (length !== undefined && (!/^\d+$/.test(length) || Number(length) > options.maxBodyBytes)) return undefined;
  return jsonMediaTypeFor(headers.accept);
}

function announcesOversizedBody(incoming: IncomingMessage, maxBodyBytes: number): boolean {
  const length = incoming.headers['content-length'];
  return length !== undefined && Number(length) > maxBodyBytes;
}

/**
 * A refused body is left unread on the socket, so the connection cannot carry another request:
 * it closes after the answer (`Connection: close`) instead of staying open and stuck until the
 * keep-alive timeout.
 */
function closeAfterAnswer(response: ServerResponse): void {
  response.shouldKeepAlive = false;
}

function headerPairs(incoming: IncomingMessage): [string, string][] {
  const pairs: [string, string][] = [];
  const raw = incoming.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) pairs.push([raw[index]!, raw[index + 1]!]);
  return pairs;
}
