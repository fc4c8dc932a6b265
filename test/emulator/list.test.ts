import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock, startEmulator, type Harness } from './helpers.js';

const clock = manualClock(1_760_000_000_000);
let h: Harness;
/** Created in this order; Beta and beta2 share a timestamp to exercise the id tie-break. */
const created: { id: string; name: string; client_id: string; created_at: number }[] = [];

const names = ['Charlie', 'alpha', 'Beta', 'beta2', 'Delta Force', 'echo'];

beforeAll(async () => {
  h = await startEmulator({ now: clock.now });
  for (const name of names) {
    if (name !== 'beta2') clock.advance(1000);
    const res = await h.api('POST', '/v1/oauth_applications', { body: { name } });
    created.push(res.json);
  }
});
afterAll(() => h.close());

const list = async (query = '') => {
  const res = await h.api('GET', `/v1/oauth_applications${query}`);
  expect(res.status).toBe(200);
  return res.json as { data: { id: string; name: string }[]; total_count: number };
};
const namesOf = (page: { data: { name: string }[] }) => page.data.map((a) => a.name);

describe('ordering', () => {
  it('returns newest first without order_by (equal timestamps: higher id first)', async () => {
    expect(namesOf(await list())).toEqual(['echo', 'Delta Force', 'beta2', 'Beta', 'alpha', 'Charlie']);
    expect(created[2]!.created_at).toBe(created[3]!.created_at);
    expect(created[3]!.id > created[2]!.id).toBe(true);
  });

  it('honours +created_at (oldest first), created_at (implied +) and -created_at', async () => {
    const oldest = ['Charlie', 'alpha', 'Beta', 'beta2', 'Delta Force', 'echo'];
    expect(namesOf(await list('?order_by=%2Bcreated_at'))).toEqual(oldest);
    expect(namesOf(await list('?order_by=created_at'))).toEqual(oldest);
    // An unencoded '+' decodes to a space; it is still read as ascending.
    expect(namesOf(await list('?order_by=+created_at'))).toEqual(oldest);
    expect(namesOf(await list('?order_by=-created_at'))).toEqual([...oldest].reverse());
  });

  it('orders by name (byte order) in both directions', async () => {
    const ascending = ['Beta', 'Charlie', 'Delta Force', 'alpha', 'beta2', 'echo'];
    expect(namesOf(await list('?order_by=name'))).toEqual(ascending);
    expect(namesOf(await list('?order_by=%2Bname'))).toEqual(ascending);
    expect(namesOf(await list('?order_by=-name'))).toEqual([...ascending].reverse());
  });

  it('only honours the first order_by', async () => {
    expect(namesOf(await list('?order_by=name&order_by=-created_at'))[0]).toBe('Beta');
    expect(namesOf(await list('?order_by=-created_at&order_by=name'))[0]).toBe('echo');
    // The second one is not even validated.
    expect(namesOf(await list('?order_by=name&order_by=bogus'))[0]).toBe('Beta');
  });
});

describe('name_query', () => {
  it('matches names case-insensitively as a substring', async () => {
    const page = await list('?name_query=BETA&order_by=name');
    expect(namesOf(page)).toEqual(['Beta', 'beta2']);
    expect(page.total_count).toBe(2);
    expect(namesOf(await list('?name_query=ta%20f'))).toEqual(['Delta Force']);
  });

  it('also matches the exact client_id, but not a part of it', async () => {
    const target = created[4]!;
    const exact = await list(`?name_query=${target.client_id}`);
    expect(exact.data.map((a) => a.id)).toEqual([target.id]);
    const partial = await list(`?name_query=${target.client_id.slice(0, 10)}`);
    expect(partial.data.map((a) => a.id)).not.toContain(target.id);
  });

  it('returns an empty page with total_count 0 when nothing matches', async () => {
    expect(await list('?name_query=zzz-nothing')).toEqual({ data: [], total_count: 0 });
  });

  it('treats an empty name_query as no filter', async () => {
    expect((await list('?name_query=')).total_count).toBe(6);
  });
});

describe('pagination', () => {
  it('defaults to limit 10, offset 0, and counts all matches in total_count', async () => {
    const page = await list();
    expect(page.data).toHaveLength(6);
    expect(page.total_count).toBe(6);
  });

  it('walks pages with limit and offset without overlap or gaps', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 4) {
      const page = await list(`?order_by=name&limit=4&offset=${offset}`);
      expect(page.total_count).toBe(6);
      seen.push(...namesOf(page));
    }
    expect(seen).toEqual(['Beta', 'Charlie', 'Delta Force', 'alpha', 'beta2', 'echo']);
  });

  it('applies total_count after filtering and before paging', async () => {
    const page = await list('?name_query=a&limit=2&offset=1&order_by=name');
    // Names containing "a" (any case): Beta, Charlie, Delta Force, alpha, beta2.
    expect(page.total_count).toBe(5);
    expect(namesOf(page)).toEqual(['Charlie', 'Delta Force']);
  });

  it('returns an empty page past the end', async () => {
    const page = await list('?offset=6');
    expect(page).toEqual({ data: [], total_count: 6 });
  });

  it('honours limit=1 and limit=500', async () => {
    expect((await list('?limit=1')).data).toHaveLength(1);
    expect((await list('?limit=500')).data).toHaveLength(6);
  });
});
