/**
 * One soak caller: a loop of GraphQL requests over its own applications, one request at a time,
 * chosen by a seeded PRNG, each answer checked against what the caller was told before (its model)
 * and the contract (judge.ts). Mismatches are counted with a sample message; nothing throws.
 */
import { CREATE, DELETE, GET, LIST, NODE, NODES, ROTATE, UPDATE, type RootField } from './documents.js';
import { judgeResponse, type GraphQLErrorJson } from './judge.js';
import {
  appKey,
  callerPrefix,
  keyOfName,
  sameScopes,
  type AppModel,
  type CallOutcome,
  type CallRecord,
} from './model.js';
import { createRng, type Rng } from './prng.js';
import { CALL_ID_HEADER } from './topology.js';

export interface WorkloadOptions {
  readonly graphqlUrl: string;
  /** No request starts at or after this time (Date.now() ms). */
  readonly deadline: number;
  readonly maxRequests: number;
  readonly settleMs: number;
  /** Passed as `retries` to every field that takes it: short intervals so the run is fast. */
  readonly retries: Readonly<Record<string, unknown>>;
  readonly minApps: number;
  readonly maxApps: number;
  /** Per-request timeout of a caller's fetch: generous, only there so that nothing hangs forever. */
  readonly requestTimeoutMs: number;
  /**
   * Share of calls sent with the shortest deadline the contract allows (`maxElapsedTimeMs: 1000`):
   * impatient callers, whose calls end on the deadline after a Retry-After. 0 by default.
   */
  readonly impatientShare: number;
}

const IMPATIENT_MS = 1_000;

export interface Tally {
  count: number;
  samples: string[];
}

export interface WorkloadState {
  issued: number;
  nextCallId: number;
  readonly ledger: Map<number, CallRecord>;
  /** Every application model, by key. */
  readonly models: Map<string, AppModel>;
  /** `field → __typename` counts. */
  readonly responses: Map<string, number>;
  /** Invariant 2 failures: a response that is not data or a typed error. */
  readonly contractViolations: Tally;
  /** Requests that got no HTTP answer at all. */
  readonly noAnswer: Tally;
  /** Answers that contradict what the caller was told before (invariant 4, in flight). */
  readonly mismatches: Tally;
  /** Two live applications from one create seen in a listing (invariant 3, in flight). */
  readonly duplicatesSeen: Tally;
  /** outcomeUnknown on a read (invariant 5b). */
  readonly readOutcomeUnknown: Tally;
  readonly latenciesMs: number[];
}

export function createWorkloadState(): WorkloadState {
  const tally = (): Tally => ({ count: 0, samples: [] });
  return {
    issued: 0,
    nextCallId: 0,
    ledger: new Map(),
    models: new Map(),
    responses: new Map(),
    contractViolations: tally(),
    noAnswer: tally(),
    mismatches: tally(),
    duplicatesSeen: tally(),
    readOutcomeUnknown: tally(),
    latenciesMs: [],
  };
}

export function note(tally: Tally, message: string): void {
  tally.count += 1;
  if (tally.samples.length < 20) tally.samples.push(message);
}

const SCOPES = ['profile', 'email', 'openid', 'offline_access', 'soak:read', 'soak:write'] as const;
const PAYLOADS = new Set([
  'CreateOAuthApplicationPayload',
  'UpdateOAuthApplicationPayload',
  'DeleteOAuthApplicationPayload',
  'RotateOAuthApplicationSecretPayload',
]);
const MALFORMED_ID = 'not-an-id';

interface SeenApplication {
  id: string;
  name: string;
  scopes: string[];
}

interface Answer {
  record: CallRecord;
  typename: string;
  /** The root field's value; its shape follows the document's selection (read as such below). */
  value: any;
  errors: GraphQLErrorJson[];
}

type Step = 'create' | 'get' | 'listOwn' | 'listPage' | 'update' | 'rotate' | 'delete' | 'node' | 'nodes' | 'reconcile';

export class Caller {
  private readonly rng: Rng;
  private readonly prefix: string;
  private sequence = 0;
  private readonly apps: AppModel[] = [];
  /** Ids of this caller's applications acknowledged deleted: they must stay gone. */
  private readonly gone: string[] = [];
  private cursor: string | null = null;

  constructor(
    private readonly index: number,
    seed: number,
    private readonly options: WorkloadOptions,
    private readonly state: WorkloadState,
  ) {
    this.rng = createRng(seed);
    this.prefix = callerPrefix(index);
  }

