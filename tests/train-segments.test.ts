import { beforeAll, describe, expect, it } from 'vitest';
import { blockSpans, reportSpans } from './helpers/segment-spans.js';
import { classifiedSegments, pageSegments } from '../benchmarks/train/page-segments.js';
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
});
