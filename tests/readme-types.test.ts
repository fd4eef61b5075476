import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { readmeBlock, ROOT } from './helpers/readme-example.js';

/**
 * The README's JavaScript examples, copied into a strict TypeScript ESM project, must type-check
 * under both module resolutions a project uses (found by the session-30 audit: the producer's
 * `(await queue.getJob(id)).waitUntilFinished(…)` is TS2532, as getJob() may give undefined).
 * 'pagesift' and 'pagesift/bullmq' are mapped to this checkout's sources.
 */

const EXAMPLES = ['api', 'batches', 'producer', 'worker'] as const;

// inside the checkout, so that 'bullmq' and @types/node resolve as in a user's project
mkdirSync(join(ROOT, 'node_modules', '.cache'), { recursive: true });
const DIR = mkdtempSync(join(ROOT, 'node_modules', '.cache', 'pagesift-readme-types-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const files = EXAMPLES.map((name) => {
  const file = join(DIR, `${name}.mts`);
  writeFileSync(file, readmeBlock(`<!-- example:${name} -->`));
  return file;
});

const RESOLUTIONS: [string, ts.CompilerOptions][] = [
  ['nodenext', { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext }],
  ['bundler', { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
];

describe("README's examples in a strict TypeScript project", () => {
  it.each(RESOLUTIONS)('type-check with moduleResolution %s', (_name, resolution) => {
    const program = ts.createProgram(files, {
      ...resolution,
      strict: true,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
      skipLibCheck: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      paths: { pagesift: [join(ROOT, 'src', 'index.ts')], 'pagesift/bullmq': [join(ROOT, 'src', 'bullmq', 'index.ts')] },
    });
    // only the examples' own errors: the sources are checked by `npm run typecheck`
    const errors = files.flatMap((file) => ts.getPreEmitDiagnostics(program, program.getSourceFile(file)));
    const messages = errors.map((d) => `${d.file?.fileName.slice(DIR.length + 1)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    expect(messages).toEqual([]);
  }, 120_000);
});
