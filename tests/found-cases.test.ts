/**
 * The loader of the found-pages annotations (benchmarks/found/cases.ts): labels point at text files
 * kept outside the repository; a label that does not hold is reported, never silently used.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFoundPages } from '../benchmarks/found/cases.js';

const TITLE = '好看的电影_免费在线观看_高清无码';
const ARTICLE = '本文介绍如何在家里种植番茄。番茄喜欢阳光,每天需要六小时以上的日照。';

function setUp(labels: object[], texts: Record<string, string>): { dir: string; labelFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'found-'));
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
  const labelFile = join(dir, 'labels.jsonl');
  writeFileSync(labelFile, `${labels.map((l) => JSON.stringify(l)).join('\n')}\n`);
  return { dir, labelFile };
}

const spamLabel = { file: '001.txt', url: 'http://example.test/a', lang: 'zh-Hans', label: 'spam', kind: 'title-hijack', categories: ['porn'], spans: [TITLE] };
const cleanLabel = { file: '002.txt', url: 'http://example.test/b', lang: 'zh-Hans', label: 'clean', kind: 'clean' };

describe('loadFoundPages', () => {
  it('turns spans into regions at every occurrence, and a doorway page into one region', () => {
    const doorway = { file: '003.txt', url: 'http://example.test/c', lang: 'en', label: 'spam', kind: 'doorway', categories: ['spun'] };
    const { dir, labelFile } = setUp([spamLabel, cleanLabel, doorway], { '001.txt': `${TITLE}\n${ARTICLE}\n${TITLE}`, '002.txt': ARTICLE, '003.txt': 'spun text from end to end' });
    const { docs, errors, missing } = loadFoundPages(dir, labelFile);
    expect(errors).toEqual([]);
    expect(missing).toEqual([]);
    const [hijack, clean, door] = docs;
    expect(hijack!.regions).toEqual([[0, TITLE.length], [TITLE.length + 1 + ARTICLE.length + 1, 2 * TITLE.length + ARTICLE.length + 2]]);
    expect(clean!.spam).toBe(false);
    expect(clean!.regions).toEqual([]);
    expect(door!.doorway).toBe(true);
    expect(door!.regions).toEqual([[0, 'spun text from end to end'.length]]);
  });

  it('reports a span that is not in its text, a spam page without spans, a clean page with spans and a kind that contradicts the label', () => {
    const labels = [
      { ...spamLabel, spans: ['not in the page'] },
      { ...spamLabel, file: '004.txt', spans: [] },
      { ...cleanLabel, spans: [ARTICLE.slice(0, 5)] },
      { ...cleanLabel, file: '005.txt', kind: 'injected' },
    ];
    const { dir, labelFile } = setUp(labels, { '001.txt': ARTICLE, '002.txt': ARTICLE, '004.txt': ARTICLE, '005.txt': ARTICLE });
    const { errors } = loadFoundPages(dir, labelFile);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/span not in 001\.txt/);
    expect(errors[1]).toMatch(/spam page without spans/);
    expect(errors[2]).toMatch(/clean page with spans/);
    expect(errors[3]).toMatch(/label clean with kind injected/);
  });

  it('counts labelled pages whose text is not in the directory as missing, and rejects a bad line', () => {
    const { dir, labelFile } = setUp([spamLabel, { ...cleanLabel, lang: 'klingon' }], {});
    const { docs, errors, missing } = loadFoundPages(dir, labelFile);
    expect(docs).toEqual([]);
    expect(missing).toEqual(['001.txt']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/lang/);
  });
});

describe('the committed found-pages label files', () => {
  const dir = fileURLToPath(new URL('../benchmarks/labels/found/', import.meta.url));
  const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  it('are there: two test batches, four development batches and the clean news digests (a development probe)', () => {
    expect(files).toEqual(['dev.jsonl', 'dev2.jsonl', 'dev3.jsonl', 'dev4.jsonl', 'digest.jsonl', 'pages.jsonl', 'test2.jsonl']);
  });
  it.each(files)('%s: every line holds (texts are not in the repository, so every page is missing, none in error)', (name) => {
    const { docs, errors, missing } = loadFoundPages(mkdtempSync(join(tmpdir(), 'found-none-')), join(dir, name));
    expect(errors).toEqual([]);
    expect(docs).toEqual([]);
    expect(missing.length).toBeGreaterThan(0);
  });
  it('share no site between the test batches and the development batches', () => {
    const siteKey = (url: string): string => new URL(url).hostname.toLowerCase().replace(/^(www|m)\./u, '');
    const sites = (names: readonly string[]): Set<string> =>
      new Set(names.flatMap((name) => readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => siteKey((JSON.parse(line) as { url: string }).url))));
    const test = sites(['pages.jsonl', 'test2.jsonl']);
    const dev = sites(['dev.jsonl', 'dev2.jsonl', 'dev3.jsonl', 'dev4.jsonl', 'digest.jsonl']);
    expect([...test].filter((site) => dev.has(site))).toEqual([]);
  });
});
