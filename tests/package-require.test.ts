import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * `require('pagesift')` from CommonJS works on the Node versions the package supports (≥ 20.19 loads
 * an ES module with require) as long as no module of the package awaits at its top level: Node then
 * throws ERR_REQUIRE_ASYNC_MODULE. The README promises it (checked on the packed tarball by the
 * session-30 audit, pagesift and pagesift/bullmq); this keeps the sources free of top-level await.
 */

const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Lines of `await` (or `for await`) outside every function of a module. */
function topLevelAwaits(code: string, fileName = 'module.ts'): number[] {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassStaticBlockDeclaration(node)) return;
    if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier !== undefined)) {
      lines.push(file.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
}

describe('loadable with require()', () => {
  it('topLevelAwaits finds an await at the top level, in a block or a for await, and none inside functions', () => {
    expect(topLevelAwaits('const a = await f();\nif (x) { await g(); }\nfor await (const y of z) {}')).toEqual([1, 2, 3]);
    expect(topLevelAwaits('async function f() { await g(); }\nconst h = async () => { for await (const y of z) {} };\nclass C { async m() { await 1; } }')).toEqual([]);
  });

  it('no module under src/ awaits at its top level', () => {
    const found = sources(SRC).flatMap((path) => topLevelAwaits(readFileSync(path, 'utf8'), path).map((line) => `${relative(SRC, path)}:${line}`));
    expect(found).toEqual([]);
  });
});
