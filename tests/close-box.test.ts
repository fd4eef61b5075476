import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLOSE_BOX_HIT, CLOSE_BOX_MAX_SHARE, findCloseBoxes, isCloseText, loadCloseControls, type CloseBoxInput } from '../src/classify/close-box.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/close-box.ts: the text of a box whose first text is the control that closes it (a
 * pop-up, a lightbox, a drawer) is navigation. Every input and page below was written for these tests.
 */

const words = loadCloseControls();

describe('isCloseText', () => {
  const cases: [string, boolean][] = [
    ['×', true],
    [' Close ', true],
    ['close  ×', true],
    ['clear', true],
    ['Fermer', true],
    ['关闭', true],
    ['Close this window and go back to the shop', false],
    ['Closeout sale', false],
    ['Add to cart', false],
    ['', false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isCloseText(text, words)).toBe(expected);
  });
});

/** A segment of a page: `a` its ancestors (outermost first). */
const seg = (text: string, a: number[] | undefined, over: Partial<CloseBoxInput> = {}): CloseBoxInput => ({ label: 'body', text, control: false, ancestors: a, weight: 100, candidate: true, ...over });
const close = (a: number[], over: Partial<CloseBoxInput> = {}): CloseBoxInput => seg('×', a, { label: 'navigation', control: true, weight: 0, ...over });

describe('findCloseBoxes: each condition, both sides', () => {
  // the page: an article of three paragraphs under element 2, then a box (element 10) whose close
  // button sits in its own wrapper (element 11), then the box's two paragraphs
  const article = [seg('one', [1, 2]), seg('two', [1, 2]), seg('three', [1, 2])];
  const box = (over: Partial<CloseBoxInput> = {}, body: CloseBoxInput[] = [seg('policy', [1, 10]), seg('refunds', [1, 10])]): CloseBoxInput[] => [close([1, 10, 11], over), ...body];
  const cases: [string, CloseBoxInput[], number[]][] = [
    ['a box opened by its close control: its body goes', [...article, ...box()], [4, 5]],
    ['the control is no control (an icon in a title)', [...article, ...box({ control: false })], []],
    ['the control reads something else', [...article, ...box({ text: 'Shipping' })], []],
    ['the close control is not the box\'s first text', [...article, seg('Shipping & returns', [1, 10]), ...box()], []],
    ['navigation in the box stays as it is and is not counted', [...article, ...box({}, [seg('policy', [1, 10], { label: 'navigation' }), seg('refunds', [1, 10])])], [5]],
    ['a box with no body: nothing', [...article, ...box({}, [seg('policy', [1, 10], { label: 'navigation' })])], []],
    ['plain text: no ancestors', [...article, close([]), seg('policy', undefined)], []],
    // the share bound: the box's body weight against the page's
    [`the box holds just under ${CLOSE_BOX_MAX_SHARE} of the page's body`, [seg('one', [1, 2], { weight: 101 }), ...box({}, [seg('policy', [1, 10])])], [2]],
    [`the box holds just over ${CLOSE_BOX_MAX_SHARE} of the page's body (the page's wrapper)`, [seg('one', [1, 2], { weight: 99 }), ...box({}, [seg('policy', [1, 10])])], []],
    ['a close button first inside the page wrapper: the whole page', [close([1, 11]), seg('one', [1, 2]), seg('two', [1, 2])], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findCloseBoxes(segments, words)).toEqual(expected);
  });
  it('the hit says navigation and the pass is a named late demotion', () => {
    expect(CLOSE_BOX_HIT.label).toBe('navigation');
    expect(LATE_DEMOTIONS).toContain('close-box');
  });
});

const HEADLINE = 'Folding camp stool in ash wood';
const DESCRIPTION = [
  'This folding stool is made of solid ash with a seat of waxed canvas, and it packs flat enough to slide behind the seat of a small car.',
  'The legs are joined with brass pins that can be tightened with a coin, so the stool stays firm after years of use around the fire.',
  'It holds up to one hundred and twenty kilograms and weighs a little under two kilograms, carry strap included.',
];
const POLICY = 'Orders are shipped within three working days by parcel post. Items may be returned unused within thirty days of delivery for a full refund to the original method of payment.';

