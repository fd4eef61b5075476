import { beforeAll, describe, expect, it } from 'vitest';
import { blockSpans, reportSpans } from './helpers/segment-spans.js';
import { pageSegments, typedSegmentsOf } from '../benchmarks/train/page-segments.js';
import type { SiftInput } from '../src/decode/input.js';
import { parseOptions, type SifterOptions } from '../src/options.js';
import { pageTypeFeatures } from '../src/pagetype/features.js';
import { classifyPage } from '../src/pagetype/model.js';
import { siftPage } from '../src/pipeline.js';
import { loadResources, type Resources } from '../src/resources.js';
import { segmentHtml } from '../src/segment/html.js';
import { mergeBlocks } from '../src/segment/merge.js';

/**
 * The body and page-type fits (benchmarks/fit/body-weights.ts, body-pagetype.ts, through benchmarks/train/page-segments.ts) see the segments sift() sees: they run
 * the pipeline's own analysePage and judgeSegments, not a copy of its stages (the copy had drifted:
 * mergeBlocks without the card-action verbs). Every page below was written for these tests.
 */

// a product grid whose cards each carry the same call to action: sift() keeps the button out of the card's links
const card = (title: string): string =>
  `<li><div class="actions"><a href="/q/${title.length}">Quick view</a></div><p class="title"><a href="/p/${title.length}">${title}</a></p><p class="price">From $40.00 each, shipped in a week</p></li>`;
const GRID = `<html><head><title>Desks and chairs</title></head><body><h1>Desks and chairs</h1><ul class="grid">${['Mesh Task Chair', 'Oak Writing Desk', 'Lamp Arm', 'Foot Rest'].map(card).join('')}</ul></body></html>`;
const ARTICLE = `<html><head><title>The ferry returns</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>The ferry returns</h1>
<p>The harbour ferry ran again on Monday after three weeks in dry dock, its hull painted and its engine rebuilt by the yard's own crew.</p>
<p>Commuters who had taken the long road round the bay said the crossing was the quickest twenty minutes of their week.</p></article>
<footer><p>Contact the newsroom</p></footer></body></html>`;
const TEXT = 'Harbour news\nThe ferry ran again on Monday after three weeks in dry dock.\nCommuters were glad of the shorter crossing.';

const FIXTURES: [string, SiftInput][] = [
  ['a product grid with a repeated card button', { html: GRID }],
  ['an article', { html: ARTICLE }],
  ['plain text', { text: TEXT }],
  ['one short line', { text: 'Closed today.' }],
];

describe('the fit scripts see the pipeline\'s segments', () => {
  let resources: Resources;
  let options: SifterOptions;
  beforeAll(async () => {
    options = parseOptions({});
    resources = await loadResources(options);
  });

  it.each(FIXTURES)('%s: the segment fit sees sift()\'s segments, and the page-type fit sift()\'s type', (_name, input) => {
    const report = siftPage(resources, options, input);
    const fitSegments = pageSegments(resources, input);
    expect(blockSpans(fitSegments)).toEqual(reportSpans(report));
    const typed = typedSegmentsOf(resources, input);
    expect(blockSpans(typed.segments)).toEqual(blockSpans(fitSegments));
    if (report.segments.length > 0) expect(classifyPage(resources.pageType.model!, pageTypeFeatures(typed.page, typed.segments, resources.pageType.cues)).type).toBe(report.pageType.type);
  });

  it('on the grid, the copy the fits used to run (mergeBlocks without the card-action verbs) joined the button to the title; sift() and the fit do not', () => {
    const texts = pageSegments(resources, { html: GRID }).map((s) => s.block.text);
    expect(texts).toContain('Quick view');
    expect(texts).not.toContain('Quick view Mesh Task Chair');
    expect(mergeBlocks(segmentHtml(GRID).blocks).map((b) => b.text)).toContain('Quick view Mesh Task Chair');
  });

  it('on the article, the two merges agree (no card): the fix changes only pages with card buttons', () => {
    expect(pageSegments(resources, { html: ARTICLE }).map((s) => s.block.text)).toEqual(mergeBlocks(segmentHtml(ARTICLE).blocks, resources.cardActions).map((b) => b.text));
    expect(mergeBlocks(segmentHtml(ARTICLE).blocks).map((b) => b.text)).toEqual(mergeBlocks(segmentHtml(ARTICLE).blocks, resources.cardActions).map((b) => b.text));
  });
});
