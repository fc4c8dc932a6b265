import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { readRequestBody } from './request-body.js';

export interface StrictRequestParserOptions {
  /** Bodies longer than this are refused with 413. */
  readonly maxBodyBytes: number;
  /** JSON nested deeper than this is refused: no legitimate GraphQL request needs it. */
  readonly maxJsonDepth?: number;
}

export const DEFAULT_MAX_JSON_DEPTH = 64;

/**
 * POST bodies must be UTF-8 JSON of one operation (HTTP batching is off), at most `maxBodyBytes`
 * long, and arrive as `application/json`. Other content types (text/plain, forms, multipart) are
 * refused with 415: they are what a cross-site form can send without a CORS preflight, so this is
 * also the CSRF defence for POST. GET keeps Yoga's parser (queries only; mutations get 405).
 */
export function useStrictRequestParser(options: StrictRequestParserOptions): Plugin {
  const maxJsonDepth = options.maxJsonDepth ?? DEFAULT_MAX_JSON_DEPTH;
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      setRequestParser(async (incoming) => {
        if (!isJsonContentType(incoming.headers.get('content-type'))) {
          throw httpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json.');
        }
        const body = parseJsonRequestBody(await readRequestBody(incoming, options.maxBodyBytes), maxJsonDepth);
        if (!body.ok) throw httpError(400, 'BAD_REQUEST', body.problem);
        return body.params;
      });
    },
  };
}

type JsonRequestBody = { readonly ok: true; readonly params: GraphQLParams } | { readonly ok: false; readonly problem: string };

/**
 * A POST body as the parameters of one operation, or why it is refused: not UTF-8, nested deeper
 * than `maxJsonDepth`, not JSON, a batch, not an object.
 */
function parseJsonRequestBody(bytes: ArrayBuffer | Uint8Array, maxJsonDepth: number): JsonRequestBody {
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, problem: 'The request body is not valid UTF-8.' };
  if (jsonDepthExceeds(text, maxJsonDepth)) return { ok: false, problem: `The request body nests deeper than ${maxJsonDepth} levels.` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'The request body is not valid JSON.' };
  }
  if (Array.isArray(body)) return { ok: false, problem: 'Batched requests are not supported: send one operation per request.' };
  if (body === null || typeof body !== 'object') return { ok: false, problem: 'The request body must be a JSON object.' };
  return { ok: true, params: body as GraphQLParams };
}

/** `application/json` (or the GraphQL response type) in UTF-8: the only bodies a POST may carry. */
function isJsonContentType(header: string | null): boolean {
  if (header === null) return false;
  // What nearly every client sends, decided without taking the header apart.
  if (header === 'application/json' || header === 'application/json; charset=utf-8') return true;
  const [mediaType, ...parameters] = header.toLowerCase().split(';').map((part) => part.trim());
  if (mediaType !== 'application/json' && mediaType !== 'application/graphql-response+json') return false;
  const charset = parameters.find((parameter) => parameter.startsWith('charset='));
  return charset === undefined || charset === 'charset=utf-8' || charset === 'charset="utf-8"';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, or null when it is not valid UTF-8. */
function decodeUtf8(bytes: ArrayBuffer | Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A linear scan of bracket depth outside strings, so a hostile body never reaches a recursive parser. */
function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 92 /* \ */) index++;
      else if (char === 34 /* " */) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 /* { */ || char === 91 /* [ */) {
      if (++depth > maxDepth) return true;
    } else if (char === 125 || char === 93) depth--;
  }
  return false;
}

function httpError(status: number, code: string, message: string) {
  return createGraphQLError(message, { extensions: { http: { status }, code } });
}