  async run(): Promise<void> {
    while (this.take()) await this.step();
  }

  private take(): boolean {
    if (Date.now() >= this.options.deadline || this.state.issued >= this.options.maxRequests) return false;
    this.state.issued += 1;
    return true;
  }

  private async step(): Promise<void> {
    const now = Date.now();
    const usable = (app: AppModel): boolean =>
      app.id !== null && !app.broken && app.existence !== 'deleted' && now >= app.settleUntil;
    const ready = this.apps.filter(usable);
    const live = ready.filter((app) => app.existence === 'live');
    const pendingCreates = this.apps.filter((app) => app.created === 'uncertain' && !app.broken && now >= app.settleUntil);
    const population = this.apps.filter(
      (app) => !app.broken && ((app.id !== null && app.existence !== 'deleted') || app.created === 'uncertain'),
    ).length;
    const { minApps, maxApps } = this.options;

    const step = this.rng.weighted<Step>({
      create: population < minApps ? 40 : population < maxApps ? 12 : 0,
      get: ready.length > 0 ? 12 : 0,
      listOwn: 6,
      listPage: 6,
      update: live.length > 0 ? 14 : 0,
      rotate: live.length > 0 ? 12 : 0,
      delete: ready.length > 0 && population > minApps ? (population >= maxApps - 1 ? 20 : 8) : 0,
      node: ready.length > 0 ? 7 : 0,
      nodes: ready.length > 0 ? 5 : 0,
      reconcile: pendingCreates.length > 0 ? 15 : 0,
    });
    switch (step) {
      case 'create':
        return this.create();
      case 'get':
        return this.get(ready);
      case 'listOwn':
        return this.listOwn();
      case 'listPage':
        return this.listPage();
      case 'update':
        return this.update(this.rng.pick(live));
      case 'rotate':
        return this.rotate(this.rng.pick(live));
      case 'delete':
        return this.delete(this.rng.pick(ready));
      case 'node':
        return this.node(ready);
      case 'nodes':
        return this.nodes(ready);
      case 'reconcile':
        return this.reconcile(this.rng.pick(pendingCreates));
    }
  }

  // ---- the six operations ------------------------------------------------------------------

  private async create(): Promise<void> {
    const key = appKey(this.index, ++this.sequence);
    // A few creates carry an invalid redirect URI: the gateway must refuse them before Clerk.
    const invalid = this.rng.chance(0.03);
    const scopes = this.randomScopes();
    const input = { name: key, redirectUris: [invalid ? 'not a uri' : `https://soak.example/${key}/callback`], scopes };
    const callId = this.allocateCallId();
    const model: AppModel = {
      key,
      caller: this.index,
      createCallId: callId,
      id: null,
      created: 'uncertain',
      existence: 'uncertain',
      name: key,
      nameCertain: true,
      scopes,
      scopesCertain: true,
      secret: null,
      secretCertain: false,
      renames: 0,
      settleUntil: 0,
      broken: false,
    };
    this.state.models.set(key, model);
    this.apps.push(model);
    const answer = await this.send(callId, 'createOAuthApplication', CREATE, { input, retries: this.options.retries }, true, key, null);

    if (answer.typename === 'CreateOAuthApplicationPayload') {
      const app = answer.value.oauthApplication as SeenApplication;
      model.id = app.id;
      answer.record.appId = app.id;
      model.created = 'ack';
      model.existence = 'live';
      model.secret = answer.value.clientSecret as string | null;
      model.secretCertain = true;
      if (invalid) this.mismatch(model, `create with an invalid redirect URI was accepted (${key})`);
      if (app.name !== key || !sameScopes(app.scopes, scopes)) {
        this.mismatch(model, `create ${key} answered name ${app.name} scopes ${app.scopes.join(' ')}`);
      }
      if (!model.secret) this.mismatch(model, `create ${key} of a confidential app answered no secret`);
    } else if (answer.record.outcome === 'unknown') {
      model.settleUntil = Date.now() + this.options.settleMs;
    } else {
      if (answer.typename === 'ValidationError' && !invalid) this.mismatch(model, `valid create ${key} refused: ValidationError`);
      if (invalid && answer.typename !== 'ValidationError') {
        this.mismatch(model, `create ${key} with an invalid URI answered ${answer.typename}, not ValidationError`);
      }
      model.created = 'failed';
      model.existence = 'deleted';
    }
  }