/** A product page, with the shop's shipping policy in a lightbox opened by its close button, or in a box that starts with its heading instead. */
function stoolPage(closeFirst: boolean): string {
  const closer = '<div class="lb-close"><button type="button"><span class="icon">close</span></button></div>';
  const box = `<div id="lb-wrap-ship"><div id="lb-ship">${closeFirst ? closer : ''}<h3>Shipping and returns</h3><p>${POLICY}</p>${closeFirst ? '' : closer}</div></div>`;
  const description = DESCRIPTION.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><title>${HEADLINE} – Woodland Goods</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/stools">Stools</a></li><li><a href="/tables">Tables</a></li></ul></nav></header>
<div class="page"><div class="product"><h1>${HEADLINE}</h1><p class="price">$89.00</p>
<div class="description">${description}</div>
${box}</div></div>
<footer class="site-footer"><p>Copyright 2026 Woodland Goods. All rights reserved.</p></footer></body></html>`;
}

describe('a shop policy in a lightbox that opens with its close button', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('is navigation with the close-box hit; the description stays body', () => {
    const html = stoolPage(true);
    const { label, rules } = segmentOf(sifter, html, POLICY);
    expect(label).toBe('navigation');
    expect(rules).toContain(CLOSE_BOX_HIT.rule);
    for (const p of DESCRIPTION) expect(segmentOf(sifter, html, p).label).toBe('body');
  });

  it('with the close button last instead of first, the box is body and gets no close-box hit', () => {
    const { label, rules } = segmentOf(sifter, stoolPage(false), POLICY);
    expect(label).toBe('body');
    expect(rules).not.toContain(CLOSE_BOX_HIT.rule);
  });
});

/**
 * The definition, as the pass was first written: from each close control, the ancestors from the
 * nearest up; the first one that holds more than the control is the box, unless the segment before
 * the control is in it too. Quadratic on nested boxes; findCloseBoxes must give the same indices.
 */
function closeBoxesByDefinition(segments: readonly CloseBoxInput[]): number[] {
  let pageBody = 0;
  for (const s of segments) if (s.label === 'body' && s.candidate) pageBody += s.weight;
  if (pageBody === 0) return [];
  const found = new Set<number>();
  const holds = (j: number, depth: number, id: number): boolean => {
    const a = segments[j]?.ancestors;
    return a !== undefined && a.length > depth && a[depth] === id;
  };
  segments.forEach((s, i) => {
    if (!s.control || s.ancestors === undefined || !isCloseText(s.text, words)) return;
    for (let depth = s.ancestors.length - 1; depth >= 0; depth--) {
      const id = s.ancestors[depth]!;
      if (i > 0 && holds(i - 1, depth, id)) return;
      let end = i + 1;
      while (end < segments.length && holds(end, depth, id)) end++;
      if (end === i + 1) continue;
      let boxBody = 0;
      for (let j = i + 1; j < end; j++) if (segments[j]!.label === 'body' && segments[j]!.candidate) boxBody += segments[j]!.weight;
      if (boxBody === 0 || boxBody > CLOSE_BOX_MAX_SHARE * pageBody) return;
      for (let j = i + 1; j < end; j++) if (segments[j]!.label === 'body') found.add(j);
      return;
    }
  });
  return [...found].sort((a, b) => a - b);
}

/** Segments of a random element tree: each segment's ancestry is a path of a tree walked in page order. */
const pages = fc.array(
  fc.record({
    up: fc.nat({ max: 3 }),
    down: fc.nat({ max: 3 }),
    close: fc.boolean(),
    control: fc.boolean(),
    body: fc.boolean(),
    candidate: fc.boolean(),
    plain: fc.boolean(),
    weight: fc.integer({ min: 1, max: 50 }),
  }),
  { maxLength: 40 },
).map((steps) => {
  let next = 1;
  let path: number[] = [];
  return steps.map((step): CloseBoxInput => {
    path = path.slice(0, Math.max(0, path.length - step.up));
    for (let k = 0; k < step.down; k++) path.push(next++);
    if (path.length === 0) path.push(next++);
    return {
      label: step.body ? 'body' : 'navigation',
      text: step.close ? '×' : 'some text',
      control: step.control,
      ancestors: step.plain ? undefined : [...path],
      weight: step.weight,
      candidate: step.candidate,
    };
  });
});

describe('findCloseBoxes against its definition', () => {
  it('gives the same segments on random element trees (fast-check)', () => {
    fc.assert(
      fc.property(pages, (segments) => {
        expect(findCloseBoxes(segments, words)).toEqual(closeBoxesByDefinition(segments));
      }),
      { numRuns: 2000 },
    );
  });

  it('stays linear on close buttons each opening a box nested in the last', () => {
    const depth = 3000;
    const segments: CloseBoxInput[] = [];
    const path: number[] = [];
    for (let k = 0; k < depth; k++) {
      path.push(k + 1);
      segments.push({ label: 'navigation', text: '×', control: true, ancestors: [...path], weight: 1, candidate: true });
    }
    segments.push({ label: 'body', text: 'the page', control: false, ancestors: [...path], weight: 100, candidate: true });
    // the innermost box holds all of the body: more than CLOSE_BOX_MAX_SHARE, so nothing is found
    expect(findCloseBoxes(segments, words)).toEqual(closeBoxesByDefinition(segments));
  });
});
