import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

interface PackageJson {
  types: string;
  exports: Record<string, string | { types?: string; default?: string }>;
  typesVersions?: Record<string, Record<string, string[]>>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;

/** The subpath exports that carry types ('./bullmq' …), without the root and package.json. */
const typedSubpaths = Object.entries(pkg.exports).flatMap(([subpath, target]) =>
  subpath !== '.' && typeof target === 'object' && target.types !== undefined ? [[subpath, target.types] as const] : [],
);

describe('package.json types for every resolution mode', () => {
  it('has typed subpath exports to check', () => {
    expect(typedSubpaths.map(([subpath]) => subpath)).toContain('./bullmq');
  });

  // TypeScript's node10 resolution ("moduleResolution": "node", still common with bundlers) reads no
  // `exports`: a subpath's types are found only through typesVersions (found by the session-29 audit:
  // `import 'pagesift/bullmq'` had no types there).
  it.each(typedSubpaths)('%s: typesVersions points node10 resolution at the same declarations (%s)', (subpath, types) => {
    expect(pkg.typesVersions?.['*']?.[subpath.slice(2)]).toEqual([types]);
  });

  it('the root types are the root export\'s types, listed first', () => {
    const root = pkg.exports['.'];
    expect(typeof root === 'object' && Object.keys(root)[0]).toBe('types');
    expect(typeof root === 'object' && root.types).toBe(pkg.types);
  });
});
