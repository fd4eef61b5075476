import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Load every `data/stopwords/<lang>.txt` (one word a line, `#` comments) into one set. */
export async function loadStopwords(dir: string, normalize: (s: string) => string): Promise<Set<string>> {
  const words = new Set<string>();
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const line of text.split(/\r?\n/)) {
      const word = line.trim();
      if (word && !word.startsWith('#')) words.add(normalize(word));
    }
  }
  return words;
}

export function stopwordRatio(words: readonly string[], stopwords: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  let n = 0;
  for (const word of words) if (stopwords.has(word)) n++;
  return n / words.length;
}
