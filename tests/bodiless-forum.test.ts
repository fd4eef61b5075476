import { beforeAll, describe, expect, it } from 'vitest';
import { typedAs } from '../benchmarks/diagnose/forced-type.js';
import type { LabelledSegment } from '../src/classify/classify.js';
import { BODILESS_FORUM_MAX_BODY_SEGMENTS, isBodiless } from '../src/classify/bodiless-forum.js';
import { parseOptions } from '../src/options.js';
import { siftPage } from '../src/pipeline.js';
import type { Report } from '../src/report/schema.js';
import { loadResources, type Resources } from '../src/resources.js';
import { classifiedHtml } from './helpers/classified.js';

/**
 * classify/bodiless-forum.ts: a page typed forum whose forum promotions leave no body at all has
 * its list looked for as on a page of another type (src/pipeline.ts promoteByPageType). The pages
 * below were written for these tests; the page type is forced to forum
 * (benchmarks/diagnose/forced-type.ts) so that the forum path runs whatever the model says.
 */

const HEADER = `<header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/notices">Notices</a> <a href="/courses">Courses</a> <a href="/contact">Contact</a></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>© 2026 Hillside College registry office. All rights reserved.</p><a href="/privacy">Privacy</a></footer>`;

const NOTICES: readonly [string, string][] = [
  ['2026-03-02', 'Timetable for the spring term examinations'],
  ['2026-02-27', 'Registration for the summer language school opens'],
  ['2026-02-20', 'Changes to the library opening hours in March'],
  ['2026-02-18', 'Applications for a second major: deadline and forms'],
  ['2026-02-11', 'Room bookings for student societies next term'],
  ['2026-02-05', 'Transfer between departments: how to apply this year'],
  ['2026-01-29', 'Results of the autumn term course evaluation'],
  ['2026-01-22', 'Office closed for the spring festival holiday'],
];

/** A notice list: each item a date and a linked title in repeated boxes, nothing else in the main column. */
const NOTICE_LIST = `<!doctype html><html><head><title>Notices – Hillside College</title></head><body>${HEADER}
<div class="content"><div class="notice-list">${NOTICES.map(([date, title], i) => `<div class="notice-item"><div class="notice-box"><span>${date}</span> <a href="notice.php?id=${i}">${title}</a></div></div>`).join('')}</div>
<div class="pager"><a href="?p=1">1</a> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next</a></div></div>${FOOTER}</body></html>`;

const POSTS = [
  'I have been trying to get the old bench grinder in my garage running again, but the motor hums and will not turn unless I spin the wheel by hand first. Is that the start capacitor, and can I test it with a cheap multimeter?',
  'That sounds like the capacitor, yes. Unplug it, discharge the capacitor across a resistor, and read it on the capacitance range; if it is well under the value printed on the can it has had it. They are cheap to replace.',
  'Thanks, it read about a third of its rating. I ordered a new one and the grinder starts on its own now, no more hand spinning. Good tip about the resistor, I would have used a screwdriver.',
];

/** A thread: the posts in a post container each, with the poster's name. */
const THREAD = `<!doctype html><html><head><title>Bench grinder hums but will not start – Workshop forum</title></head><body>${HEADER}
<div id="posts">${POSTS.map((text, i) => `<div class="post" id="post${i + 1}"><div class="postauthor">member${i + 1}</div><div class="postbody"><p>${text}</p></div></div>`).join('')}</div>${FOOTER}</body></html>`;

describe('isBodiless', () => {
  let resources: Resources;
  beforeAll(async () => {
    resources = await loadResources(parseOptions({}));
  });
  const relabelled = (segments: readonly LabelledSegment[], bodies: number): LabelledSegment[] =>
    segments.map((s, i) => ({ ...s, label: i < bodies ? 'body' : 'navigation' }));

  it('the allowance is no body segment at all', () => expect(BODILESS_FORUM_MAX_BODY_SEGMENTS).toBe(0));

  const cases = [
    { bodies: 0, bodiless: true },
    { bodies: 1, bodiless: false },
    { bodies: 3, bodiless: false },
  ];
  it.each(cases)('$bodies body segments -> bodiless $bodiless', ({ bodies, bodiless }) => {
    const segments = classifiedHtml(NOTICE_LIST, resources);
    expect(segments.length).toBeGreaterThan(3);
    expect(isBodiless(relabelled(segments, bodies))).toBe(bodiless);
  });
  it('no segments at all is bodiless', () => expect(isBodiless([])).toBe(true));
});

describe('sift() typed forum', () => {
  let forum: Resources;
  beforeAll(async () => {
    const loaded = await loadResources(parseOptions({}));
    const model = loaded.pageType.model;
    if (model === undefined) throw new Error('these tests need the fitted page-type model (data/weights/pagetype.json)');
    forum = { ...loaded, pageType: { ...loaded.pageType, model: typedAs(model, 'forum') } };
  });
  const sift = (html: string): Report => siftPage(forum, parseOptions({}), html);
  const listed = (report: Report): number => report.segments.filter((s) => s.hits.some((h) => h.rule === 'context.listing-item')).length;

  it('fires: a notice list no forum pass reads keeps its notices as body', () => {
    const report = sift(NOTICE_LIST);
    expect(report.pageType.type).toBe('forum');
    expect(listed(report)).toBeGreaterThan(0);
    for (const [, title] of NOTICES) expect(report.segments.find((s) => s.text.includes(title))?.label, title).toBe('body');
    expect(report.segments.find((s) => s.text.includes('Hillside College registry office'))?.label).not.toBe('body');
  });

  it('must not fire: a page that is only a menu keeps it navigation (fewer than BODILESS_LIST_MIN_ITEMS promoted)', () => {
    for (const html of ['<html><body><ul><li><a href=/a>Home</a></li><li><a href=/b>About</a></li><li><a href=/c>Contact</a></li></ul></body></html>', '<html><body><p>Sitemap</p></body></html>']) {
      const report = sift(html);
      expect(report.pageType.type).toBe('forum');
      expect(report.segments.filter((s) => s.label === 'body').map((s) => s.text), html).toEqual([]);
    }
  });

  it('must not fire: a thread whose posts are body gets no list promotion', () => {
    const report = sift(THREAD);
    expect(report.pageType.type).toBe('forum');
    expect(report.segments.some((s) => s.label === 'body')).toBe(true);
    expect(report.segments.find((s) => s.text.startsWith('That sounds like the capacitor'))?.label).toBe('body');
    expect(listed(report)).toBe(0);
  });
});