  private async get(ready: AppModel[]): Promise<void> {
    const roll = this.rng.next();
    if (roll < 0.02) {
      const answer = await this.send(this.allocateCallId(), 'oauthApplication', GET, { id: MALFORMED_ID, retries: this.options.retries }, false, null, null);
      if (answer.typename !== 'ValidationError') this.note(`oauthApplication(${MALFORMED_ID}) answered ${answer.typename}`);
      return;
    }
    if (roll < 0.12 && this.gone.length > 0) {
      const id = this.rng.pick(this.gone);
      const answer = await this.send(this.allocateCallId(), 'oauthApplication', GET, { id, retries: this.options.retries }, false, null, id);
      if (answer.typename === 'OAuthApplication') this.note(`application ${id} acknowledged deleted is readable again`);
      return;
    }
    const app = this.rng.pick(ready);
    const answer = await this.send(this.allocateCallId(), 'oauthApplication', GET, { id: app.id, retries: this.options.retries }, false, app.key, app.id);
    if (answer.typename === 'OAuthApplication') this.observePresent(app, answer.value as SeenApplication, 'oauthApplication');
    else if (answer.typename === 'NotFoundError') this.observeAbsent(app, 'oauthApplication');
  }

  private async listOwn(): Promise<void> {
    const orderBy = this.rng.pick([
      undefined,
      { field: 'NAME', direction: 'ASC' },
      { field: 'CREATED_AT', direction: 'DESC' },
      { field: 'CREATED_AT', direction: 'ASC' },
    ]);
    const answer = await this.send(
      this.allocateCallId(),
      'oauthApplications',
      LIST,
      { nameQuery: this.prefix, limit: 100, orderBy, retries: this.options.retries },
      false,
      null,
      null,
    );
    if (answer.typename !== 'OAuthApplicationConnection') return;
    const nodes = answer.value.nodes as SeenApplication[];
    if (answer.value.totalCount !== nodes.length) {
      this.note(`own listing of ${this.prefix} is incomplete: ${nodes.length} of ${answer.value.totalCount}`);
      return;
    }
    this.reconcileWithListing(nodes, this.apps, 'own listing');
  }

  private async listPage(): Promise<void> {
    const limit = 1 + this.rng.int(25);
    const variables: Record<string, unknown> = { limit, retries: this.options.retries };
    if (this.cursor !== null && this.rng.chance(0.5)) variables.after = this.cursor;
    else variables.offset = this.rng.int(40);
    if (this.rng.chance(0.5)) {
      variables.orderBy = { field: this.rng.pick(['NAME', 'CREATED_AT']), direction: this.rng.pick(['ASC', 'DESC']) };
    }
    const answer = await this.send(this.allocateCallId(), 'oauthApplications', LIST, variables, false, null, null);
    if (answer.typename !== 'OAuthApplicationConnection') return;
    const nodes = answer.value.nodes as SeenApplication[];
    if (nodes.length > limit || answer.value.totalCount < nodes.length) {
      this.note(`page of limit ${limit} answered ${nodes.length} nodes of ${answer.value.totalCount}`);
    }
    this.cursor = answer.value.pageInfo.hasNextPage ? (answer.value.pageInfo.endCursor as string) : null;
  }

  private async update(app: AppModel): Promise<void> {
    const mode = this.rng.weighted({ rename: 4, scopes: 3, both: 3 });
    const input: { id: string; name?: string; scopes?: string[] } = { id: app.id! };
    if (mode !== 'scopes') input.name = `${app.key}~r${++app.renames}`;
    if (mode !== 'rename') input.scopes = this.randomScopes();
    const answer = await this.send(this.allocateCallId(), 'updateOAuthApplication', UPDATE, { input, retries: this.options.retries }, true, app.key, app.id);

    if (answer.typename === 'UpdateOAuthApplicationPayload') {
      const seen = answer.value.oauthApplication as SeenApplication;
      if (input.name !== undefined && seen.name !== input.name) this.mismatch(app, `update of ${app.id} answered name ${seen.name}, asked ${input.name}`);
      if (input.scopes !== undefined && !sameScopes(seen.scopes, input.scopes)) {
        this.mismatch(app, `update of ${app.id} answered scopes ${seen.scopes.join(' ')}, asked ${input.scopes.join(' ')}`);
      }
      if (input.name !== undefined) {
        app.name = input.name;
        app.nameCertain = true;
      }
      if (input.scopes !== undefined) {
        app.scopes = input.scopes;
        app.scopesCertain = true;
      }
      // The fields not sent must be unchanged.
      this.observePresent(app, seen, 'update payload');
    } else if (answer.record.outcome === 'unknown') {
      if (input.name !== undefined) app.nameCertain = false;
      if (input.scopes !== undefined) app.scopesCertain = false;
      app.settleUntil = Date.now() + this.options.settleMs;
    } else if (answer.typename === 'NotFoundError') {
      this.observeAbsent(app, 'update');
    } else if (answer.typename === 'ValidationError') {
      this.mismatch(app, `valid update of ${app.id} refused: ValidationError`);
    }
  }

