import { beforeAll, describe, expect, it } from 'vitest';
import { CARD_CAPTION_MIN_CARDS, CARD_DETAIL_MAX_CHARS, findCardCaptions, type CardCaptionInput } from '../src/classify/card-captions.js';
import { cardPartOf, mergeBlocks } from '../src/segment/merge.js';
import type { Block } from '../src/segment/block.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/card-captions.ts: in a grid of cards, one link alone right before a short body detail
 * line of the same card (CARD_CAPTION_MIN_CARDS cards of one list or more) is the card's caption
 * and body; segment/merge.ts keeps a card's parts apart (the poster box's links and the caption
 * under it are not one run). The inputs and pages below were written for these tests.
 */

const caption = (card: number, over: Partial<CardCaptionInput> = {}): CardCaptionInput => ({
  label: 'navigation',
  hasText: true,
  item: 100 + card,
  group: 7,
  soleLink: true,
  hasLetter: true,
  linkless: false,
  chars: 8,
  candidate: true,
  ...over,
});
const detail = (card: number, over: Partial<CardCaptionInput> = {}): CardCaptionInput => ({
  label: 'body',
  hasText: true,
  item: 100 + card,
  group: 7,
  soleLink: false,
  hasLetter: false,
  linkless: true,
  chars: 3,
  candidate: true,
  ...over,
});
const poster = (card: number): CardCaptionInput => caption(card, { soleLink: false, chars: 40 });
const empty = (card: number): CardCaptionInput => detail(card, { hasText: false, label: 'navigation' });

/** `n` cards, each built by `card(i)`. */
function grid(n: number, card: (i: number) => CardCaptionInput[] = (i) => [poster(i), caption(i), detail(i)]): CardCaptionInput[] {
  return Array.from({ length: n }, (_, i) => card(i)).flat();
}
/** The index of each card's caption when every card has `size` segments and the caption is at `at`. */
const captions = (n: number, size = 3, at = 1): number[] => Array.from({ length: n }, (_, i) => i * size + at);

describe('findCardCaptions: each condition, both sides', () => {
  const min = CARD_CAPTION_MIN_CARDS;
  const cases: [string, () => CardCaptionInput[], number[]][] = [
    [`${min} cards: poster, caption, score`, () => grid(min), captions(min)],
    [`${min - 1} cards: too few for a grid`, () => grid(min - 1), []],
    ['cards without a poster part', () => grid(min, (i) => [caption(i), detail(i)]), captions(min, 2, 0)],
    ['an empty block between caption and detail is passed over', () => grid(min, (i) => [caption(i), empty(i), detail(i)]), captions(min, 3, 0)],
    ['a caption already body stays as it is', () => grid(min, (i) => [poster(i), caption(i, { label: 'body' }), detail(i)]), []],
    ['a detail line that is navigation', () => grid(min, (i) => [poster(i), caption(i), detail(i, { label: 'navigation' })]), []],
    [`a detail line of ${CARD_DETAIL_MAX_CHARS} characters`, () => grid(min, (i) => [poster(i), caption(i), detail(i, { chars: CARD_DETAIL_MAX_CHARS })]), captions(min)],
    [`a detail line of ${CARD_DETAIL_MAX_CHARS + 1} characters: a post under a poster's name`, () => grid(min, (i) => [poster(i), caption(i), detail(i, { chars: CARD_DETAIL_MAX_CHARS + 1 })]), []],
    ['a detail line with a link', () => grid(min, (i) => [poster(i), caption(i), detail(i, { linkless: false })]), []],
    ['a caption of several links or a merged run', () => grid(min, (i) => [poster(i), caption(i, { soleLink: false }), detail(i)]), []],
    ["a caption without a letter: a post's number \"#2\" over its date", () => grid(min, (i) => [poster(i), caption(i, { hasLetter: false }), detail(i)]), []],
    ['a caption held by a never-body constraint or a cue', () => grid(min, (i) => [poster(i), caption(i, { candidate: false }), detail(i)]), []],
    ["caption and detail in different cards (the detail is the next card's)", () => grid(min, (i) => [poster(i), caption(i), detail(i + 1)]), []],
    ['cards of different lists, none with enough cards', () => grid(min, (i) => [poster(i), caption(i, { group: i % 2 }), detail(i, { group: i % 2 })]), []],
    ['segments outside any list item', () => grid(min, (i) => [poster(i), caption(i, { item: undefined }), detail(i, { item: undefined })]), []],
  ];
  it.each(cases)('%s', (_name, make, expected) => {
    expect(findCardCaptions(make())).toEqual(expected);
  });
});

