import { beforeAll, describe, expect, it } from 'vitest';
import { blockSpans, reportSpans } from './helpers/segment-spans.js';
import { classifiedSegments, pageSegments } from '../benchmarks/train/page-segments.js';
import { prepareDoc } from '../benchmarks/train/prepare.js';
import type { PoolDoc } from '../benchmarks/pool/cases.js';
import { isSpamPhrase } from '../src/lexicon/matcher.js';
import { tokenize } from '../src/tokenize/tokenize.js';
import type { SiftInput } from '../src/decode/input.js';
import { parseOptions, type SifterOptions } from '../src/options.js';
import { siftPage } from '../src/pipeline.js';
import { loadResources, type Resources } from '../src/resources.js';
import { segmentHtml } from '../src/segment/html.js';
import { mergeBlocks } from '../src/segment/merge.js';

/**
 * The spam training scripts (npm run train, train:doorway, fit) read a page's segments through
 * benchmarks/train/page-segments.ts, which runs the pipeline's own analysePage, not a copy of its
 * stages (the copy had drifted: mergeBlocks without the card-action verbs). Every page below was
 * written for these tests.
 */

// a shop grid whose cards each carry the same button: sift() keeps the button apart from the card's title
const card = (name: string, n: number): string =>
  `<li><div class="buttons"><a href="/cart/${n}">Add to cart</a></div><p class="name"><a href="/item/${n}">${name}</a></p><p class="cost">Sold at $12.50, ready to post in two days</p></li>`;
const SHOP = `<html><head><title>Garden tools</title></head><body><h1>Garden tools</h1><ul class="items">${['Steel Trowel', 'Hand Fork', 'Pruning Shears', 'Watering Can'].map(card).join('')}</ul></body></html>`;
const NOTE = `<html><head><title>Library hours</title></head><body><nav><a href="/">Home</a> <a href="/visit">Visit</a></nav><main><h1>Library hours</h1>
<p>The reading room stays open until nine on weekdays this winter, while the lower floor is rewired.</p>
<p>Returns can be left in the box by the side door at any hour; they are checked in the next morning.</p></main>
<footer><p>Friends of the library</p></footer></body></html>`;
const PLAIN = 'Library hours\nThe reading room stays open until nine on weekdays this winter.\nReturns go in the box by the side door.';
// a text of the kind the pool holds: a clean paragraph with a pasted run of ads
const POOL_LIKE = '今天的天气很好，我们去公园散步。\n免费下载 最新电影 高清在线观看 点击进入\n晚上回家做饭，看了一会儿书。';

const FIXTURES: [string, SiftInput][] = [
  ['a shop grid with a repeated card button', { html: SHOP }],
  ['a short notice page', { html: NOTE }],
  ['plain text', { text: PLAIN }],
  ['a pool-like text with a pasted run', { text: POOL_LIKE }],
  ['one short line', { text: 'Open at ten.' }],
];

/** A labelled pool document of our own: `spam` is the one gold spam region, found in `text`. */
function poolDoc(text: string, spam?: string): PoolDoc {
  const start = spam === undefined ? -1 : text.indexOf(spam);
  const regions: [number, number][] = start < 0 || spam === undefined ? [] : [[start, start + spam.length]];
  const label: PoolDoc['label'] = { file: 'zho_Hans_batch1.tsv', row: 1, id: '1', label: regions.length > 0 ? 'spam' : 'clean', categories: [], doorway: false, spans: spam === undefined ? [] : [spam], note: '', by: '' };
  return { key: 'zho_Hans_batch1.tsv:1', file: label.file, row: 1, id: '1', lang: 'zho_Hans', fold: 1, spam: regions.length > 0, doorway: false, categories: [], text, regions, label };
}

// pool-like texts: a pasted run of ads on a line of its own, one spliced into a sentence, a byte order mark (decoded to a space), blank lines
const POOL_DOCS: [string, PoolDoc][] = [
  ['a pasted run on its own line', poolDoc(POOL_LIKE, '免费下载 最新电影 高清在线观看 点击进入')],
  ['a run spliced into a sentence', poolDoc('今天的天气很好，澳门赌场注册送彩金我们去公园散步。\n晚上回家做饭，看了一会儿书。', '澳门赌场注册送彩金')],
  ['a byte order mark and blank lines', poolDoc('\ufeff第一段文字，写得很平常。\n\n\n  第二段文字，也很平常。  \n', undefined)],
  ['English with a spam line', poolDoc('The council met on Monday.\nbuy cheap viagra online casino bonus\nThe vote was carried.', 'buy cheap viagra online casino bonus')],
];

describe('the spam training scripts see the pipeline\'s segments', () => {
  let resources: Resources;
  let options: SifterOptions;
  beforeAll(async () => {
    options = parseOptions({});
    resources = await loadResources(options);
  });

  it.each(FIXTURES)('%s: pageSegments gives sift()\'s report spans, classifiedSegments what the doorway stage is given', (_name, input) => {
    const report = siftPage(resources, options, input);
    const trained = pageSegments(resources, input);
    expect(blockSpans(trained)).toEqual(reportSpans(report));
    const classified = classifiedSegments(resources, input);
    expect(blockSpans(classified)).toEqual(blockSpans(trained));
  });

  it('on the shop grid, the old copy (mergeBlocks without the card-action verbs) joined the button to the title; the training segments do not', () => {
    const texts = pageSegments(resources, { html: SHOP }).map((s) => s.block.text);
    expect(texts).toContain('Add to cart');
    expect(texts).not.toContain('Add to cart Steel Trowel');
    expect(mergeBlocks(segmentHtml(SHOP).blocks).map((b) => b.text)).toContain('Add to cart Steel Trowel');
  });

  it('on the notice page, the two merges agree (no card): only pages with card buttons change', () => {
    const blocks = segmentHtml(NOTE).blocks;
    expect(pageSegments(resources, { html: NOTE }).map((s) => s.block.text)).toEqual(mergeBlocks(blocks, resources.cardActions).map((b) => b.text));
    expect(mergeBlocks(blocks).map((b) => b.text)).toEqual(mergeBlocks(blocks, resources.cardActions).map((b) => b.text));
  });

  it.each(POOL_DOCS)('%s: prepareDoc (train, train:doorway, fit, eval:pool:oof) cuts a pool document as sift() cuts it, with the gold mask on the gold characters', (_name, doc) => {
    const prepared = prepareDoc(doc, resources);
    const report = siftPage(resources, options, { text: doc.text });
    const segments = pageSegments(resources, { text: doc.text });
    expect(blockSpans(segments)).toEqual(reportSpans(report));
    expect(prepared.segments.map((s) => s.text)).toEqual(segments.map((s) => s.block.text));
    segments.forEach(({ block, normalized }, i) => {
      const segment = prepared.segments[i]!;
      expect(segment.normalized).toBe(normalized);
      expect(segment.boundary).toEqual(tokenize(normalized).boundary);
      expect(segment.spamTerms).toEqual(resources.matcher.match(normalized, segment.boundary).filter(isSpamPhrase));
      // the mask marks exactly the segment's characters that lie in a gold region
      const gold = Array.from({ length: block.text.length }, (_u, j) => (doc.regions.some(([a, b]) => block.start + j >= a && block.start + j < b) ? 1 : 0));
      expect([...segment.mask]).toEqual(gold);
    });
    const marked = prepared.segments.reduce((n, s) => n + s.mask.reduce((a, b) => a + b, 0), 0);
    expect(marked).toBe(doc.regions.reduce((n, [a, b]) => n + b - a, 0));
  });
});
