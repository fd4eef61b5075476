import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's `data/` folder. This file sits one level below the package root both as
 * `src/data-dir.ts` (tests, tsx) and as `dist/data-dir.js` (the published build), so one
 * relative URL serves both.
 */
export const DATA_DIR: string = fileURLToPath(new URL('../data/', import.meta.url));

/** A folder every copy of data/ holds (the built-in rules): without it, data/ is not there. */
const DATA_MARKER = 'rules';

/**
 * Throws a readable error when the data folder is not where the code expects it: pagesift's code was
 * copied away from its package, as a bundler does when told to inline it (Vite's `ssr.noExternal`,
 * esbuild or webpack without externals). createSifter then failed on the first file it read with a
 * bare `ENOENT: no such file or directory, scandir '…/data/lexicons'` naming a folder beside the
 * bundle (session-33 audit).
 */
export function checkDataDir(dir: string = DATA_DIR): void {
  if (existsSync(join(dir, DATA_MARKER))) return;
  throw new Error(
    `pagesift's data folder is missing (${dir}): pagesift reads its data/ (rules, lexicons, models) at run time from the ` +
      `installed package, beside its dist/. If your app is bundled, keep pagesift external (Vite SSR does unless ssr.noExternal ` +
      `names it; esbuild: --packages=external or --external:pagesift; webpack: externals)`,
  );
}
