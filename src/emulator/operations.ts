/**
 * The six Backend API operations: parse input, change the store, render the answer. Errors are
 * thrown as ApiError and turned into responses by the handler.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError, requestBodyInvalid, requestBodyTooLarge, resourceNotFound, unsupportedContentType } from './errors.js';
import { isJsonContentType, MAX_BODY_BYTES, parseJsonBody, readBody } from './http.js';
import { APPLICATION_ID_PATTERN } from './ids.js';
import { renderApplication, renderApplicationWithSecret, renderDeleted, renderList, type RenderContext } from './resources.js';
import type { OperationId } from './routes.js';
import type { ApplicationStore } from './store.js';
import { validateCreate, validateListQuery, validateUpdate } from './validation.js';

export interface OperationContext {
  store: ApplicationStore;
  render: RenderContext;
}

export interface OperationRequest {
  operationId: OperationId;
  applicationId?: string;
  query: string;
  req: IncomingMessage;
}

export interface OperationResult {
  status: number;
  body: unknown;
  /** True when the store changed. */
  applied: boolean;
  applicationId?: string;
}

/** Thrown when the client went away while its body was being read: nobody to answer. */
export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const result = await readBody(req, MAX_BODY_BYTES);
  if (!result.ok) {
    if (result.reason === 'aborted') throw new ClientGoneError('request aborted');
    // The rest of the body is still on the socket: close the connection after answering.
    const error = requestBodyTooLarge(MAX_BODY_BYTES);
    throw new ApiError(error.status, error.errors, { Connection: 'close' });
  }
  if (result.body.length === 0) return undefined;
  const contentType = req.headers['content-type'];
  // [GUESS] A body without any Content-Type is read as JSON; any other declared type is refused.
  if (contentType !== undefined && !isJsonContentType(contentType)) throw unsupportedContentType(contentType);
  const parsed = parseJsonBody(result.body);
  if (!parsed.ok) throw requestBodyInvalid();
  return parsed.value;
}

function lookupId(id: string | undefined): string {
  // [GUESS] A malformed id gets the same 404 as an unknown one.
  if (id === undefined || !APPLICATION_ID_PATTERN.test(id)) throw resourceNotFound();
  return id;
}

export async function executeOperation(ctx: OperationContext, request: OperationRequest): Promise<OperationResult> {
  const { store, render } = ctx;
  switch (request.operationId) {
    case 'ListOAuthApplications': {
      const query = validateListQuery(request.query);
      const { data, totalCount } = store.list(query);
      return { status: 200, body: renderList(data, totalCount, render), applied: false };
    }
    case 'CreateOAuthApplication': {
      const input = validateCreate(await readJsonBody(request.req));
      const record = store.create(input);
      return { status: 200, body: renderApplicationWithSecret(record, render), applied: true, applicationId: record.id };
    }
    case 'GetOAuthApplication': {
      const id = lookupId(request.applicationId);
      const record = store.get(id);
      if (!record) throw resourceNotFound();
      return { status: 200, body: renderApplication(record, render), applied: false, applicationId: id };
    }
    case 'UpdateOAuthApplication': {
      // [GUESS] Order of checks: unreadable body (400/413/415), then unknown id (404), then form errors (422).
      const body = await readJsonBody(request.req);
      const id = lookupId(request.applicationId);
      if (!store.get(id)) throw resourceNotFound();
      const input = validateUpdate(body);
      const record = store.update(id, input);
      if (!record) throw resourceNotFound();
      return { status: 200, body: renderApplication(record, render), applied: true, applicationId: id };
    }
    case 'DeleteOAuthApplication': {
      const id = lookupId(request.applicationId);
      if (!store.delete(id)) throw resourceNotFound();
      return { status: 200, body: renderDeleted(id), applied: true, applicationId: id };
    }
    case 'RotateOAuthApplicationSecret': {
      const id = lookupId(request.applicationId);
      const record = store.rotateSecret(id);
      if (!record) throw resourceNotFound();
      return { status: 200, body: renderApplicationWithSecret(record, render), applied: true, applicationId: id };
    }
  }
}