  private async rotate(app: AppModel): Promise<void> {
    const answer = await this.send(
      this.allocateCallId(),
      'rotateOAuthApplicationSecret',
      ROTATE,
      { input: { id: app.id }, retries: this.options.retries },
      true,
      app.key,
      app.id,
    );
    if (answer.typename === 'RotateOAuthApplicationSecretPayload') {
      const secret = answer.value.clientSecret as string | null;
      if (!secret) this.mismatch(app, `rotation of ${app.id} answered no secret`);
      else if (app.secretCertain && secret === app.secret) this.mismatch(app, `rotation of ${app.id} answered the previous secret`);
      app.secret = secret;
      app.secretCertain = true;
      this.observePresent(app, answer.value.oauthApplication as SeenApplication, 'rotate payload');
    } else if (answer.record.outcome === 'unknown') {
      app.secretCertain = false;
      app.settleUntil = Date.now() + this.options.settleMs;
    } else if (answer.typename === 'NotFoundError') {
      this.observeAbsent(app, 'rotate');
    }
  }

  private async delete(app: AppModel): Promise<void> {
    const answer = await this.send(
      this.allocateCallId(),
      'deleteOAuthApplication',
      DELETE,
      { input: { id: app.id }, retries: this.options.retries },
      true,
      app.key,
      app.id,
    );
    if (answer.typename === 'DeleteOAuthApplicationPayload') {
      if (answer.value.deletedOAuthApplicationId !== app.id) {
        this.mismatch(app, `delete of ${app.id} answered ${String(answer.value.deletedOAuthApplicationId)}`);
      }
      app.existence = 'deleted';
      this.gone.push(app.id!);
    } else if (answer.record.outcome === 'unknown') {
      app.existence = 'uncertain';
      app.settleUntil = Date.now() + this.options.settleMs;
    } else if (answer.typename === 'NotFoundError') {
      this.observeAbsent(app, 'delete');
    }
  }

  // ---- node lookups -------------------------------------------------------------------------

  private async node(ready: AppModel[]): Promise<void> {
    const roll = this.rng.next();
    const target: { id: string; app: AppModel | null; expectNull: boolean } =
      roll < 0.05
        ? { id: MALFORMED_ID, app: null, expectNull: true }
        : roll < 0.15 && this.gone.length > 0
          ? { id: this.rng.pick(this.gone), app: null, expectNull: true }
          : (() => {
              const app = this.rng.pick(ready);
              return { id: app.id!, app, expectNull: false };
            })();
    const answer = await this.send(this.allocateCallId(), 'node', NODE, { id: target.id }, false, target.app?.key ?? null, target.id);
    if (answer.errors.length > 0 || answer.value === undefined) return;
    this.judgeNode(target, answer.value as SeenApplication | null, 'node');
  }

  private async nodes(ready: AppModel[]): Promise<void> {
    const targets: { id: string; app: AppModel | null; expectNull: boolean }[] = [];
    const picks = this.rng.sample(ready, 1 + this.rng.int(4));
    for (const app of picks) targets.push({ id: app.id!, app, expectNull: false });
    if (this.gone.length > 0 && this.rng.chance(0.3)) targets.push({ id: this.rng.pick(this.gone), app: null, expectNull: true });
    if (this.rng.chance(0.1)) targets.push({ id: MALFORMED_ID, app: null, expectNull: true });
    const answer = await this.send(this.allocateCallId(), 'nodes', NODES, { ids: targets.map((t) => t.id) }, false, null, null);
    if (!Array.isArray(answer.value)) return;
    const failed = new Set(
      answer.errors.map((error) => (Array.isArray(error.path) && error.path[0] === 'nodes' ? Number(error.path[1]) : -1)),
    );
    targets.forEach((target, i) => {
      if (failed.has(i)) return;
      this.judgeNode(target, (answer.value as (SeenApplication | null)[])[i] ?? null, 'nodes');
    });
  }

