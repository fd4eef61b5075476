import { describe, expect, it } from 'vitest';
import { FeatureSpace, STATIC_FEATURES } from '../src/features/feature-set.js';
import { contextPass, type ContextInput } from '../src/classify/context.js';
import { firstPassLabel, neverBody, type FirstPass } from '../src/classify/label.js';
import { DECISIVE_MARGIN, DEFAULT_PAGE_SPAM_THRESHOLD, SPAM_MIN_SCORE } from '../src/classify/thresholds.js';
import { findTeasers, TEASER_HEADLINE_MIN_LINK_DENSITY, TEASER_HEADLINE_MIN_WEIGHT, TEASER_MIN_UNITS, TEASER_SUMMARY_MAX_WEIGHT, TEASER_UNIT_MAX_LEVELS, type TeaserInput } from '../src/classify/teasers.js';
import { pageVerdict, type VerdictInput } from '../src/classify/verdict.js';
import type { LexiconHit } from '../src/lexicon/matcher.js';
import { SCORE_DECIMALS } from '../src/rules/round-score.js';
import type { RuleHit } from '../src/rules/engine.js';
import type { Label } from '../src/rules/schema.js';

/** classify/: context-free label, never-body constraints, the context pass, the page verdict. */

const EPS = 1e-9;
const scores = (body: number, navigation: number, spam: number): Record<Label, number> => ({ body, navigation, spam });

describe('firstPassLabel', () => {
  it.each<[string, Record<Label, number>, FirstPass]>([
    ['spam at SPAM_MIN_SCORE', scores(0, 0, SPAM_MIN_SCORE), { label: 'spam' }],
    ['spam just below SPAM_MIN_SCORE', scores(0, 0, SPAM_MIN_SCORE - EPS), { label: undefined, lean: 'navigation' }],
    ['spam tied with body', scores(SPAM_MIN_SCORE + 1, 0, SPAM_MIN_SCORE + 1), { label: 'spam' }],
    ['spam tied with navigation', scores(0, SPAM_MIN_SCORE, SPAM_MIN_SCORE), { label: 'spam' }],
    // spam at SPAM_MIN_SCORE wins whatever the shape scores say (a pharma blurb is prose, a link farm a list)
    ['spam at the threshold beats a higher body score', scores(SPAM_MIN_SCORE + 5, 0, SPAM_MIN_SCORE), { label: 'spam' }],
    ['spam at the threshold beats a higher navigation score', scores(0, SPAM_MIN_SCORE + 5, SPAM_MIN_SCORE), { label: 'spam' }],
    ['body by DECISIVE_MARGIN', scores(DECISIVE_MARGIN, 0, 0), { label: 'body' }],
    ['body just below DECISIVE_MARGIN', scores(DECISIVE_MARGIN - EPS, 0, 0), { label: undefined, lean: 'body' }],
    ['navigation by DECISIVE_MARGIN', scores(1, 1 + DECISIVE_MARGIN, 0), { label: 'navigation' }],
    ['navigation just below DECISIVE_MARGIN', scores(1, 1 + DECISIVE_MARGIN - EPS, 0), { label: undefined, lean: 'navigation' }],
    ['a tie leans to navigation', scores(3, 3, 0), { label: undefined, lean: 'navigation' }],
    ['nothing at all', scores(0, 0, 0), { label: undefined, lean: 'navigation' }],
    ['negative navigation makes body', scores(0, -DECISIVE_MARGIN, 0), { label: 'body' }],
    ['a low spam score does not block body', scores(DECISIVE_MARGIN, 0, SPAM_MIN_SCORE - 1), { label: 'body' }],
  ])('%s', (_name, input, expected) => {
    expect(firstPassLabel(input)).toEqual(expected);
  });

  it('DEFAULT_PAGE_SPAM_THRESHOLD is SPAM_MIN_SCORE (one strong rule flags a page)', () => {
    expect(DEFAULT_PAGE_SPAM_THRESHOLD).toBe(SPAM_MIN_SCORE);
  });
});

