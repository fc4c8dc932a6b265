/**
 * Seeds an upstream with SEEDED_APPLICATIONS varied applications through its own API, then reads
 * every URL the workloads read once, so that those answers sit in the upstream's read cache.
 */
import { BENCH_SECRET_KEY, CLERK_API_VERSION, SEEDED_APPLICATIONS } from '../constants.js';
import { listPath } from '../workloads/rest-paths.js';

const HEADERS = {
  authorization: `Bearer ${BENCH_SECRET_KEY}`,
  'clerk-api-version': CLERK_API_VERSION,
  'content-type': 'application/json',
};

const SCOPES = ['profile email', 'openid profile email offline_access', 'profile email public_metadata', 'openid email'];

function applicationBody(index: number): Record<string, unknown> {
  const host = `app-${index}.example.com`;
  return {
    name: `Bench Application ${String(index).padStart(2, '0')}`,
    redirect_uris: index % 3 === 0 ? [`https://${host}/oauth/callback`, 'http://localhost:3000/callback'] : [`https://${host}/oauth/callback`],
    scopes: SCOPES[index % SCOPES.length],
    consent_screen_enabled: index % 4 !== 0,
    pkce_required: index % 2 === 0,
    public: index % 5 === 0,
  };
}

/** Returns the seeded ids, oldest first. */
export async function seedUpstream(origin: string): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < SEEDED_APPLICATIONS; index += 1) {
    const answer = await fetch(`${origin}/v1/oauth_applications`, { method: 'POST', headers: HEADERS, body: JSON.stringify(applicationBody(index)) });
    if (answer.status !== 200) throw new Error(`seeding failed: HTTP ${answer.status} ${await answer.text()}`);
    ids.push(((await answer.json()) as { id: string }).id);
  }
  for (const path of [listPath(), ...ids.map((id) => `/v1/oauth_applications/${id}`)]) {
    const answer = await fetch(origin + path, { headers: HEADERS });
    if (answer.status !== 200) throw new Error(`warming ${path} failed: HTTP ${answer.status}`);
    await answer.arrayBuffer();
  }
  return ids;
}
