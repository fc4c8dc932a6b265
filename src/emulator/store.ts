/**
 * In-memory store of OAuth applications. Holds the client secret (the real API does not keep it
 * readable, but the emulator must hand it to soak comparisons), keeps deleted ids so that they
 * stay 404, and reports every change through `onChange` (persistence hooks in there).
 */
import {
  ApplicationIdGenerator,
  generateClientId,
  generateClientSecret,
  secureBase62,
  type RandomSource,
} from './ids.js';

export interface ApplicationRecord {
  id: string;
  name: string;
  client_id: string;
  /** "" for public clients and for apps switched to confidential that were not rotated since. */
  client_secret: string;
  client_uri: string | null;
  client_image_url: string | null;
  dynamically_registered: boolean;
  consent_screen_enabled: boolean;
  pkce_required: boolean;
  public: boolean;
  scopes: string;
  redirect_uris: string[];
  created_at: number;
  updated_at: number;
}

export interface CreateInput {
  name: string;
  redirect_uris: string[];
  scopes: string;
  consent_screen_enabled: boolean;
  pkce_required: boolean;
  public: boolean;
}

export type UpdateInput = Partial<CreateInput>;

export type OrderField = 'created_at' | 'name';

export interface ListQuery {
  limit: number;
  offset: number;
  orderBy: { field: OrderField; direction: 'asc' | 'desc' };
  nameQuery?: string;
  dynamicallyRegistered?: boolean;
}

export interface StoreData {
  applications: ApplicationRecord[];
  deletedIds: string[];
}

export interface StoreOptions {
  now: () => number;
  random: RandomSource;
  onChange?: () => void;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cloneRecord(record: ApplicationRecord): ApplicationRecord {
  return { ...record, redirect_uris: [...record.redirect_uris] };
}

export class ApplicationStore {
  private readonly apps = new Map<string, ApplicationRecord>();
  private readonly clientIds = new Set<string>();
  private readonly deleted = new Set<string>();
  private readonly ids: ApplicationIdGenerator;

  constructor(private readonly options: StoreOptions) {
    this.ids = new ApplicationIdGenerator(options.random);
  }

  get size(): number {
    return this.apps.size;
  }

  create(input: CreateInput): ApplicationRecord {
    const now = this.options.now();
    const record: ApplicationRecord = {
      id: this.ids.next(now),
      name: input.name,
      client_id: this.uniqueClientId(),
      client_secret: input.public ? '' : generateClientSecret(this.options.random),
      client_uri: null,
      client_image_url: null,
      // Applications made through the Backend API are never dynamically registered.
      dynamically_registered: false,
      consent_screen_enabled: input.consent_screen_enabled,
      pkce_required: input.pkce_required,
      public: input.public,
      scopes: input.scopes,
      redirect_uris: [...input.redirect_uris],
      created_at: now,
      updated_at: now,
    };
    this.apps.set(record.id, record);
    this.clientIds.add(record.client_id);
    this.changed();
    return cloneRecord(record);
  }

  get(id: string): ApplicationRecord | undefined {
    const record = this.apps.get(id);
    return record && cloneRecord(record);
  }

  update(id: string, input: UpdateInput): ApplicationRecord | undefined {
    const record = this.apps.get(id);
    if (!record) return undefined;
    if (input.name !== undefined) record.name = input.name;
    if (input.redirect_uris !== undefined) record.redirect_uris = [...input.redirect_uris];
    if (input.scopes !== undefined) record.scopes = input.scopes;
    if (input.consent_screen_enabled !== undefined) record.consent_screen_enabled = input.consent_screen_enabled;
    if (input.pkce_required !== undefined) record.pkce_required = input.pkce_required;
    if (input.public !== undefined) {
      // [GUESS] A public client has no secret; one switched back to confidential gets a secret
      // only through rotate_secret (PATCH answers never carry a secret).
      if (input.public && !record.public) record.client_secret = '';
      record.public = input.public;
    }
    record.updated_at = this.options.now();
    this.changed();
    return cloneRecord(record);
  }

  delete(id: string): boolean {
    const record = this.apps.get(id);
    if (!record) return false;
    this.apps.delete(id);
    this.clientIds.delete(record.client_id);
    this.deleted.add(id);
    this.changed();
    return true;
  }

  rotateSecret(id: string): ApplicationRecord | undefined {
    const record = this.apps.get(id);
    if (!record) return undefined;
    // [GUESS] Rotating a public client's secret keeps it empty.
    record.client_secret = record.public ? '' : this.freshSecret(record.client_secret);
    record.updated_at = this.options.now();
    this.changed();
    return cloneRecord(record);
  }

  list(query: ListQuery): { data: ApplicationRecord[]; totalCount: number } {
    const needle = query.nameQuery?.toLowerCase();
    const matches: ApplicationRecord[] = [];
    for (const record of this.apps.values()) {
      if (query.dynamicallyRegistered !== undefined && record.dynamically_registered !== query.dynamicallyRegistered) {
        continue;
      }
      if (
        needle !== undefined &&
        needle !== '' &&
        !record.name.toLowerCase().includes(needle) &&
        record.client_id !== query.nameQuery
      ) {
        continue;
      }
      matches.push(record);
    }
    const sign = query.orderBy.direction === 'asc' ? 1 : -1;
    const field = query.orderBy.field;
    // Ties break on id (ids grow with creation time), in the requested direction, so that pages
    // never overlap or skip.
    matches.sort((a, b) => {
      const primary = field === 'name' ? compareStrings(a.name, b.name) : a.created_at - b.created_at;
      return sign * (primary !== 0 ? primary : compareStrings(a.id, b.id));
    });
    return {
      data: matches.slice(query.offset, query.offset + query.limit).map(cloneRecord),
      totalCount: matches.length,
    };
  }

  deletedIds(): string[] {
    return [...this.deleted];
  }

  /** All live applications, oldest first. */
  all(): ApplicationRecord[] {
    return [...this.apps.values()].map(cloneRecord);
  }

  export(): StoreData {
    return { applications: this.all(), deletedIds: this.deletedIds() };
  }

  /** Replaces the content without reporting a change (used when loading from disk). */
  import(data: StoreData): void {
    this.clearSilently();
    for (const app of data.applications) {
      const record = cloneRecord(app);
      this.apps.set(record.id, record);
      this.clientIds.add(record.client_id);
      this.ids.observe(record.id);
    }
    for (const id of data.deletedIds) {
      this.deleted.add(id);
      this.ids.observe(id);
    }
  }

  clear(): void {
    this.clearSilently();
    this.changed();
  }

  private clearSilently(): void {
    this.apps.clear();
    this.clientIds.clear();
    this.deleted.clear();
  }

  private uniqueClientId(): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const candidate = generateClientId(this.options.random);
      if (!this.clientIds.has(candidate)) return candidate;
    }
    // An injected constant random source would collide forever; fall back to crypto.
    for (;;) {
      const candidate = secureBase62(16);
      if (!this.clientIds.has(candidate)) return candidate;
    }
  }

  /** A secret different from the previous one, even with a degenerate injected random source. */
  private freshSecret(previous: string): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const candidate = generateClientSecret(this.options.random);
      if (candidate !== previous) return candidate;
    }
    return secureBase62(32);
  }

  private changed(): void {
    this.options.onChange?.();
  }
}