describe('neverBody', () => {
  const space = new FeatureSpace(Object.keys(STATIC_FEATURES));
  const features = (values: Record<string, number>) => {
    const f = space.vector();
    for (const [name, value] of Object.entries(values)) f[space.indexOf(name)] = value;
    return f;
  };

  it.each([
    [{ 'kind.title': 1 }, 'constraint.title-not-body'],
    [{ 'kind.meta': 1 }, 'constraint.meta-not-body'],
    [{ 'dom.hidden': 1 }, 'constraint.hidden-not-body'],
    [{ 'kind.title': 1, 'dom.hidden': 1 }, 'constraint.title-not-body'],
  ])('%j → %s, a navigation hit of score 0', (values, rule) => {
    const hit = neverBody(features(values), space);
    expect(hit).toMatchObject({ rule, label: 'navigation', score: 0 });
    expect(hit!.description.length).toBeGreaterThan(10);
  });

  it.each<Record<string, number>>([{}, { 'kind.heading': 1 }, { 'kind.list': 1, 'dom.navCue': 1 }])('%j → no constraint', (values) => {
    expect(neverBody(features(values), space)).toBeUndefined();
  });
});

describe('contextPass', () => {
  const body: ContextInput = { first: { label: 'body' }, inFlow: true };
  const nav: ContextInput = { first: { label: 'navigation' }, inFlow: true };
  const spam: ContextInput = { first: { label: 'spam' }, inFlow: true };
  const leanBody: ContextInput = { first: { label: undefined, lean: 'body' }, inFlow: true };
  const cuedLeanBody: ContextInput = { ...leanBody, cuedNotSentence: true };
  const leanNav: ContextInput = { first: { label: undefined, lean: 'navigation' }, inFlow: true };
  const title: ContextInput = { first: { label: 'navigation' }, inFlow: false };
  const hiddenBody: ContextInput = { first: { label: 'body' }, inFlow: false };
  const headingLeanNav: ContextInput = { ...leanNav, heading: true };
  const anchoredLeanBody: ContextInput = { ...leanBody, anchored: true };
  const anchoredLeanNav: ContextInput = { ...leanNav, anchored: true };

  const run = (segments: ContextInput[]): [Label, string | undefined][] => contextPass(segments).map((r) => [r.label, r.hit?.rule]);

  it('decided segments keep their label without a hit', () => {
    expect(run([body, nav, spam, title])).toEqual([
      ['body', undefined],
      ['navigation', undefined],
      ['spam', undefined],
      ['navigation', undefined],
    ]);
  });

  it.each<[string, ContextInput[], [Label, string | undefined][]]>([
    ['undecided between body → body', [body, leanNav, body], [['body', undefined], ['body', 'context.between-body'], ['body', undefined]]],
    ['a run of undecided between body → body', [body, leanNav, leanBody, leanNav, body], [['body', undefined], ['body', 'context.between-body'], ['body', 'context.between-body'], ['body', 'context.between-body'], ['body', undefined]]],
    ['undecided between navigation → navigation', [nav, leanBody, nav], [['navigation', undefined], ['navigation', 'context.between-navigation'], ['navigation', undefined]]],
    ['alone on the page: both edges count as navigation', [leanBody], [['navigation', 'context.between-navigation']]],
    ['first on the page before navigation', [leanBody, nav], [['navigation', 'context.between-navigation'], ['navigation', undefined]]],
    ['first on the page before body: a border, own lean body', [leanBody, body], [['body', 'context.border'], ['body', undefined]]],
    ['first on the page before body: a border, own lean navigation', [leanNav, body], [['navigation', 'context.border'], ['body', undefined]]],
    ['last on the page after body: a border', [body, leanBody], [['body', undefined], ['body', 'context.border']]],
    ['body → undecided → navigation: own lean body', [body, leanBody, nav], [['body', undefined], ['body', 'context.border'], ['navigation', undefined]]],
    ['navigation → undecided → body: own lean navigation', [nav, leanNav, body], [['navigation', undefined], ['navigation', 'context.border'], ['body', undefined]]],
    ['spam segments are skipped as context', [body, spam, leanNav, spam, body], [['body', undefined], ['spam', undefined], ['body', 'context.between-body'], ['spam', undefined], ['body', undefined]]],
    ['out-of-flow segments (title/meta/hidden) are skipped as context', [body, title, leanNav, hiddenBody, body], [['body', undefined], ['navigation', undefined], ['body', 'context.between-body'], ['body', undefined], ['body', undefined]]],
    ['an out-of-flow body is not body context', [nav, hiddenBody, leanBody, hiddenBody, nav], [['navigation', undefined], ['body', undefined], ['navigation', 'context.between-navigation'], ['body', undefined], ['navigation', undefined]]],
    ['navigation → undecided heading → body: the heading introduces the body', [nav, headingLeanNav, body], [['navigation', undefined], ['body', 'context.heading-before-body'], ['body', undefined]]],
    ['page edge → undecided heading → body: body', [headingLeanNav, body], [['body', 'context.heading-before-body'], ['body', undefined]]],
    ['body → undecided heading → navigation: own lean (nothing follows it)', [body, headingLeanNav, nav], [['body', undefined], ['navigation', 'context.border'], ['navigation', undefined]]],
    ['an undecided heading between navigation stays navigation', [nav, headingLeanNav, nav], [['navigation', undefined], ['navigation', 'context.between-navigation'], ['navigation', undefined]]],
    ['an anchored (headline/byline) segment leaning body stays body between navigation', [nav, anchoredLeanBody, nav], [['navigation', undefined], ['body', 'context.anchor'], ['navigation', undefined]]],
    ['an anchored segment leaning navigation follows its context', [nav, anchoredLeanNav, nav], [['navigation', undefined], ['navigation', 'context.between-navigation'], ['navigation', undefined]]],
    ['nearest decided neighbour wins', [nav, body, leanNav, body, nav], [['navigation', undefined], ['body', undefined], ['body', 'context.between-body'], ['body', undefined], ['navigation', undefined]]],
    ['navigation → cued, no sentence, leaning body → body: a border, navigation', [nav, cuedLeanBody, body], [['navigation', undefined], ['navigation', 'context.border-cued'], ['body', undefined]]],
    ['page edge → cued, no sentence, leaning body → body: navigation', [cuedLeanBody, body], [['navigation', 'context.border-cued'], ['body', undefined]]],
    ['a cued segment between body stays body', [body, cuedLeanBody, body], [['body', undefined], ['body', 'context.between-body'], ['body', undefined]]],
    ['an anchored cued segment leaning body stays body', [nav, { ...cuedLeanBody, anchored: true }, body], [['navigation', undefined], ['body', 'context.anchor'], ['body', undefined]]],
    ['a cued heading before body still introduces it', [nav, { ...headingLeanNav, cuedNotSentence: true }, body], [['navigation', undefined], ['body', 'context.heading-before-body'], ['body', undefined]]],
  ])('%s', (_name, segments, expected) => {
    expect(run(segments)).toEqual(expected);
  });

  it('context hits carry label, score 0 and a description', () => {
    const [, result] = contextPass([body, leanNav, body]);
    expect(result!.hit).toEqual({ rule: 'context.between-body', label: 'body', score: 0, description: 'undecided segment between body segments' });
    const [border] = contextPass([leanBody, body]);
    expect(border!.hit).toEqual({ rule: 'context.border', label: 'body', score: 0, description: 'undecided segment at a body/navigation border; its own scores lean to body' });
  });

  it('an empty page gives no results', () => {
    expect(contextPass([])).toEqual([]);
  });
});

