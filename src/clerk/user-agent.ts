/** Default `User-Agent`: names the gateway and its version, so Clerk-side logs can tell it apart. */
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  try {
    // Same relative place from src/clerk/ and from the built dist/clerk/.
    const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' && /^[\w.+-]+$/.test(version) ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const DEFAULT_USER_AGENT = `clerk-oauth-graphql-gateway/${packageVersion()}`;
