import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GraphiqlTab {
  readonly query: string;
  readonly variables: string;
}

const OPERATIONS_DIRECTORY = join(projectRoot(), 'schema', 'operations') + '/';

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
  const files = readdirSync(OPERATIONS_DIRECTORY).filter((file) => file.endsWith('.graphql'));
  const sources = new Map(files.map((file) => [file.replace(/\.graphql$/, ''), readFileSync(OPERATIONS_DIRECTORY + file, 'utf8')]));
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
    if (parent === directory) throw new Error('project root not found above ' + fileURLToPath(import.meta.url));
    directory = parent;
  }
}
