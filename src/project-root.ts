import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory holding the project's package.json, found by walking up from this module: the
 * same from src/ (tsx, tests), dist/ (the image) and the bundle `npm start` runs, whose modules
 * sit at other depths.
 */
export function projectRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, 'package.json')) && existsSync(join(directory, 'schema'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) throw new Error('project root not found above ' + fileURLToPath(import.meta.url));
    directory = parent;
  }
}
