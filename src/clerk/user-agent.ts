/** Default `User-Agent`: names the gateway and its version, so Clerk-side logs can tell it apart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../project-root.js';

function packageVersion(): string {
  try {
    const text = readFileSync(join(projectRoot(), 'package.json'), 'utf8');
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' && /^[\w.+-]+$/.test(version) ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export const DEFAULT_USER_AGENT = `clerk-oauth-graphql-gateway/${packageVersion()}`;
