import { startGatewayHarness, type GatewayHarness, type HarnessOptions } from '../support/gateway-harness.js';

export interface RawResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  readonly json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
}

/** Sends exactly the bytes given, as an attacker would, and reads whatever comes back. */
export async function sendRaw(
  harness: GatewayHarness,
  init: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const response = await harness.fetch(`${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: { accept: 'application/graphql-response+json', ...init.headers },
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : new Uint8Array(init.body).buffer }),
  });
  const body = await response.text();
  let json: RawResponse['json'];
  try {
    json = JSON.parse(body) as RawResponse['json'];
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', body, json };
}

export function postJson(harness: GatewayHarness, payload: unknown, headers: Record<string, string> = {}) {
  return sendRaw(harness, { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

/** A production-like gateway: suggestions and introspection off. */
export function startProductionHarness(options: HarnessOptions = {}) {
  return startGatewayHarness({ ...options, production: true });
}
