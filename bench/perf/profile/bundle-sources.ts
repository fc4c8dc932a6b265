/**
 * The gateway runs as an esbuild bundle, so a profile names one script for graphql-js, Yoga,
 * undici and our src/ alike. esbuild starts every module it inlines with a `// <path>` line
 * (`// node_modules/graphql/language/parser.js`, `// src/clerk/client.ts`); a function defined
 * after such a line belongs to that module. This maps a bundle position back to the module's own
 * file URL, which the categories then read as for unbundled code.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT = pathToFileURL(`${process.cwd()}/`).href;
const BUNDLE_DIR = `${PROJECT}bench/results/bundle.tmp/`;
const MODULE_MARKER = /^\/\/ ((?:node_modules|src|bench)\/\S+)$/;

/** Per bundle file: the first line of each inlined module (ascending) and its path. */
const markersByFile = new Map<string, { lines: number[]; paths: string[] }>();

function markersOf(url: string): { lines: number[]; paths: string[] } {
  let markers = markersByFile.get(url);
  if (markers === undefined) {
    markers = { lines: [], paths: [] };
    let text = '';
    try {
      text = readFileSync(fileURLToPath(url), 'utf8');
    } catch {
      // The bundle is gone (a profile read after the run): positions stay as they are.
    }
    text.split('\n').forEach((line, index) => {
      const match = MODULE_MARKER.exec(line);
      if (match !== null) {
        markers!.lines.push(index);
        markers!.paths.push(match[1]!);
      }
    });
    markersByFile.set(url, markers);
  }
  return markers;
}

/** The file URL of the module a bundle position (0-based line) belongs to; other URLs unchanged. */
export function sourceUrlOf(url: string, lineNumber: number): string {
  if (!url.startsWith(BUNDLE_DIR)) return url;
  const { lines, paths } = markersOf(url);
  let low = 0;
  let high = lines.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! <= lineNumber) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found < 0 ? url : PROJECT + paths[found]!;
}
