import { beforeAll, describe, expect, it } from 'vitest';
import { EXCERPT_CUES, EXCERPT_PAGE_TYPES, EXCERPT_TEXT_HIT, inExcerpt } from '../src/classify/excerpt-text.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/excerpt-text.ts: on an article, a body segment in a post's excerpt (an `excerpt` class
 * token) is navigation. The inputs and pages below were written for these tests.
 */

describe('inExcerpt: which cue groups', () => {
  const cases: [string, (readonly string[])[], boolean][] = [
    ['the token itself', [['excerpt']], true],
    ['as a prefix (excerpt-text)', [['excerpt-text']], true],
    ['as a suffix (a builder\'s post__excerpt)', [['card', 'post__excerpt']], true],
    ['on a farther group', [['inner'], ['entry-excerpt'], ['main']], true],
    ['in the middle of a token is no cue', [['noexcerpted']], false],
    ['a summary is no excerpt cue', [['post-summary']], false],
    ['no cue groups', [], false],
  ];
  it.each(cases)('%s', (_name, groups, expected) => {
    expect(inExcerpt(groups)).toBe(expected);
  });

  it('the cue list and page types', () => {
    expect(EXCERPT_CUES).toEqual(['excerpt']);
    expect(EXCERPT_PAGE_TYPES).toEqual(['article']);
    expect(EXCERPT_TEXT_HIT.label).toBe('navigation');
  });
});

// A post on a gardening blog; at its end, inside the same <article>, a "more posts" grid whose cards
// put a date between the linked title and the summary (so the teaser pass does not see the unit) and
// whose summaries are long enough to read as body.
const STORY = [
  'Broad beans sown in late autumn come through the winter as short, sturdy plants and give the first pods of the year, weeks before a spring sowing would.',
  'The seeds go in five centimetres deep and twenty apart, in a double row with a path between, so that the plants can lean on each other in the wind.',
  'A mulch of leaf mould keeps the worst of the frost off the roots, and a net over the rows stops the birds from pulling up the seedlings in January.',
  'In a wet winter a few plants will rot, so it is worth sowing a handful of spares at the end of the row to fill the gaps when the weather turns.',
  'By the middle of May the first pods are ready to pick, and picking them young, before the beans inside turn pale and floury, keeps the plants cropping.',
];
const SUMMARY =
  'Garlic planted before the shortest day gets the cold spell it needs to split into cloves, and a mild spot by a wall suits it better than the open bed. Plant the cloves pointed end up, a hand apart, and leave the tips just showing above the soil so that the birds can see there is nothing to dig for.';
// the other cards' summaries are a sentence each, so that the excerpts stay under half the page's
// body: more, and the demotion limit (src/classify/demotion-limit.ts) keeps them as the page's content
const card = (cls: string, i: number): string =>
  `<div class="card"><h3 class="card-title"><a href="/p/${i}">A post about the winter garden, number ${i}</a></h3><span class="date">May ${i}, 2024</span><div class="${cls}"><p>${i === 1 ? SUMMARY : `Card ${i}: ${SUMMARY.split('. ')[0]!.toLowerCase()}.`}</p></div></div>`;
const page = (cls: string): string => `<!doctype html><html><head><title>Sowing broad beans in autumn | Plot Notes</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Sowing broad beans in autumn"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/veg">Vegetables</a> <a href="/about">About</a></nav></header>
<main><article class="post"><h1>Sowing broad beans in autumn</h1>
${STORY.map((p) => `<p>${p}</p>`).join('\n')}
<section class="more-reading">${[1, 2, 3].map((i) => card(cls, i)).join('\n')}</section></article></main>
<footer class="site-footer"><p>Plot Notes, a gardening blog.</p></footer></body></html>`;

describe('an excerpt on an article page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const sift = (html: string, text: string) => segmentOf(sifter, html, text);

  it('the story stays body', () => {
    const { type, label } = sift(page('post-excerpt'), STORY[1]!);
    expect(type).toBe('article');
    expect(label).toBe('body');
  });

  it('a summary under an excerpt class is navigation', () => {
    const { type, label, rules } = sift(page('post-excerpt'), SUMMARY);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(EXCERPT_TEXT_HIT.rule);
  });

  it('the same summary under another class stays body', () => {
    const { label, rules } = sift(page('post-text'), SUMMARY);
    expect(label).toBe('body');
    expect(rules).not.toContain(EXCERPT_TEXT_HIT.rule);
  });
});
