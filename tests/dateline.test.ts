import { beforeAll, describe, expect, it } from 'vitest';
import { DATELINE_HIT, DATELINE_MAX_CHARS, DATELINE_MAX_LEVELS, findDatelines, type DatelineInput } from '../src/classify/dateline.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/dateline.ts: a short dated line between the article's headline and the element that
 * holds its text, inside the element holding both, stays body instead of taking the outside-main
 * score. The pages below were written for these tests.
 */

const seg = (ancestors: number[], overrides: Partial<DatelineInput> = {}): DatelineInput => ({ ancestors, isBody: true, headline: false, chars: 30, dated: true, ...overrides });
/** The main container is element 5 (body 1 > page 2 > article 3 > column 4 > story 5). */
const MAIN = new Set([5]);
const story = seg([1, 2, 3, 4, 5, 50], { dated: false, chars: 400 });
/** The headline in the article's header: element 3 (the article) is two levels above the container. */
const headline = seg([1, 2, 3, 30, 31], { headline: true, dated: false });
/** A dated line in the article's meta box, under the article element 3. */
const meta = (overrides: Partial<DatelineInput> = {}): DatelineInput => seg([1, 2, 3, 32, 33], overrides);

describe('findDatelines: must fire', () => {
  const cases: [string, DatelineInput[], number[]][] = [
    ['a dated line between the headline and the story, in the article', [headline, meta(), story], [1]],
    ['two lines (date, then author and date) both kept', [headline, meta(), meta(), story], [1, 2]],
    [`a line of exactly DATELINE_MAX_CHARS (${DATELINE_MAX_CHARS}) characters`, [headline, meta({ chars: DATELINE_MAX_CHARS }), story], [1]],
    // the headline and the container share element 2, three levels above the container 5
    ['the shared element DATELINE_MAX_LEVELS above the container', [seg([1, 2, 20, 21], { headline: true, dated: false }), seg([1, 2, 22]), story], [1]],
  ];
  for (const [name, segments, expected] of cases) it(name, () => expect(findDatelines(segments, MAIN)).toEqual(expected));
});

describe('findDatelines: must not fire', () => {
  const cases: [string, DatelineInput[], ReadonlySet<number>][] = [
    [`a line of DATELINE_MAX_CHARS + 1 characters`, [headline, meta({ chars: DATELINE_MAX_CHARS + 1 }), story], MAIN],
    ['a line without a date', [headline, meta({ dated: false }), story], MAIN],
    ['a line the first pass does not call body', [headline, meta({ isBody: false }), story], MAIN],
    ['the same line in a sidebar outside the article element', [headline, seg([1, 2, 40, 41]), story], MAIN],
    ['the same line before the headline', [meta(), headline, story], MAIN],
    ['the same line after the story began', [headline, story, meta()], MAIN],
    ['the same line after the article', [headline, story, seg([1, 2, 60])], MAIN],
    ['a page without a headline', [meta(), story], MAIN],
    ['a headline that the first pass does not call body', [seg([1, 2, 3, 30, 31], { headline: true, dated: false, isBody: false }), meta(), story], MAIN],
    // the headline and the container share only element 1, four levels above the container
    ['the shared element DATELINE_MAX_LEVELS + 1 above the container', [seg([1, 20, 21], { headline: true, dated: false }), seg([1, 22]), story], MAIN],
    ['no segment inside the main container', [headline, meta()], MAIN],
  ];
  for (const [name, segments, main] of cases) it(name, () => expect(findDatelines(segments, main)).toEqual([]));

  it('the thresholds are the documented ones', () => {
    expect(DATELINE_MAX_LEVELS).toBe(3);
    expect(DATELINE_MAX_CHARS).toBe(120);
  });
});

const TITLE = 'Harbour bridge to close for eighteen months';
const DATELINE = 'March 5, 2024, 18:30 (Jane Harper)';
const STORY = [
  'The council voted on Tuesday evening to close the old harbour bridge to cars from the first of March, after engineers found that two of its supporting piers had cracked during the winter storms.',
  'Buses and bicycles will still be allowed across for the time being, but lorries must take the ring road, which adds around twenty minutes to the journey from the port to the industrial estate.',
  'Shop owners on the quay said they feared losing customers who drive in from the villages, and several asked the council to provide extra parking near the market square while the repairs go on.',
  'The repairs are expected to take at least eighteen months and to cost around four million pounds, most of which the council hopes to recover from the national infrastructure fund next year.',
];
const LONG_CAPTION = 'The old harbour bridge seen from the quay on a winter morning, with the two cracked piers visible under the second and third arches, photographed on March 4, 2024 by a reader who walks there every day';

/** A news story: headline, `meta` (the dated line, or nothing), then the story's text div, all in one `<article>`; `aside` and `after` go in a sidebar and after the article. */
function page(parts: { meta?: string; aside?: string; after?: string }): string {
  return `<!doctype html><html><head><title>${TITLE} | Town News</title></head><body>
<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="page"><main class="content"><article class="story">
<h1>${TITLE}</h1>
${parts.meta ?? ''}
<div class="story-body">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
</article>
${parts.after ?? ''}
</main>
<aside class="sidebar">${parts.aside ?? ''}<p>A short note about the weather for the weekend ahead.</p></aside></div>
</body></html>`;
}

function segmentOf(report: Report, phrase: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}
const rules = (segment: Report['segments'][number] | undefined): string[] => segment?.hits.map((h) => h.rule) ?? [];

describe('a dateline under the headline, through the sifter', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps a date and author line inside the article, between the headline and the text, as body', () => {
    const report = sifter.sift({ html: page({ meta: `<div class="meta"><time>${DATELINE}</time></div>` }) });
    const line = segmentOf(report, DATELINE);
    expect(line?.label).toBe('body');
    expect(rules(line)).toContain(DATELINE_HIT.rule);
    expect(rules(line)).not.toContain(OUTSIDE_MAIN_HIT.rule);
    expect(segmentOf(report, TITLE)?.label).toBe('body');
    for (const p of STORY) expect(segmentOf(report, p.slice(0, 40))?.label).toBe('body');
  });

  it('does not promote the same line in a sidebar', () => {
    const report = sifter.sift({ html: page({ aside: `<div class="meta"><time>${DATELINE}</time></div>` }) });
    const line = segmentOf(report, DATELINE);
    expect(line).toBeDefined();
    expect(rules(line)).not.toContain(DATELINE_HIT.rule);
    expect(line?.label).not.toBe('body');
  });

  it('does not promote the same line after the article', () => {
    const report = sifter.sift({ html: page({ after: `<div class="meta"><time>${DATELINE}</time></div>` }) });
    const line = segmentOf(report, DATELINE);
    expect(line).toBeDefined();
    expect(rules(line)).not.toContain(DATELINE_HIT.rule);
    expect(line?.label).not.toBe('body');
  });

  it('does not promote a long dated caption in a sidebar outside the article', () => {
    const report = sifter.sift({ html: page({ aside: `<figure><figcaption>${LONG_CAPTION}</figcaption></figure>` }) });
    const caption = segmentOf(report, LONG_CAPTION.slice(0, 40));
    expect(caption).toBeDefined();
    expect(rules(caption)).not.toContain(DATELINE_HIT.rule);
    expect(caption?.label).not.toBe('body');
  });
});