describe('pageVerdict', () => {
  const ruleHit = (rule: string, label: Label, category?: string): RuleHit => ({ rule, label, score: 1, description: 'test hit', ...(category ? { category } : {}) });
  const lexHit = (category: string, label: LexiconHit['label']): LexiconHit => ({ category, label, term: 't', weight: 1, start: 0, end: 1, marksPhrase: true });
  const segment = (label: Label, spamScore: number, hits: RuleHit[] = [], lexiconHits: LexiconHit[] = []): VerdictInput => ({ label, spamScore, hits, lexiconHits });

  it('spam from the threshold on, not below', () => {
    const threshold = 7;
    expect(pageVerdict([segment('spam', 3), segment('spam', threshold - 3)], threshold)).toEqual({ spam: true, score: threshold, threshold, categories: [] });
    // below the threshold by the smallest step a reported score has
    expect(pageVerdict([segment('spam', 3), segment('spam', threshold - 3 - 10 ** -SCORE_DECIMALS)], threshold).spam).toBe(false);
  });

  it('reports the sum without floating-point noise, and noise does not keep a page under its threshold', () => {
    expect(45.81 + 8.2).not.toBe(54.01);
    expect(pageVerdict([segment('spam', 45.81), segment('spam', 8.2)], 100).score).toBe(54.01);
    // three fitted scores whose float sum falls short of their decimal sum
    expect(0.01 + 2.36 + 0.13).toBeLessThan(2.5);
    expect(pageVerdict([segment('spam', 0.01), segment('spam', 2.36), segment('spam', 0.13)], 2.5)).toEqual({ spam: true, score: 2.5, threshold: 2.5, categories: [] });
  });

  it('only segments labelled spam count, with their spam score', () => {
    const verdict = pageVerdict([segment('body', 4), segment('navigation', 9), segment('spam', 2.5)], 5);
    expect(verdict).toEqual({ spam: false, score: 2.5, threshold: 5, categories: [] });
  });

  it('categories: spam rule categories and spam lexicon categories of spam segments, sorted and unique', () => {
    const verdict = pageVerdict(
      [
        segment('spam', 8, [ruleHit('spam.keyword-title', 'spam', 'title-hijack'), ruleHit('nav.cue', 'navigation', 'menu'), ruleHit('spam.plain', 'spam')], [lexHit('porn', 'spam'), lexHit('nav', 'navigation')]),
        segment('spam', 6, [ruleHit('spam.link-farm', 'spam', 'link-farm')], [lexHit('gambling', 'spam'), lexHit('porn', 'spam')]),
        segment('body', 1, [ruleHit('spam.weak', 'spam', 'stuffing')], [lexHit('pharma', 'spam')]),
      ],
      DEFAULT_PAGE_SPAM_THRESHOLD,
    );
    expect(verdict).toEqual({ spam: true, score: 14, threshold: DEFAULT_PAGE_SPAM_THRESHOLD, categories: ['gambling', 'link-farm', 'porn', 'title-hijack'] });
  });

  it("categories: a segment-evidence list's single word in a spam segment names nothing; its rule's category does", () => {
    const wordOnly: LexiconHit = { ...lexHit('shopping-queries', 'spam'), marksPhrase: false };
    const alone = pageVerdict([segment('spam', 8, [ruleHit('spam.gambling-text', 'spam', 'gambling')], [wordOnly])], DEFAULT_PAGE_SPAM_THRESHOLD);
    expect(alone.categories).toEqual(['gambling']);
    const read = pageVerdict([segment('spam', 8, [ruleHit('spam.shopping-queries', 'spam', 'affiliate')], [wordOnly])], DEFAULT_PAGE_SPAM_THRESHOLD);
    expect(read.categories).toEqual(['affiliate']);
  });

  it('an empty page is not spam', () => {
    expect(pageVerdict([], DEFAULT_PAGE_SPAM_THRESHOLD)).toEqual({ spam: false, score: 0, threshold: DEFAULT_PAGE_SPAM_THRESHOLD, categories: [] });
  });
});

