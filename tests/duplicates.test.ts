import { beforeAll, describe, expect, it } from 'vitest';
import { DUPLICATE_HIT, DUPLICATE_MIN_CHARS, findDuplicateCopies, type DuplicateInput } from '../src/classify/duplicates.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/duplicates.ts: a body segment that repeats an earlier body segment's text at another
 * place on the page is navigation; the same text at the same place (a list's items) stays body
 * (issue 13). The pages below were written for these tests.
 */

const TEXT = 'A kettle that boils a full litre in under three minutes.';

function seg(path: string | undefined, overrides: Partial<DuplicateInput> = {}): DuplicateInput {
  return { label: 'body', text: TEXT, path, candidate: true, ...overrides };
}

describe('findDuplicateCopies', () => {
  it('flags a later copy at another path, whitespace collapsed, and keeps the first', () => {
    const copy = seg('html>body>div.mobile-summary>p', { text: `  ${TEXT.replace(/ /g, '\n ')} ` });
    expect(findDuplicateCopies([seg('html>body>div.summary>p'), copy])).toEqual([1]);
  });

  it('leaves the same text at the same path, digits set aside (items of one list)', () => {
    expect(findDuplicateCopies([seg('html>body>ul>li#item-1>p'), seg('html>body>ul>li#item-22>p'), seg('html>body>ul>li#item-3>p')])).toEqual([]);
  });

  it(`leaves copies under ${DUPLICATE_MIN_CHARS} characters, and at exactly ${DUPLICATE_MIN_CHARS} flags them`, () => {
    const short = 'x'.repeat(DUPLICATE_MIN_CHARS - 1);
    const exact = 'y'.repeat(DUPLICATE_MIN_CHARS);
    expect(findDuplicateCopies([seg('body>div.a>p', { text: short }), seg('body>div.b>p', { text: short })])).toEqual([]);
    expect(findDuplicateCopies([seg('body>div.a>p', { text: exact }), seg('body>div.b>p', { text: exact })])).toEqual([1]);
  });

  it('compares body segments only: a navigation first occurrence does not make the body one a copy', () => {
    expect(findDuplicateCopies([seg('body>nav.menu>p', { label: 'navigation' }), seg('body>div.summary>p')])).toEqual([]);
    expect(findDuplicateCopies([seg('body>div.summary>p'), seg('body>div.sidebar>p', { label: 'spam' })])).toEqual([]);
  });

  it('leaves plain text (no path) and spliced-in phrases alone', () => {
    expect(findDuplicateCopies([seg(undefined), seg(undefined)])).toEqual([]);
    expect(findDuplicateCopies([seg('body>div.summary>p'), seg('body>div.other>p', { candidate: false })])).toEqual([]);
  });
});

const SUMMARY = 'The Lantern kettle boils a full litre in under three minutes and switches itself off when the water is ready.';
const DETAILS = [
  'Its double wall keeps the outside cool to the touch, so it is safe to leave on a kitchen counter where children can reach it.',
  'The base turns all the way round, and the lid opens with one finger, which makes filling it at a small sink easy.',
];
const EVENT = 'Join our free workshop on brewing tea the traditional way, with tastings of five green teas from small farms.';

/** A product page that writes its summary twice (a desktop block and a mobile block) and lists three events with one description. */
const PAGE = `<!doctype html><html><head><title>Lantern kettle | Kettle Works</title></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/shop">Shop</a></nav></header>
<main><h1>Lantern kettle</h1>
<div class="summary-desktop"><p>${SUMMARY}</p></div>
${DETAILS.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Events</h2><ul class="events">${[1, 2, 3].map((n) => `<li><h3>Workshop ${n}</h3><p>${EVENT}</p></li>`).join('')}</ul>
<div class="summary-mobile"><p>${SUMMARY}</p></div>
</main><footer><p>Kettle Works, 12 Harbour Road.</p></footer></body></html>`;

function segmentsWith(report: Report, phrase: string): Report['segments'] {
  return report.segments.filter((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}

describe('a page that carries its summary twice', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the first copy as body and makes the second navigation, with the duplicate hit', () => {
    const report = sifter.sift({ html: PAGE });
    const copies = segmentsWith(report, SUMMARY.slice(0, 40));
    expect(copies.map((s) => s.label)).toEqual(['body', 'navigation']);
    expect(copies[1]!.hits.map((h) => h.rule)).toContain(DUPLICATE_HIT.rule);
    for (const p of DETAILS) expect(segmentsWith(report, p.slice(0, 40))[0]?.label).toBe('body');
  });

  it('keeps every item of a list that repeats one description', () => {
    const report = sifter.sift({ html: PAGE });
    const events = segmentsWith(report, EVENT.slice(0, 40));
    expect(events).toHaveLength(3);
    expect(events.map((s) => s.label)).toEqual(['body', 'body', 'body']);
  });
});
