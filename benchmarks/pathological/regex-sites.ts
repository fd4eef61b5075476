/**
 * The regexes of src/, found with the TypeScript parser (every regex literal and every
 * `new RegExp`): each must be the target of some family (main.ts warns of any that is not).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface RegexSite {
  /** `src/…/file.ts::literal` (literal as written in the source). */
  key: string;
  file: string;
  line: number;
  literal: string;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
    });
}

export function findRegexes(root = ROOT): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of tsFiles(join(root, 'src'))) {
    const file = relative(root, path).split('\\').join('/');
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      const isLiteral = node.kind === ts.SyntaxKind.RegularExpressionLiteral;
      const isConstructed = (ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText(source) === 'RegExp';
      if (isLiteral || isConstructed) {
        const literal = node.getText(source);
        sites.push({ key: `${file}::${literal}`, file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, literal });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return sites;
}

/** The RegExp of a literal as written in the source (`/body/flags`). */
export function regexFromLiteral(literal: string): RegExp {
  const last = literal.lastIndexOf('/');
  if (!literal.startsWith('/') || last <= 0) throw new Error(`not a regex literal: ${literal}`);
  return new RegExp(literal.slice(1, last), literal.slice(last + 1));
}
