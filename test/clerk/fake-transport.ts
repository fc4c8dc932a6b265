/**
 * A scripted HttpTransport for virtual-time tests: each request gets the next step of the script
 * (the last step repeats), and every request is recorded.
 */
import type { HttpRequest, HttpResponse, HttpTransport } from '../../src/clerk/transport.js';
import { isTimeoutReason, TransportError, type TransportErrorInit } from '../../src/clerk/transport.js';
import type { VirtualTime } from './virtual-time.js';

export type Step =
  | { status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
  /** The transport fails at once. */
  | { fail: TransportErrorInit }
  /** No answer until the attempt is aborted; `sent` says whether the request had left by then. */
  | { hang: { sent: boolean } }
  /** Answers with `then` after `ms` of virtual time (an abort before that behaves like hang with sent: true). */
  | { delayMs: number; then: Step };

export interface RecordedRequest {
  method: HttpRequest['method'];
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
}

export interface FakeTransport {
  transport: HttpTransport;
  requests: RecordedRequest[];
}

export const APP = Object.freeze({
  object: 'oauth_application',
  id: 'oa_2O4BCh3zUONvWlZHtBXv6s6tm7u',
  instance_id: 'ins_2O4Ak02T4fDmKKv6tK5h0WJ8ou8',
  name: 'App',
  client_id: 'd9g4CT4WYiCBm7EU',
  client_uri: null,
  client_image_url: null,
  dynamically_registered: false,
  consent_screen_enabled: true,
  pkce_required: false,
  public: false,
  scopes: 'profile email',
  redirect_uris: ['https://example.com/cb'],
  callback_url: 'https://example.com/cb',
  authorize_url: 'https://clerk.example.com/oauth/authorize',
  token_fetch_url: 'https://clerk.example.com/oauth/token',
  user_info_url: 'https://clerk.example.com/oauth/userinfo',
  discovery_url: 'https://clerk.example.com/.well-known/openid-configuration',
  token_introspection_url: 'https://clerk.example.com/oauth/token_info',
  created_at: 1680809847940,
  updated_at: 1680810135145,
});

export const APP_WITH_SECRET = Object.freeze({ ...APP, client_secret: 'VVgbT7i6sPo7sTljq2zj12fjmg0jPL5k' });

export const ok = (body: unknown = APP): Step => ({ status: 200, body });
export const status = (code: number, headers?: Record<string, string>): Step => ({
  status: code,
  body: { errors: [{ code: `status_${code}`, message: `status ${code}`, long_message: `Status ${code}.` }], clerk_trace_id: `trace_${code}` },
  ...(headers ? { headers } : {}),
});
export const refused: Step = { fail: { kind: 'network', surelyNotSent: true, code: 'ECONNREFUSED' } };
export const resetAfterWrite: Step = { fail: { kind: 'network', surelyNotSent: false, code: 'ECONNRESET' } };

export function fakeTransport(vt: VirtualTime, script: Step[]): FakeTransport {
  const requests: RecordedRequest[] = [];
  const transport: HttpTransport = async (request) => {
    requests.push({ method: request.method, url: request.url, headers: { ...request.headers }, body: request.body, signal: request.signal });
    const step = script[Math.min(requests.length - 1, script.length - 1)];
    if (step === undefined) throw new Error('empty script');
    return play(vt, step, request.signal);
  };
  return { transport, requests };
}

async function play(vt: VirtualTime, step: Step, signal: AbortSignal): Promise<HttpResponse> {
  if ('fail' in step) throw new TransportError(step.fail);
  if ('hang' in step) return waitForAbort(signal, !step.hang.sent);
  if ('delayMs' in step) {
    try {
      await vt.sleep(step.delayMs, signal);
    } catch {
      throw abortError(signal, false);
    }
    return play(vt, step.then, signal);
  }
  return {
    status: step.status,
    headers: Object.fromEntries(Object.entries(step.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    body: step.rawBody ?? JSON.stringify(step.body ?? null),
  };
}

function waitForAbort(signal: AbortSignal, surelyNotSent: boolean): Promise<never> {
  return new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(abortError(signal, surelyNotSent));
    signal.addEventListener('abort', () => reject(abortError(signal, surelyNotSent)), { once: true });
  });
}

function abortError(signal: AbortSignal, surelyNotSent: boolean): TransportError {
  return new TransportError({ kind: isTimeoutReason(signal.reason) ? 'timeout' : 'aborted', surelyNotSent, cause: signal.reason });
}