describe('findTeasers', () => {
  // A card: <div class="card"> (id 10 + k) holding <h3><a> (its own element 100 + k) and <p> (200 + k).
  const headline = (k: number, over: Partial<TeaserInput> = {}): TeaserInput => ({ ancestors: [1, 2, 10 + k, 100 + k], isBody: false, weight: TEASER_HEADLINE_MIN_WEIGHT, linkDensity: 1, anchored: false, ...over });
  const summary = (k: number, over: Partial<TeaserInput> = {}): TeaserInput => ({ ancestors: [1, 2, 10 + k, 200 + k], isBody: true, weight: TEASER_SUMMARY_MAX_WEIGHT, linkDensity: 0, anchored: false, ...over });
  const cards = (n: number, h: Partial<TeaserInput> = {}, s: Partial<TeaserInput> = {}): TeaserInput[] => Array.from({ length: n }, (_, k) => [headline(k, h), summary(k, s)]).flat();
  const summaries = (n: number): number[] => Array.from({ length: n }, (_, k) => 2 * k + 1);

  it('fires at TEASER_MIN_UNITS units, not one below', () => {
    expect(findTeasers(cards(TEASER_MIN_UNITS))).toEqual(summaries(TEASER_MIN_UNITS));
    expect(findTeasers(cards(TEASER_MIN_UNITS - 1))).toEqual([]);
  });

  it.each([
    ['headline weight just below TEASER_HEADLINE_MIN_WEIGHT', { weight: TEASER_HEADLINE_MIN_WEIGHT - 1 }, {}],
    ['headline link density just below TEASER_HEADLINE_MIN_LINK_DENSITY', { linkDensity: TEASER_HEADLINE_MIN_LINK_DENSITY - 0.01 }, {}],
    ['summary weight just above TEASER_SUMMARY_MAX_WEIGHT', {}, { weight: TEASER_SUMMARY_MAX_WEIGHT + 1 }],
    ['summary not body in the first pass', {}, { isBody: false }],
    ['summary anchored (a headline or byline rule hit it)', {}, { anchored: true }],
  ] as const)('does not fire with %s', (_name, h, s) => {
    expect(findTeasers(cards(TEASER_MIN_UNITS + 2, h, s))).toEqual([]);
  });

  it('does not fire on an article whose paragraphs share one parent, even under linked headings', () => {
    // <div id=5><h2><a>…</a></h2><p>…</p><h2><a>…</a></h2><p>…</p>…</div>
    const article = Array.from({ length: 5 }, (_, k) => [
      { ancestors: [1, 5, 100 + k], isBody: false, weight: 60, linkDensity: 1, anchored: false },
      { ancestors: [1, 5, 200 + k], isBody: true, weight: 300, linkDensity: 0, anchored: false },
    ]).flat();
    expect(findTeasers(article)).toEqual([]);
  });

  it('does not fire when the headline sits in another unit than the summary', () => {
    const split = Array.from({ length: 5 }, (_, k) => [headline(k, { ancestors: [1, 2, 50 + k, 100 + k] }), summary(k)]).flat();
    expect(findTeasers(split)).toEqual([]);
  });

  it('does not fire on a unit holding a second body segment (a post, not a teaser)', () => {
    const posts = Array.from({ length: 5 }, (_, k) => [headline(k), summary(k), summary(k, { ancestors: [1, 2, 10 + k, 300 + k] })]).flat();
    expect(findTeasers(posts)).toEqual([]);
  });

  it(`finds the headline's unit up to TEASER_UNIT_MAX_LEVELS (${TEASER_UNIT_MAX_LEVELS}) above the summary, not further`, () => {
    // a live feed: <li id=10+k><div.title id=100+k><a>…</a></div> … <div.content id=150+k …><p id=200+k>
    const between = (levels: number, k: number): number[] => Array.from({ length: levels - 1 }, (_, d) => 150 + 10 * d + k);
    const feed = (levels: number): TeaserInput[] => Array.from({ length: 5 }, (_, k) => [headline(k), summary(k, { ancestors: [1, 2, 10 + k, ...between(levels, k), 200 + k] })]).flat();
    expect(findTeasers(feed(TEASER_UNIT_MAX_LEVELS))).toEqual(summaries(5));
    expect(findTeasers(feed(TEASER_UNIT_MAX_LEVELS + 1))).toEqual([]);
  });

  it('ignores text input (no ancestry)', () => {
    expect(findTeasers(cards(5, { ancestors: undefined }, { ancestors: undefined }))).toEqual([]);
  });
});
