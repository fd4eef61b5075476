import { describe, expect, it } from 'vitest';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findRepeatedPosts, numberedContainer, REPEATED_POSTS_MIN, type RepeatedPostInput } from '../src/classify/post-repeats.js';
import { SENTENCE_RULE } from '../src/classify/label.js';
import type { RuleHit } from '../src/rules/engine.js';

/**
 * classify/post-repeats.ts: on a page typed forum, replies demoted as outside the main container
 * come back when they run through REPEATED_POSTS_MIN or more numbered post containers built alike
 * (issue 13, session 44). Paths and scores below are written for these tests.
 */

const PROSE_HIT: RuleHit = { rule: 'body.medium-text', label: 'body', score: 5, description: 'prose' };
const SENTENCE_HIT: RuleHit = { rule: SENTENCE_RULE, label: 'body', score: 2, description: 'a sentence' };

/** A segment demoted as outside the main container: body 5 against the outside-main score 8. */
function outside(path: string, overrides: Partial<RepeatedPostInput> = {}): RepeatedPostInput {
  return { label: 'navigation', scores: { body: 5, navigation: 8, spam: 0 }, hits: [PROSE_HIT, SENTENCE_HIT, OUTSIDE_MAIN_HIT], path, candidate: true, ...overrides };
}

/** The reply paragraph of post `n` of a thread written like a Homeland (Ruby China) topic page. */
function reply(n: number): string {
  return `html>body>div#main>div#replies>div.items>div#reply${n}>div#reply-${9000 + n}>div.infos>div.markdown>p`;
}

describe('numberedContainer', () => {
  const cases: [string, string | undefined][] = [
    ['html>body>div#post_12>div.cooked>p', '#post_12'],
    ['html>body>div#reply3>div#reply-380876>div.markdown>p', '#reply3>#reply-380876'],
    ['html>body>table#pid53961>tbody>tr>td#postmessage_53961', '#pid53961>#postmessage_53961'],
    ['html>body>div.post.p123>p', undefined], // digits in a class: no numbered id
    ['html>body>div#sidebar>div.box>p', undefined], // an id without digits
  ];
  it.each(cases)('%s -> %s', (path, expected) => {
    expect(numberedContainer(path)).toBe(expected);
  });
});

describe('findRepeatedPosts', () => {
  it('fires: replies in REPEATED_POSTS_MIN numbered containers of one shape become body', () => {
    const segments = [1, 2, 3, 4].map((n) => outside(reply(n)));
    expect(REPEATED_POSTS_MIN).toBe(3);
    expect(findRepeatedPosts(segments)).toEqual([0, 1, 2, 3]);
  });

  it('fires: two paragraphs of one reply count one container, and three replies still make the run', () => {
    const segments = [outside(reply(1)), outside(reply(1)), outside(reply(2)), outside(reply(3))];
    expect(findRepeatedPosts(segments)).toEqual([0, 1, 2, 3]);
  });

  it('must not fire: fewer than REPEATED_POSTS_MIN numbered containers', () => {
    const segments = [outside(reply(1)), outside(reply(1)), outside(reply(2))];
    expect(findRepeatedPosts(segments)).toEqual([]);
  });

  it('must not fire: a side box whose rows share one numbered id', () => {
    const row = 'html>body>td#right_column>table#box_custom_1_main_8>tbody#box_custom_1_8_e>tr>td.row1';
    expect(findRepeatedPosts([outside(row), outside(row), outside(row), outside(row)])).toEqual([]);
  });

  it('must not fire: paths that differ beyond their digits', () => {
    const segments = [outside(reply(1)), outside(reply(2)), outside(reply(3).replace('div.markdown', 'div.signature'))];
    expect(findRepeatedPosts(segments)).toEqual([]);
  });

  it('must not fire: text that is navigation even without the outside-main score, or not outside the main container, or no candidate', () => {
    const chrome = [1, 2, 3].map((n) => outside(reply(n), { scores: { body: 1, navigation: 8, spam: 0 } }));
    expect(findRepeatedPosts(chrome)).toEqual([]);
    const notOutside = [1, 2, 3].map((n) => outside(reply(n), { hits: [PROSE_HIT] }));
    expect(findRepeatedPosts(notOutside)).toEqual([]);
    const cued = [1, 2, 3].map((n) => outside(reply(n), { candidate: false }));
    expect(findRepeatedPosts(cued)).toEqual([]);
  });

  it('must not fire: a run of template lines none of which is a sentence (quote headers, per-post date lines)', () => {
    const headers = [1, 2, 3, 4].map((n) => outside(reply(n), { scores: { body: 2, navigation: 8, spam: 0 }, hits: [PROSE_HIT, OUTSIDE_MAIN_HIT] }));
    expect(findRepeatedPosts(headers)).toEqual([]);
  });

  it('fires: one sentence in the run brings its shorter replies along', () => {
    const segments = [outside(reply(1)), ...[2, 3].map((n) => outside(reply(n), { hits: [PROSE_HIT, OUTSIDE_MAIN_HIT] }))];
    expect(findRepeatedPosts(segments)).toEqual([0, 1, 2]);
  });

  it('leaves segments already body alone', () => {
    const segments = [outside(reply(1)), outside(reply(2)), outside(reply(3)), outside(reply(4), { label: 'body' })];
    expect(findRepeatedPosts(segments)).toEqual([0, 1, 2]);
  });
});
