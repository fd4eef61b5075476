/**
 * What a development set's pages keep as body that their gold leaves out: every body segment that
 * is not gold (benchmarks/corpus/gold-body.ts), page by page, most such tokens first, with the rule
 * hits that made it body and the page's site. The list session 33 (helper zhchrome-33) read to
 * sort zh-gbk's precision loss into classes (benchmarks/RESULTS.md).
 *
 *   npx tsx benchmarks/diagnose/kept-chrome.ts CORPUS_DIR --set zh-gbk [--max-tokens N] [--out FILE.jsonl]
 *
 * For the sets without a held-back fold only (zh-gbk, l3s-gn1, readability…): wcxb-dev is refused,
 * its training pages have benchmarks/diagnose/segments.ts. `--max-tokens` leaves out segments of
 * more than N metric tokens (long paragraphs are rarely chrome). The site is the host of
 * truth.json's `url`, or for zh-gbk's crawled pages the URL of the crawler's `<text id="URL" …>`
 * wrapper in the page's first bytes. `--out` also writes one JSON line per page (`id`, `site`,
 * `goldTokens`, `keptTokens`, `kept`: the segments' `text`, `tokens`, `hits`).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { corrected } from '../corpus/corrections.js';
import { goldBodyTest } from '../corpus/gold-body.js';
import { siteHost } from '../eval/page.js';
import { listDirs, parseTruth, readInput, TRUTH_FILE } from '../eval/truth.js';
import { tokens } from '../metric.js';
import { parseOptions } from '../../src/options.js';
import { siftPage } from '../../src/pipeline.js';
import { loadResources } from '../../src/resources.js';

/** The set with a held-back fold: never read here. */
const REFUSED_SET = 'wcxb-dev';

/** How many bytes of a page are searched for the crawler wrapper's URL. */
const WRAPPER_SCAN_BYTES = 2000;

const WRAPPER_URL = /<text id="(https?:\/\/[^"]+)"/u;

interface Kept {
  text: string;
  tokens: number;
  hits: string[];
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { set: { type: 'string' }, out: { type: 'string' }, 'max-tokens': { type: 'string' } } });
  const corpus = positionals[0];
  const set = values.set;
  if (corpus === undefined || set === undefined) {
    process.stderr.write('usage: npx tsx benchmarks/diagnose/kept-chrome.ts CORPUS_DIR --set SET [--max-tokens N] [--out FILE.jsonl]\n');
    process.exit(2);
  }
  if (set === REFUSED_SET) {
    process.stderr.write(`${REFUSED_SET} has a held-back fold: use benchmarks/diagnose/segments.ts, which reads its training folds only\n`);
    process.exit(2);
  }
  const maxTokens = values['max-tokens'] === undefined ? Infinity : Number(values['max-tokens']);
  const options = parseOptions({});
  const resources = await loadResources(options);
  const pages: { id: string; site: string | null; goldTokens: number; keptTokens: number; kept: Kept[] }[] = [];
  for (const id of await listDirs(join(corpus, set))) {
    const caseDir = join(corpus, set, id);
    const truth = corrected(set, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${set}/${id}/${TRUTH_FILE}`));
    if (truth.body === null) continue;
    const input = await readInput(caseDir, truth);
    const report = siftPage(resources, options, input);
    const inGold = goldBodyTest(truth.body);
    const kept = report.segments
      .filter((s) => s.label === 'body' && inGold(s.text) === false)
      .map((s) => ({ text: s.text, tokens: tokens(s.text).length, hits: s.hits.filter((h) => h.label === 'body').map((h) => h.rule) }))
      .filter((k) => k.tokens <= maxTokens);
    pages.push({ id, site: siteHost(truth.url) ?? (await wrapperSite(join(caseDir, truth.input))), goldTokens: tokens(truth.body).length, keptTokens: kept.reduce((n, k) => n + k.tokens, 0), kept });
  }
  pages.sort((a, b) => b.keptTokens - a.keptTokens);
  const out = values.out === undefined ? undefined : openSync(values.out, 'w');
  for (const page of pages) {
    if (out !== undefined) writeSync(out, `${JSON.stringify(page)}\n`);
    if (page.kept.length === 0) continue;
    process.stdout.write(`\n${set}/${page.id} ${page.site ?? '(no site)'}: ${page.keptTokens} non-gold body tokens, gold ${page.goldTokens}\n`);
    for (const k of page.kept) process.stdout.write(`  [${k.tokens}] ${JSON.stringify(k.text.slice(0, 120))} <- ${k.hits.join(' ')}\n`);
  }
  if (out !== undefined) closeSync(out);
}

/** The host of the crawler wrapper's URL at the top of a crawled page (zh-gbk), without `www.`; null when there is none. */
async function wrapperSite(path: string): Promise<string | null> {
  const head = (await readFile(path)).subarray(0, WRAPPER_SCAN_BYTES).toString('latin1');
  const url = WRAPPER_URL.exec(head)?.[1];
  return url === undefined ? null : siteHost(url);
}

await main();