  private judgeNode(target: { id: string; app: AppModel | null; expectNull: boolean }, value: SeenApplication | null, where: string): void {
    if (target.app !== null) {
      if (value === null) this.observeAbsent(target.app, where);
      else this.observePresent(target.app, value, where);
    } else if (value !== null) {
      this.note(`${where}(${target.id}) answered an application for an id that names none`);
    }
  }

  // ---- reconciliation of uncertain creates ----------------------------------------------------

  /** After an uncertain create, "check the list before trying again" (the contract's advice). */
  private async reconcile(app: AppModel): Promise<void> {
    const answer = await this.send(
      this.allocateCallId(),
      'oauthApplications',
      LIST,
      { nameQuery: app.key, limit: 10, retries: this.options.retries },
      false,
      app.key,
      null,
    );
    if (answer.typename !== 'OAuthApplicationConnection') return;
    const nodes = (answer.value.nodes as SeenApplication[]).filter((node) => keyOfName(node.name) === app.key);
    this.reconcileWithListing(nodes, [app], 'reconciling list');
  }

  /**
   * A complete listing of `scope` (every application of theirs is in `nodes` if it exists): adopts
   * settled uncertain creates, settles uncertain deletions, and checks everything else.
   */
  private reconcileWithListing(nodes: SeenApplication[], scope: AppModel[], where: string): void {
    const now = Date.now();
    const byKey = new Map<string, SeenApplication[]>();
    for (const node of nodes) {
      if (!node.name.startsWith(this.prefix)) {
        this.note(`${where} of ${this.prefix} returned ${node.name}`);
        continue;
      }
      const key = keyOfName(node.name);
      byKey.set(key, [...(byKey.get(key) ?? []), node]);
    }
    const inScope = new Set(scope.map((app) => app.key));
    for (const [key, group] of byKey) {
      if (!inScope.has(key)) continue;
      const app = this.state.models.get(key);
      if (group.length > 1) {
        note(this.state.duplicatesSeen, `${where}: ${group.length} live applications from create ${key}: ${group.map((g) => g.id).join(', ')}`);
      }
      if (app === undefined) {
        this.note(`${where}: application ${group[0]!.id} (${group[0]!.name}) matches no create of this caller`);
        continue;
      }
      if (app.broken || now < app.settleUntil) continue;
      const seen = group[0]!;
      if (app.id === null) {
        if (app.created === 'uncertain') {
          app.id = seen.id;
          app.created = 'adopted';
          app.existence = 'live';
          app.name = seen.name;
          app.scopes = seen.scopes;
          app.nameCertain = true;
          app.scopesCertain = true;
        } else {
          this.mismatch(app, `${where}: ${seen.id} exists although its create ${key} was answered ${app.created}`);
        }
      } else if (!group.some((g) => g.id === app.id)) {
        this.mismatch(app, `${where}: create ${key} is ${app.id} but the listing shows ${seen.id}`);
      } else {
        this.observePresent(app, group.find((g) => g.id === app.id)!, where);
      }
    }
    for (const app of scope) {
      if (byKey.has(app.key) || app.broken || now < app.settleUntil) continue;
      if (app.id === null) {
        if (app.created === 'uncertain') {
          app.created = 'absent';
          app.existence = 'deleted';
        }
      } else if (app.existence !== 'deleted') {
        this.observeAbsent(app, where);
      }
    }
  }

  // ---- model updates --------------------------------------------------------------------------

  /** A read showed the application: it must not be acknowledged deleted, and certain fields must match. */
  private observePresent(app: AppModel, seen: SeenApplication, where: string): void {
    if (app.broken) return;
    if (seen.id !== app.id) {
      this.mismatch(app, `${where}: asked for ${app.id}, got ${seen.id}`);
      return;
    }
    if (app.existence === 'deleted') {
      this.mismatch(app, `${where}: ${app.id} was acknowledged deleted but is there`);
      return;
    }
    app.existence = 'live';
    if (app.nameCertain && seen.name !== app.name) this.mismatch(app, `${where}: ${app.id} is named ${seen.name}, acknowledged ${app.name}`);
    if (app.scopesCertain && !sameScopes(seen.scopes, app.scopes)) {
      this.mismatch(app, `${where}: ${app.id} has scopes ${seen.scopes.join(' ')}, acknowledged ${app.scopes.join(' ')}`);
    }
    if (!app.nameCertain) {
      app.name = seen.name;
      app.nameCertain = true;
    }
    if (!app.scopesCertain) {
      app.scopes = seen.scopes;
      app.scopesCertain = true;
    }
  }

