/**
 * Test harness: an emulator on a loopback port, and a small HTTP client that checks every
 * Backend API answer against the OpenAPI spec and Clerk's transport rules (exact Content-Type,
 * trace id in header and error body).
 */
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { expect } from 'vitest';
import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/emulator.js';
import { openApiValidator } from './openapi-validator.js';

export const TEST_KEY = 'sk_test_emulatorTestKey0123456789abcdefghijklmnop';

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface ApiOptions {
  /** JSON-encoded as the request body. */
  body?: unknown;
  /** Sent verbatim (takes precedence over `body`). */
  rawBody?: string | Uint8Array;
  headers?: Record<string, string>;
  /** Authorization header value; null sends none. Default `Bearer <TEST_KEY>`. */
  auth?: string | null;
  /** Content-Type header; null sends none. Default application/json, as the SDKs send. */
  contentType?: string | null;
}

/** Every (operationId, status, schema) the helper validated, for coverage assertions. */
export const validatedResponses = new Set<string>();

export interface Harness {
  emulator: Emulator;
  origin: string;
  api(method: string, path: string, options?: ApiOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

export function checkResponse(method: string, path: string, response: ApiResponse): void {
  const contentType = response.headers.get('content-type');
  expect(contentType, `${method} ${path} content-type`).toBe('application/json');
  const traceId = response.headers.get('clerk-trace-id');
  expect(traceId, 'Clerk-Trace-Id header').toMatch(/^[0-9a-f]{32}$/);
  if (response.status >= 400) expect(response.json?.clerk_trace_id).toBe(traceId);
  const result = openApiValidator().validate(method, path, response.status, response.json);
  expect(result.errors, `${method} ${path} ${response.status} against ${result.schema}`).toEqual([]);
  validatedResponses.add(`${result.operationId} ${response.status} ${result.schema}`);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = createEmulator({ secretKeys: [TEST_KEY], ...options });
  const origin = await emulator.listen(0);

  async function api(method: string, path: string, options: ApiOptions = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...options.headers };
    const auth = options.auth === undefined ? `Bearer ${TEST_KEY}` : options.auth;
    if (auth !== null) headers.Authorization = auth;
    const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
    if (contentType !== null) headers['Content-Type'] = contentType;
    const raw = options.rawBody;
    const body =
      raw === undefined
        ? options.body === undefined
          ? undefined
          : JSON.stringify(options.body)
        : typeof raw === 'string'
          ? raw
          : new Uint8Array(raw);
    const res = await fetch(`${origin}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await res.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const response: ApiResponse = { status: res.status, headers: res.headers, text, json };
    if (path.startsWith('/v1') && res.headers.get('content-type') !== 'text/html') {
      checkResponse(method, path, response);
    }
    return response;
  }

  return { emulator, origin, api, close: () => emulator.close() };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http request, for cases fetch normalises away (odd paths, explicit Content-Length). */
export function rawRequest(
  origin: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = httpRequest(
      { host: url.hostname, port: url.port, method: options.method, path: options.path, headers: options.headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Writes raw bytes on a TCP connection and collects whatever comes back until it closes. */
export function rawSocket(origin: string, payload: string | Buffer, endAfterWrite = false, timeoutMs = 3000): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const socket = connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(Buffer.concat(chunks).toString('latin1'));
    }, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
    socket.on('connect', () => {
      socket.write(payload, (error) => {
        if (error) reject(error);
        else if (endAfterWrite) socket.end();
      });
    });
  });
}

/** A controllable clock for created_at/updated_at assertions. */
export function manualClock(start = 1_700_000_000_000): { now: () => number; advance(ms: number): void; set(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(ms) {
      current = ms;
    },
  };
}

/** Deterministic random source: cycles through the given values. */
export function sequence(...values: number[]): () => number {
  let i = 0;
  return () => {
    const value = values[i % values.length] ?? 0;
    i++;
    return value;
  };
}

export const APP_ID = /^oa_[0-9A-Za-z]{27}$/;
