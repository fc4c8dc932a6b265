import { createGraphQLError } from 'graphql-yoga';

const CONTENT_LENGTH = /^\d+$/;

/**
 * A POST body, refused with 413 once it passes `maxBytes`. A declared Content-Length is checked
 * before reading: Node's HTTP parser ends the body at the declared length, so such a body is read
 * whole. A chunked body is counted as it arrives and reading stops at the limit.
 */
export async function readRequestBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null) {
    if (!CONTENT_LENGTH.test(declared)) throw bodyError(400, 'BAD_REQUEST', 'Content-Length header is invalid.');
    if (Number(declared) > maxBytes) throw tooLarge();
    return new Uint8Array(await request.arrayBuffer());
  }
  if (request.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    length += read.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, length);
}

function tooLarge() {
  return bodyError(413, 'REQUEST_ENTITY_TOO_LARGE', 'Request body too large');
}

function bodyError(status: number, code: string, message: string) {
  return createGraphQLError(message, { extensions: { http: { status }, code } });
}