  /** Clerk said the application does not exist. */
  private observeAbsent(app: AppModel, where: string): void {
    if (app.broken) return;
    if (app.existence === 'live') {
      this.mismatch(app, `${where}: ${app.id} (${app.created}, never deleted) is not found`);
      return;
    }
    if (app.existence === 'uncertain') this.gone.push(app.id!);
    app.existence = 'deleted';
  }

  private mismatch(app: AppModel, message: string): void {
    app.broken = true;
    this.note(message);
  }

  private note(message: string): void {
    note(this.state.mismatches, `caller ${this.index}: ${message}`);
  }

  private randomScopes(): string[] {
    const chosen = SCOPES.filter(() => this.rng.chance(0.45));
    return chosen.length > 0 ? chosen : [this.rng.pick(SCOPES)];
  }

  // ---- transport ------------------------------------------------------------------------------

  private allocateCallId(): number {
    return ++this.state.nextCallId;
  }

  private async send(
    callId: number,
    field: RootField,
    query: string,
    variables: Record<string, unknown>,
    write: boolean,
    key: string | null,
    appId: string | null,
  ): Promise<Answer> {
    const record: CallRecord = {
      id: callId,
      caller: this.index,
      field,
      write,
      appKey: key,
      appId,
      typename: 'no answer',
      outcome: write ? 'unknown' : 'read',
      outcomeUnknown: false,
      durationMs: 0,
    };
    this.state.ledger.set(callId, record);
    if (variables.retries !== undefined && this.options.impatientShare > 0 && this.rng.chance(this.options.impatientShare)) {
      variables = { ...variables, retries: { ...this.options.retries, maxElapsedTimeMs: IMPATIENT_MS } };
    }
    const started = performance.now();
    // A timer cleared on the answer: AbortSignal.timeout would keep one timer per request alive
    // for the whole timeout, thousands of them in a soak.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error(`no answer within ${this.options.requestTimeoutMs} ms`)), this.options.requestTimeoutMs);
    let status: number;
    let raw: string;
    try {
      const response = await fetch(this.options.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          [CALL_ID_HEADER]: String(callId),
        },
        body: JSON.stringify({ query, variables }),
        signal: timeout.signal,
      });
      status = response.status;
      raw = await response.text();
    } catch (error) {
      note(this.state.noAnswer, `${field} (call ${callId}): ${String(error)}`);
      this.count(field, 'no answer');
      return { record, typename: 'no answer', value: undefined, errors: [] };
    } finally {
      clearTimeout(timer);
      record.durationMs = Math.round(performance.now() - started);
      this.state.latenciesMs.push(record.durationMs);
    }

    const judged = judgeResponse(field, status, raw);
    this.count(field, judged.typename);
    record.typename = judged.typename;
    if (judged.problem !== null) {
      note(this.state.contractViolations, `${field} (call ${callId}): ${judged.problem}`);
      // An answer that is not a typed result tells nothing about a write.
      return { record, typename: 'contract violation', value: undefined, errors: [] };
    }
    const value = judged.value as { outcomeUnknown?: unknown } | null | undefined;
    const outcomeUnknown = judged.typename === 'UpstreamError' && value?.outcomeUnknown === true;
    record.outcomeUnknown = outcomeUnknown;
    if (!write && outcomeUnknown) note(this.state.readOutcomeUnknown, `${field} (call ${callId}) answered outcomeUnknown: true`);
    if (write) record.outcome = outcomeOf(judged.typename, outcomeUnknown);
    return { record, typename: judged.typename, value: judged.value, errors: judged.typedErrors };
  }

  private count(field: RootField, typename: string): void {
    const key = `${field} → ${typename}`;
    this.state.responses.set(key, (this.state.responses.get(key) ?? 0) + 1);
  }
}

function outcomeOf(typename: string, outcomeUnknown: boolean): CallOutcome {
  if (PAYLOADS.has(typename)) return 'success';
  if (typename === 'UpstreamError') return outcomeUnknown ? 'unknown' : 'failed';
  if (typename === 'NotFoundError') return 'notFound';
  if (typename === 'ValidationError') return 'invalid';
  return 'failed';
}
