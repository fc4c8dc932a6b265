import { boundedMemo } from '../bounded-memo.js';

/**
 * The media type Yoga's result processors answer a single (non-streamed) result with, for an
 * Accept header: the same walk as Yoga's `useResultProcessors` (the Accept list read back to
 * front, only UTF-8, the last match winning, the JSON processor tried after the streaming ones).
 * Undefined when no JSON type matches: such a request may ask for a stream or for nothing Yoga
 * serves, and is left to Yoga whole.
 */
const JSON_MEDIA_TYPES = ['application/graphql-response+json', 'application/json'] as const;

export type JsonMediaType = (typeof JSON_MEDIA_TYPES)[number];

export function jsonMediaTypeFor(accept: string | undefined): JsonMediaType | undefined {
  return mediaTypeForAccept(accept ?? '');
}

/** Callers send the same few Accept headers: each is worked out once. */
const mediaTypeForAccept = boundedMemo(chooseMediaType, 64);

function chooseMediaType(accept: string): JsonMediaType | undefined {
  const requested = requestedMediaTypes(accept);
  let chosen: JsonMediaType | undefined;
  for (const requestedType of requested) {
    for (const offered of JSON_MEDIA_TYPES) {
      if (matches(offered, requestedType)) chosen = offered;
    }
  }
  return chosen;
}

function requestedMediaTypes(accept: string): string[] {
  const mediaTypes: string[] = [];
  for (const entry of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType = '', ...parameters] = entry.split(';');
    const charset = parameters.find((parameter) => parameter.includes('charset=')) ?? 'charset=utf-8';
    if (charset === 'charset=utf-8') mediaTypes.push(mediaType);
  }
  return mediaTypes.reverse();
}

function matches(offered: string, requested: string): boolean {
  const [offeredType, offeredSubtype] = offered.split('/');
  const [type, subtype] = requested.split('/');
  return (type === '*' || type === offeredType) && (subtype === '*' || subtype === offeredSubtype);
}
