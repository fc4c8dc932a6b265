import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PersistenceError } from '../../src/emulator/persistence.js';
import { manualClock, startEmulator, type Harness } from './helpers.js';

let dir: string;
let file: string;
const harnesses: Harness[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'clerk-emulator-'));
  file = join(dir, 'state.json');
});
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startEmulator>[0]): Promise<Harness> {
  const h = await startEmulator(options);
  harnesses.push(h);
  return h;
}

describe('persistence', () => {
  it('writes after each change and restores everything on the next start', async () => {
    const clock = manualClock(1_770_000_000_000);
    const first = await start({ persistPath: file, now: clock.now });
    const a = (await first.api('POST', '/v1/oauth_applications', { body: { name: 'Kept', redirect_uris: ['https://k.example/cb'] } })).json;
    clock.advance(10);
    const b = (await first.api('POST', '/v1/oauth_applications', { body: { name: 'Removed' } })).json;
    const renamed = (await first.api('PATCH', `/v1/oauth_applications/${a.id}`, { body: { name: 'Kept 2' } })).json;
    const rotated = (await first.api('POST', `/v1/oauth_applications/${a.id}/rotate_secret`)).json;
    await first.api('DELETE', `/v1/oauth_applications/${b.id}`);

    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.version).toBe(1);
    expect(onDisk.instanceId).toBe(first.emulator.instanceId);
    expect(onDisk.deletedIds).toEqual([b.id]);
    expect(onDisk.applications).toHaveLength(1);
    expect(onDisk.applications[0]).toMatchObject({ id: a.id, name: 'Kept 2', client_secret: rotated.client_secret });
    // Writes go through a temporary file that is renamed away.
    expect(readdirSync(dir)).toEqual(['state.json']);
    const before = first.emulator.state();
    await first.close();

    // Restart with a clock that went backwards: new ids must still sort after the loaded ones.
    const second = await start({ persistPath: file, now: () => 1_600_000_000_000 });
    expect(second.emulator.instanceId).toBe(first.emulator.instanceId);
    expect(second.emulator.state()).toEqual(before);
    const get = await second.api('GET', `/v1/oauth_applications/${a.id}`);
    expect(get.json).toEqual({ ...renamed, updated_at: rotated.updated_at });
    expect((await second.api('GET', `/v1/oauth_applications/${b.id}`)).status).toBe(404);
    const c = (await second.api('POST', '/v1/oauth_applications', { body: { name: 'New' } })).json;
    expect(c.id > b.id).toBe(true);
  });

  it('seeds only a store that has no file yet, and persists the seed', async () => {
    const first = await start({ persistPath: file, seed: true });
    const seeded = first.emulator.state().applications;
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    expect(JSON.parse(readFileSync(file, 'utf8')).applications).toHaveLength(seeded.length);
    await first.api('DELETE', `/v1/oauth_applications/${seeded[0]!.id}`);
    await first.close();
    const second = await start({ persistPath: file, seed: true });
    expect(second.emulator.state().applications).toHaveLength(seeded.length - 1);
  });

  it('persists a reset', async () => {
    const h = await start({ persistPath: file });
    await h.api('POST', '/v1/oauth_applications', { body: { name: 'Gone soon' } });
    h.emulator.reset();
    expect(JSON.parse(readFileSync(file, 'utf8')).applications).toEqual([]);
  });

  it('refuses to start on a file that is not an emulator state, and leaves it alone', async () => {
    writeFileSync(file, '{"hello": "world"}');
    await expect(start({ persistPath: file })).rejects.toThrow(PersistenceError);
    writeFileSync(file, 'not json');
    await expect(start({ persistPath: file })).rejects.toThrow(PersistenceError);
    expect(readFileSync(file, 'utf8')).toBe('not json');
  });

  it('writes nothing in fast mode', async () => {
    const h = await start({ persistPath: file, fast: true });
    expect((await h.api('POST', '/v1/oauth_applications', { body: { name: 'Fast' } })).status).toBe(200);
    expect(existsSync(file)).toBe(false);
  });
});
