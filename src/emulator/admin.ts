/**
 * Control endpoints outside /v1 for tests and soak runs: faults, stats, state and reset. They
 * have no authentication, so they are meant for an emulator bound to loopback.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultConfigError, parseFaultRates, parseFaultRule, type FaultController, type FaultRule } from './faults.js';
import { MAX_BODY_BYTES, parseJsonBody, readBody, sendJson } from './http.js';
import type { EmulatorStats } from './stats.js';

export interface AdminTarget {
  faults: FaultController;
  stats(): EmulatorStats;
  resetStats(): void;
  state(): unknown;
  reset(): void;
}

function adminError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(
    res,
    status,
    { errors: [{ code: 'emulator_admin_request_invalid', message, long_message: message }] },
    headers,
  );
}

async function readAdminJson(req: IncomingMessage, res: ServerResponse): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.reason === 'too_large') adminError(res, 413, 'Request body too large', { Connection: 'close' });
    else res.destroy();
    return { ok: false };
  }
  const parsed = parseJsonBody(body.body);
  if (!parsed.ok) {
    adminError(res, 400, 'Request body must be valid JSON');
    return { ok: false };
  }
  return parsed;
}

const ROUTES: Record<string, readonly string[]> = {
  '/__emulator/faults': ['GET', 'PUT', 'DELETE'],
  '/__emulator/stats': ['GET', 'DELETE'],
  '/__emulator/state': ['GET'],
  '/__emulator/reset': ['POST'],
};

export function createAdminHandler(target: AdminTarget) {
  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const method = req.method ?? 'GET';
    const allowed = Object.prototype.hasOwnProperty.call(ROUTES, path) ? ROUTES[path] : undefined;
    if (!allowed) {
      adminError(res, 404, `Unknown admin endpoint. Known: ${Object.keys(ROUTES).join(', ')}`);
      return;
    }
    if (!allowed.includes(method)) {
      adminError(res, 405, `Use ${allowed.join(', ')} on ${path}`, { Allow: allowed.join(', ') });
      return;
    }
    switch (`${method} ${path}`) {
      case 'GET /__emulator/faults':
        sendJson(res, 200, target.faults.snapshot());
        return;
      case 'PUT /__emulator/faults': {
        const body = await readAdminJson(req, res);
        if (!body.ok) return;
        const value = body.value;
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
          adminError(res, 400, 'Body must be an object: { "enqueue"?: FaultRule[], "rates"?: FaultRates }');
          return;
        }
        const { enqueue, rates, ...rest } = value as Record<string, unknown>;
        const unknown = Object.keys(rest);
        if (unknown.length > 0) {
          adminError(res, 400, `Unknown field "${unknown[0]?.slice(0, 50)}"; expected "enqueue" and/or "rates"`);
          return;
        }
        try {
          // Validate both parts before applying either, so a bad request changes nothing.
          let rules: FaultRule[] = [];
          if (enqueue !== undefined) {
            if (!Array.isArray(enqueue)) throw new FaultConfigError('enqueue must be an array of fault rules');
            rules = enqueue.map((rule, i) => parseFaultRule(rule, `enqueue[${i}]`));
          }
          const parsedRates = rates === undefined ? undefined : parseFaultRates(rates);
          if (rules.length > 0) target.faults.enqueue(...rules);
          if (parsedRates) target.faults.setRates(parsedRates);
        } catch (error) {
          if (error instanceof FaultConfigError) {
            adminError(res, 400, error.message);
            return;
          }
          throw error;
        }
        sendJson(res, 200, target.faults.snapshot());
        return;
      }
      case 'DELETE /__emulator/faults':
        target.faults.clear();
        sendJson(res, 200, target.faults.snapshot());
        return;
      case 'GET /__emulator/stats':
        sendJson(res, 200, target.stats());
        return;
      case 'DELETE /__emulator/stats':
        target.resetStats();
        sendJson(res, 200, target.stats());
        return;
      case 'GET /__emulator/state':
        sendJson(res, 200, target.state());
        return;
      case 'POST /__emulator/reset':
        target.reset();
        sendJson(res, 200, target.state());
        return;
    }
  };
}
