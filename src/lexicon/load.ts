import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { readFailure } from '../data-file.js';
import { LexiconError, parseLexicon, type Lexicon } from './parse.js';

const LEXICON_EXTENSION = '.txt';

/**
 * Load every `<lang>/<category>.txt` under `dir`, in sorted order (deterministic).
 * Errors carry the file and line.
 */
export async function loadLexiconDir(dir: string): Promise<Lexicon[]> {
  const lexicons: Lexicon[] = [];
  const langs = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const lang of langs) {
    const files = (await readdir(join(dir, lang))).filter((f) => extname(f) === LEXICON_EXTENSION).sort();
    for (const file of files) {
      const path = join(dir, lang, file);
      lexicons.push(await loadLexiconFile(path, lang, relative(join(dir, '..', '..'), path)));
    }
  }
  return lexicons;
}

/** Load one lexicon file; the category defaults to the file name, `lang` to "any". */
export async function loadLexiconFile(path: string, lang = 'any', shownAs: string = path): Promise<Lexicon> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new LexiconError(shownAs, 0, `cannot read the lexicon file (${readFailure(error)})`);
  }
  return parseLexicon(text, shownAs, lang, basename(path, LEXICON_EXTENSION));
}
