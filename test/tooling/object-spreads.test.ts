import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * V8 in Node 20 promotes every object that gains a property after an object spread (`{ ...x, y }`)
 * to the old generation, and what it points to with it. On the per-request path such objects filled
 * the old generation and brought the full collections behind the fixed-rate tail (README,
 * Performance). The gateway's code therefore writes no object literal with a property after a
 * spread: the property goes before it, or the object is spelled out. A spread alone, or properties
 * before it, are fine. Not checked: the emulator (it stands in for Clerk) and the code that runs
 * once at start (main.ts, server.ts).
 */
const srcDir = new URL('../../src/', import.meta.url);
const notOnTheRequestPath = (name: string): boolean => name.startsWith('emulator/') || name === 'main.ts' || name === 'server.ts';

function propertiesAfterSpreads(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const firstSpread = node.properties.findIndex(ts.isSpreadAssignment);
      const late = node.properties.slice(firstSpread + 1).find((property) => !ts.isSpreadAssignment(property));
      if (firstSpread >= 0 && late !== undefined) {
        const { line } = source.getLineAndCharacterOfPosition(late.getStart(source));
        found.push(`${fileName}:${line + 1}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('object spreads in src/', () => {
  it('finds a property after a spread, and nothing in a spread alone or after properties', () => {
    const flagged = propertiesAfterSpreads(
      'sample.ts',
      [
        'const a = { ...base, status: 200 };',
        'const b = { Authorization: key, ...headers };',
        'const c = { ...headers };',
        'const d = { ...x, ...y };',
        'f({ ...options, retry });',
      ].join('\n'),
    );
    expect(flagged).toEqual(['sample.ts:1', 'sample.ts:5']);
  });

  it('has no object literal with a property after a spread on the request path', () => {
    const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && !notOnTheRequestPath(name));
    expect(files.length).toBeGreaterThan(50);
    const flagged = files.flatMap((name) => propertiesAfterSpreads(name, readFileSync(new URL(name, srcDir), 'utf8')));
    expect(flagged).toEqual([]);
  });
});
