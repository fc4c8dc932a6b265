/** Default `User-Agent`: names the gateway and its version, so Clerk-side logs can tell it apart. */
import packageJson from '../../package.json' with { type: 'json' };

export const DEFAULT_USER_AGENT = `clerk-oauth-graphql-gateway/${packageJson.version}`;
