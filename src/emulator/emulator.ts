/**
 * A Clerk Backend API emulator for OAuth applications: the default upstream of the gateway and of
 * its tests. `handler` can be mounted in any node:http server; `listen` runs a server of its own.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OAuthApplicationJson } from '../clerk/resources/oauth-applications.js';
import { createAdminHandler } from './admin.js';
import { KeyChecker } from './auth.js';
import { FaultInjector, type FaultController } from './faults.js';
import { createApiHandler } from './handler.js';
import { generateInstanceId, generateSecretKey, type RandomSource } from './ids.js';
import { loadState, saveState, type PersistedState } from './persistence.js';
import { renderApplicationWithSecret, type RenderContext } from './resources.js';
import { seedStore } from './seed.js';
import { StatsRecorder, type EmulatorStats } from './stats.js';
import { ApplicationStore } from './store.js';

export type { Fault, FaultController, FaultKind, FaultRates, FaultRule } from './faults.js';
export type { OperationId } from './routes.js';
export type { EmulatorStats, InjectedFault } from './stats.js';

export const DEFAULT_FRONTEND_API_HOST = 'https://clerk.emulator.localhost';

export interface EmulatorOptions {
  /** Accepted secret keys; default: one random `sk_test_` key generated at creation. */
  secretKeys?: string[];
  /** Frontend API origin used for the URL fields of applications. */
  frontendApiHost?: string;
  /** Default: the persisted one, else a random `ins_` id. */
  instanceId?: string;
  /** Add a few sample applications to an empty store (and after reset). */
  seed?: boolean;
  /** JSON file loaded at start when present and rewritten after each change. */
  persistPath?: string;
  /** Clock in ms. */
  now?: () => number;
  /** Source for ids, secrets and fault rates. */
  random?: () => number;
  /** Benchmark mode: same semantics, no persistence. */
  fast?: boolean;
}

export type ApplicationWithSecretJson = OAuthApplicationJson & { client_secret: string };

export interface EmulatorStateSnapshot {
  instanceId: string;
  /** Live applications, oldest first, each with its current client secret ("" for public ones). */
  applications: ApplicationWithSecretJson[];
  deletedIds: string[];
}

export interface Emulator {
  readonly secretKeys: readonly string[];
  readonly instanceId: string;
  readonly handler: (req: IncomingMessage, res: ServerResponse) => void;
  /** Resolves the origin, e.g. `http://127.0.0.1:53412` (no /v1). */
  listen(port?: number, host?: string): Promise<string>;
  /** Closes the server and every open connection. */
  close(): Promise<void>;
  readonly faults: FaultController;
  stats(): EmulatorStats;
  resetStats(): void;
  state(): EmulatorStateSnapshot;
  reset(): void;
}

function normaliseFrontendHost(host: string): string {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    throw new TypeError(`frontendApiHost must be an absolute URL, got ${JSON.stringify(host)}`);
  }
  return url.href.replace(/\/+$/, '');
}

function checkSecretKeys(keys: readonly string[]): string[] {
  if (keys.length === 0) throw new TypeError('secretKeys must not be empty: no request could authenticate');
  for (const key of keys) {
    if (typeof key !== 'string' || !/^\S+$/.test(key)) {
      throw new TypeError('each secret key must be a non-empty string without whitespace');
    }
  }
  return [...keys];
}

function formatOrigin(address: AddressInfo): string {
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const now = options.now ?? Date.now;
  const random: RandomSource = options.random ?? Math.random;
  const secretKeys = Object.freeze(
    options.secretKeys === undefined ? [generateSecretKey()] : checkSecretKeys(options.secretKeys),
  );
  const frontendApiHost = normaliseFrontendHost(options.frontendApiHost ?? DEFAULT_FRONTEND_API_HOST);
  const persistPath = options.fast ? undefined : options.persistPath;
  const seed = options.seed ?? false;

  const loaded: PersistedState | undefined = persistPath ? loadState(persistPath) : undefined;
  const instanceId = options.instanceId ?? loaded?.instanceId ?? generateInstanceId(random);
  const render: RenderContext = { instanceId, frontendApiHost };

  let persisting = false;
  const store = new ApplicationStore({ now, random, onChange: () => persist() });

  function persist(): void {
    if (!persistPath || !persisting) return;
    try {
      saveState(persistPath, { version: 1, instanceId, ...store.export() });
    } catch (error) {
      // The change already happened in memory; failing the request would misreport it.
      console.error(`[emulator] could not write ${persistPath}:`, error);
    }
  }

  if (loaded) store.import(loaded);
  else if (seed) seedStore(store);
  persisting = true;
  if (persistPath && !loaded) persist();

  const faults = new FaultInjector(random);
  const stats = new StatsRecorder();

  let closed = false;
  const pendingDelays = new Set<{ timer: NodeJS.Timeout; resolve: (completed: boolean) => void }>();
  function delay(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (closed) {
        resolve(false);
        return;
      }
      const entry = {
        timer: setTimeout(() => {
          pendingDelays.delete(entry);
          resolve(true);
        }, ms),
        resolve,
      };
      pendingDelays.add(entry);
    });
  }

  function state(): EmulatorStateSnapshot {
    return {
      instanceId,
      applications: store.all().map((record) => ({
        ...renderApplicationWithSecret(record, render),
        client_secret: record.client_secret,
      })),
      deletedIds: store.deletedIds(),
    };
  }

  function reset(): void {
    persisting = false;
    store.clear();
    if (seed) seedStore(store);
    persisting = true;
    persist();
  }

  const admin = createAdminHandler({
    faults,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    state,
    reset,
  });

  const handler = createApiHandler({
    keys: new KeyChecker(secretKeys),
    operations: { store, render },
    faults,
    stats,
    admin,
    delay,
  });

  let server: Server | undefined;

  return {
    secretKeys,
    instanceId,
    handler,
    faults,
    stats: () => stats.snapshot(),
    resetStats: () => stats.reset(),
    state,
    reset,

    listen(port = 0, host = '127.0.0.1'): Promise<string> {
      if (server) return Promise.reject(new Error('emulator is already listening'));
      if (closed) return Promise.reject(new Error('emulator is closed'));
      const srv = createServer(handler);
      server = srv;
      return new Promise((resolve, reject) => {
        srv.once('error', (error) => {
          server = undefined;
          reject(error);
        });
        srv.listen(port, host, () => {
          srv.removeAllListeners('error');
          // Later server errors (e.g. EMFILE) must not crash the process.
          srv.on('error', (error) => console.error('[emulator] server error:', error));
          resolve(formatOrigin(srv.address() as AddressInfo));
        });
      });
    },

    close(): Promise<void> {
      closed = true;
      for (const entry of pendingDelays) {
        clearTimeout(entry.timer);
        entry.resolve(false);
      }
      pendingDelays.clear();
      const srv = server;
      if (!srv || !srv.listening) return Promise.resolve();
      return new Promise((resolve) => {
        srv.close(() => resolve());
        srv.closeAllConnections();
      });
    },
  };
}
