import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GraphiqlTab {
  readonly query: string;
  readonly variables: string;
}

// Tab order follows a developer's first visit: read, then change, then clean up.
const TAB_ORDER = [
  'ListOAuthApplications',
  'GetOAuthApplication',
  'CreateOAuthApplication',
  'UpdateOAuthApplication',
  'RotateOAuthApplicationSecret',
  'DeleteOAuthApplication',
];

/**
 * GraphiQL's default tabs: the example operations of schema/operations, each with the fragments
 * it spreads and variables that work as they are (`sampleId` names an existing application).
 */
export function loadGraphiqlTabs(sampleId = 'oa_REPLACE_WITH_AN_ID_FROM_THE_LIST'): GraphiqlTab[] {
  // Found when GraphiQL is served, not when this module loads: a gateway without GraphiQL needs no schema/.
  const directory = join(projectRoot(), 'schema', 'operations') + '/';
  const files = readdirSync(directory).filter((file) => file.endsWith('.graphql'));
  const sources = new Map(files.map((file) => [file.replace(/\.graphql$/, ''), readFileSync(directory + file, 'utf8')]));
  const fragments = [...sources].filter(([, source]) => /^\s*fragment\s/m.test(source));
  const variables: Record<string, unknown> = {
    ListOAuthApplications: { limit: 10 },
    GetOAuthApplication: { id: sampleId },
    CreateOAuthApplication: { input: { name: 'My app', redirectUris: ['https://example.com/oauth/callback'], scopes: ['profile', 'email'] } },
    UpdateOAuthApplication: { input: { id: sampleId, name: 'Renamed app' } },
    RotateOAuthApplicationSecret: { input: { id: sampleId } },
    DeleteOAuthApplication: { input: { id: sampleId } },
  };
  return TAB_ORDER.filter((name) => sources.has(name)).map((name) => {
    const source = sources.get(name)!;
    const used = fragments.filter(([fragmentName]) => source.includes(`...${fragmentName}`)).map(([, fragment]) => fragment);
    return { query: [source, ...used].join('\n'), variables: JSON.stringify(variables[name] ?? {}, null, 2) };
  });
}

/**
 * The directory holding the project's package.json and schema/, found by walking up from this
 * module: the same from src/ (tsx, tests) and from dist/ (the bundle), whose modules sit at other depths.
 */
function projectRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, 'package.json')) && existsSync(join(directory, 'schema'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error(`no folder above ${fileURLToPath(import.meta.url)} holds package.json and schema/`);
    directory = parent;
  }
}