describe('mergeBlocks: a card\'s parts are not one run', () => {
  // list container 1 (the grid), card 2 (its item), parts 3 (poster box) and 4 (caption line)
  const block = (text: string, part: number, linkChars: number): Block => ({
    text, kind: 'block', start: 0, end: 0, cues: [], linkChars, linkCount: linkChars > 0 ? 1 : 0, hidden: false, groupId: 1, ancestors: [0, 1, 2, part, part * 10],
  });
  const card = [block('Blue Mug 4.5', 3, 12), block('Ceramic, 300 ml', 3, 14), block('Blue Mug', 4, 8), block('4.5', 5, 0)];
  it('the poster box and the caption are parts 3 and 4', () => {
    expect(card.map(cardPartOf)).toEqual([3, 3, 4, 5]);
  });
  it("the poster box's lines run together, the caption stands alone", () => {
    expect(mergeBlocks(card).map((b) => b.text)).toEqual(['Blue Mug 4.5 Ceramic, 300 ml', 'Blue Mug', '4.5']);
  });
  it('links of one part of a card still run together', () => {
    const onePart = card.map((b) => ({ ...b, ancestors: [0, 1, 2, 3, 30] }));
    expect(mergeBlocks(onePart.slice(0, 3)).map((b) => b.text)).toEqual(['Blue Mug 4.5 Ceramic, 300 ml Blue Mug']);
  });
});

/** A film grid of `n` cards: a poster link with an overlay panel, the title link under it, a score line. */
function page(n: number): string {
  const films = ['Harbour Lights', 'The Long Winter', 'Paper Moon River', 'Seven Bridges', 'Night Ferry', 'Glass Orchard'].slice(0, n);
  const cards = films
    .map((f, i) => `<li class="film"><div class="film-box"><a href="/film/${i}"><img src="/p/${i}.jpg" alt=""><div class="film-overlay"><div class="film-line">${f} 8.${i}</div><div class="film-line">Genre: drama</div><div class="film-line">Opened: 2019-0${i + 1}-01</div></div></a></div><div class="film-title"><a href="/film/${i}">${f}</a></div><div class="film-score">8.${i}</div></li>`)
    .join('');
  return `<html><head><title>Films</title></head><body><div class="top"><a href="/">Home</a> <a href="/films">Films</a> <a href="/cinemas">Cinemas</a></div>
<div id="app"><ul class="film-grid">${cards}</ul></div>
<div class="footer"><p>© 2026 Example Films. All rights reserved.</p></div></body></html>`;
}

describe('a film grid page: the caption is a segment of its own', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  // typed listing, the list promotion takes the grid before the caption pass runs: the page shows
  // the merge side (the title under the poster is not run into the overlay's lines) and that the
  // caption ends up body; the caption pass's own conditions are the table above
  it('the title under the poster is its own segment, body; the overlay panel is another', () => {
    const report = sifter.sift({ html: page(6) });
    const title = report.segments.find((s) => s.text === 'Night Ferry');
    expect(title?.label).toBe('body');
    expect(report.segments.some((s) => s.text.startsWith('Night Ferry 8.4 Genre: drama') && !s.text.endsWith('Night Ferry'))).toBe(true);
  });
});
