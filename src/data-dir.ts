import { fileURLToPath } from 'node:url';

/**
 * The package's `data/` folder. This file sits one level below the package root both as
 * `src/data-dir.ts` (tests, tsx) and as `dist/data-dir.js` (the published build), so one
 * relative URL serves both.
 */
export const DATA_DIR: string = fileURLToPath(new URL('../data/', import.meta.url));
