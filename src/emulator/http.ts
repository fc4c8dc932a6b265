/**
 * Low-level HTTP helpers: JSON answers with Clerk's exact headers, capped body reading, and
 * socket handling that never throws into the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClerkErrorsJson } from '../clerk/errors.js';
import type { ApiError } from './errors.js';

/** `@clerk/backend` parses a body as JSON only when the header is exactly this (no charset). */
export const JSON_CONTENT_TYPE = 'application/json';
export const TRACE_HEADER = 'Clerk-Trace-Id';
export const MAX_BODY_BYTES = 1024 * 1024;

export function canWrite(res: ServerResponse): boolean {
  return !res.headersSent && !res.writableEnded && !res.destroyed && !(res.socket?.destroyed ?? false);
}

export function jsonBytes(body: unknown): Buffer {
  return Buffer.from(JSON.stringify(body), 'utf8');
}

export function sendRaw(
  res: ServerResponse,
  status: number,
  contentType: string,
  payload: Buffer,
  headers: Readonly<Record<string, string>> = {},
): void {
  if (!canWrite(res)) return;
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': String(payload.length) });
  res.end(payload);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  sendRaw(res, status, JSON_CONTENT_TYPE, jsonBytes(body), headers);
}

export function errorBody(error: ApiError, traceId: string): ClerkErrorsJson {
  return { errors: error.errors.map((e) => ({ ...e })), clerk_trace_id: traceId };
}

/** Destroys the connection without an answer, as a dropped upstream connection would look. */
export function dropConnection(res: ServerResponse): void {
  const socket = res.socket;
  if (socket && !socket.destroyed) socket.destroy();
  else if (!res.destroyed) res.destroy();
}

export type BodyResult = { ok: true; body: Buffer } | { ok: false; reason: 'too_large' | 'aborted' };

/** Reads the whole request body, stopping at `limit` bytes. */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ ok: false, reason: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, reason: 'too_large' });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => finish({ ok: true, body: Buffer.concat(chunks, size) });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => {
      if (!req.complete) finish({ ok: false, reason: 'aborted' });
    });
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false };

/** Decodes strict UTF-8 and parses JSON; `value` is undefined for an empty or blank body. */
export function parseJsonBody(body: Buffer): JsonBodyResult {
  if (body.length === 0) return { ok: true, value: undefined };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { ok: false };
  }
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** True for `application/json`, with or without parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return false;
  const mediaType = header.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}
