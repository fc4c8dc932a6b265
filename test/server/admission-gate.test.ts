/**
 * The admission gate over real loopback sockets: raw HTTP/1.1 connections, so each test decides
 * when a connection opens and when its next request is written.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { gateAdmissions, type AdmissionGate } from '../../src/http/admission-gate.js';
import { closeGracefully } from '../../src/graceful-shutdown.js';
import { GatewayMetrics } from '../../src/observability/metrics.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server whose listener holds every request until the test answers it. */
interface HeldServer {
  readonly server: Server;
  readonly gate: AdmissionGate;
  readonly port: number;
  /** Paths in the order their requests reached the listener. */
  readonly arrived: string[];
  /** The most requests the listener held at once. */
  readonly mostHeld: () => number;
  answer(path: string): void;
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function heldServer(limit: number, keepAliveTimeoutMs = 5_000, holdsAfter = (_request: IncomingMessage) => true): Promise<HeldServer> {
  const server = createServer();
  server.keepAliveTimeout = keepAliveTimeoutMs;
  const held = new Map<string, ServerResponse>();
  const arrived: string[] = [];
  let most = 0;
  const gate = gateAdmissions(
    server,
    (request: IncomingMessage, response: ServerResponse) => {
      // The body is left unread, as many handlers of bodiless requests do: Node then dumps it,
      // which must not start reading a held connection again.
      arrived.push(request.url!);
      held.set(request.url!, response);
      most = Math.max(most, held.size);
    },
    { limit, holdsAfter },
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    gate,
    port: (server.address() as AddressInfo).port,
    arrived,
    mostHeld: () => most,
    answer(path) {
      const response = held.get(path);
      if (!response) throw new Error(`no request ${path} is held`);
      held.delete(path);
      response.end(`answer to ${path}`);
    },
  };
}

/** A keep-alive client connection that collects the bodies of the answers it reads. */
interface RawConnection {
  readonly socket: Socket;
  readonly answers: string[];
  readonly closed: () => boolean;
  get(path: string): void;
}

async function open(port: number): Promise<RawConnection> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const answers: string[] = [];
  let buffered = '';
  let closed = false;
  socket.on('error', () => undefined);
  socket.on('close', () => (closed = true));
  socket.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('latin1');
    for (;;) {
      const headerEnd = buffered.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/content-length: (\d+)/i.exec(buffered.slice(0, headerEnd))?.[1] ?? 0);
      if (buffered.length < headerEnd + 4 + length) return;
      answers.push(buffered.slice(headerEnd + 4, headerEnd + 4 + length));
      buffered = buffered.slice(headerEnd + 4 + length);
    }
  });
  return {
    socket,
    answers,
    closed: () => closed,
    get: (path) => socket.write(`GET ${path} HTTP/1.1\r\nHost: gate.test\r\n\r\n`),
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 4_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/**
 * Two new connections, each with a first request the server has read (a new connection's first
 * request is never held), so both are in progress: past a limit of 1, the bound being soft.
 */
async function twoInProgress(held: HeldServer, firstA: string, firstB: string): Promise<[RawConnection, RawConnection]> {
  const a = await open(held.port);
  const b = await open(held.port);
  a.get(firstA);
  b.get(firstB);
  await until(() => held.arrived.includes(firstA) && held.arrived.includes(firstB), `${firstA} and ${firstB}`);
  return [a, b];
}

describe('gateAdmissions', () => {
  it("reads every new connection's first request at once, then holds connections past the limit and reads them again oldest first", async () => {
    const held = await heldServer(2);
    const [a, b, c, d] = [await open(held.port), await open(held.port), await open(held.port), await open(held.port)];
    a.get('/a1');
    b.get('/b1');
    c.get('/c1');
    d.get('/d1');
    await until(() => held.arrived.length === 4, 'the four first requests');

    held.answer('/a1');
    await until(() => held.gate.parked === 1, 'a to be held');
    a.get('/a2');
    held.answer('/b1');
    await until(() => held.gate.parked === 2, 'b to be held');
    b.get('/b2');
    await sleep(100);
    expect(held.arrived).toHaveLength(4);
    expect(held.gate).toMatchObject({ inProgress: 2, parked: 2 });

    held.answer('/c1');
    await until(() => held.arrived.includes('/a2'), 'the request of the connection held first');
    await sleep(50);
    expect(held.arrived).not.toContain('/b2');
    held.answer('/d1');
    await until(() => held.arrived.includes('/b2'), 'the request of the connection held second');
    held.answer('/a2');
    held.answer('/b2');
    await until(() => a.answers.length === 2 && b.answers.length === 2, 'every answer');
    expect(held.gate).toMatchObject({ inProgress: 0, parked: 0 });
  });

  it('does not hold a connection whose last request was not one it holds after, such as a health probe', async () => {
    const held = await heldServer(1, 5_000, (request) => request.url!.startsWith('/graphql'));
    const work = await open(held.port);
    work.get('/graphql?1');
    await until(() => held.arrived.length === 1, 'the GraphQL request');
    const probe = await open(held.port);
    for (let round = 1; round <= 3; round++) {
      probe.get(`/health?${round}`);
      await until(() => held.arrived.includes(`/health?${round}`), `probe ${round}`);
      held.answer(`/health?${round}`);
      await until(() => probe.answers.length === round, `the answer to probe ${round}`);
    }
    expect(held.gate.parked).toBe(0);
    held.answer('/graphql?1');
    await until(() => work.answers.length === 1, 'the GraphQL answer');
  });

  it('holds a keep-alive connection whose answer finished while the server was full, and reads its next request once a slot frees', async () => {
    const held = await heldServer(1);
    const [a, b] = await twoInProgress(held, '/a1', '/b1');

    held.answer('/a1');
    await until(() => a.answers.length === 1, 'the answer to /a1');
    a.get('/a2');
    await sleep(100);
    expect(held.arrived).toEqual(['/a1', '/b1']);
    expect(held.gate).toMatchObject({ inProgress: 1, parked: 1 });

    held.answer('/b1');
    await until(() => held.arrived.includes('/a2'), 'the request written to the held connection');
    held.answer('/a2');
    await until(() => a.answers.length === 2, 'the answer to /a2');
    expect(a.answers).toEqual(['answer to /a1', 'answer to /a2']);
  });

  it("does not let the server's keep-alive timeout close a connection it holds", async () => {
    const held = await heldServer(1, 100);
    const [a, b] = await twoInProgress(held, '/a1', '/b1');
    held.answer('/a1');
    await until(() => a.answers.length === 1, 'the answer to /a1');
    // Node armed the keep-alive timeout (100 ms and its own 1-s margin) as that answer finished; the
    // gate held the connection.
    a.get('/a2');

    await sleep(1_500);
    expect(a.closed()).toBe(false);
    held.answer('/b1');
    await until(() => held.arrived.includes('/a2'), 'the held request');
    held.answer('/a2');
    await until(() => a.answers.length === 2, 'the answer to /a2');
    expect(a.answers).toEqual(['answer to /a1', 'answer to /a2']);
  });

  it('gives a connection it read again, and that stays idle, the keep-alive timeout back', async () => {
    const held = await heldServer(1, 100);
    const [a, b] = await twoInProgress(held, '/a1', '/b1');
    held.answer('/a1');
    await until(() => held.gate.parked === 1, 'the connection to be held');
    held.answer('/b1');
    await until(() => held.gate.parked === 0, 'the connection to be read again');

    await until(() => a.closed(), 'the keep-alive timeout of the idle connection');
    expect(a.answers).toEqual(['answer to /a1']);
  });

  it('does not let held connections that send nothing keep the ones behind them waiting', async () => {
    const held = await heldServer(1);
    const x = await open(held.port);
    // Held in this order: one that stays idle, one whose client goes away, one with a request.
    const [idle, gone, c] = [await open(held.port), await open(held.port), await open(held.port)];
    for (const [connection, path] of [[x, '/x'], [idle, '/idle'], [gone, '/gone'], [c, '/c1']] as const) connection.get(path);
    await until(() => held.arrived.length === 4, 'the four first requests');
    for (const [path, parked] of [['/idle', 1], ['/gone', 2], ['/c1', 3]] as const) {
      held.answer(path);
      await until(() => held.gate.parked === parked, `the connection answered ${path} to be held`);
    }
    gone.socket.destroy();
    c.get('/c2');

    held.answer('/x');
    await until(() => held.arrived.includes('/c2'), 'the request behind the silent connections');
    held.answer('/c2');
    await until(() => c.answers.length === 2, 'the answer to /c2');
    expect(held.gate.parked).toBe(0);
    expect(idle.closed()).toBe(false);
  });

  it('at shutdown, reads the requests it held so a graceful close answers them instead of cutting them off', async () => {
    const held = await heldServer(1);
    const [a, b] = await twoInProgress(held, '/a', '/b1');
    held.answer('/b1');
    await until(() => held.gate.parked === 1, 'b to be held');
    b.get('/b2');
    await sleep(50);
    expect(held.arrived).toEqual(['/a', '/b1']);

    await held.gate.open();
    expect(held.arrived).toEqual(['/a', '/b1', '/b2']);
    const closed = closeGracefully(held.server, 5_000);
    held.answer('/a');
    held.answer('/b2');
    await until(() => a.answers.length === 1 && b.answers.length === 2, 'every answer');
    expect(b.answers).toEqual(['answer to /b1', 'answer to /b2']);
    a.socket.end();
    b.socket.end();
    await closed;
  });

  it('holds the same keep-alive connection many times without piling up listeners on it', async () => {
    const held = await heldServer(1);
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const [a, b] = await twoInProgress(held, '/a0', '/b0');
      // Each round a is answered while b's request is in progress, so a is held, then read again.
      for (let round = 0; round < 15; round++) {
        held.answer(`/a${round}`);
        await until(() => a.answers.length === round + 1, `a's answer in round ${round}`);
        expect(held.gate.parked).toBe(1);
        a.get(`/a${round + 1}`);
        held.answer(`/b${round}`);
        await until(() => held.arrived.includes(`/a${round + 1}`), `a's held request in round ${round}`);
        b.get(`/b${round + 1}`);
        await until(() => held.arrived.includes(`/b${round + 1}`), `b's request in round ${round}`);
      }
      expect(a.answers).toHaveLength(15);
      await sleep(20);
      expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('shows requests in progress and held connections on /metrics', async () => {
    const held = await heldServer(1);
    const metrics = new GatewayMetrics(
      () => [],
      () => held.gate,
    );
    const [a, b] = await twoInProgress(held, '/a', '/b');
    held.answer('/b');
    await until(() => held.gate.parked === 1, 'b to be held');

    const text = await metrics.registry.metrics();
    expect(text).toContain('gateway_http_admission{state="in_progress"} 1');
    expect(text).toContain('gateway_http_admission{state="parked"} 1');
  });
});
