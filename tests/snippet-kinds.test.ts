import { describe, expect, it } from 'vitest';
import { GOLD_KIND_PREFIX, hasRun, isPhrase, missKind, PHRASE_MAX_SEGMENTS } from '../benchmarks/diagnose/kinds.js';
import type { Miss, MissSegment } from '../benchmarks/diagnose/snippets.js';
import { tokens } from '../benchmarks/metric.js';

/**
 * benchmarks/diagnose/kinds.ts: the kinds of a snippet miss that are the gold's own (no labelling
 * changes them) against pagesift's, on both sides of each test. Written by hand for these tests.
 */

function segment(over: Partial<MissSegment> = {}): MissSegment {
  return { index: 3, label: 'navigation', hits: ['nav.link-dense'], kind: 'block', path: 'html>body>div>p', text: '', cover: 1, own: true, ...over };
}

function miss(over: Partial<Miss>): Miss {
  return {
    side: 'body-missed',
    id: '0001',
    fold: 1,
    host: 'example.org',
    goldType: 'article',
    siftType: 'article',
    snippet: '',
    missing: [],
    segment: segment(),
    inGoldBody: false,
    onPage: true,
    phrase: true,
    kind: '',
    ...over,
  };
}

describe('hasRun', () => {
  it.each([
    [['a', 'b', 'c', 'd'], ['b', 'c'], true],
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], true],
    [['a', 'b', 'c', 'd'], ['b', 'd'], false],
    [['a', 'b'], ['a', 'b', 'c'], false],
    [['a', 'b'], [], false],
  ])('%j holds %j in a row: %s', (whole, part, expected) => {
    expect(hasRun(whole, part)).toBe(expected);
  });
});

describe('isPhrase', () => {
  const snippet = tokens('read the whole story today');

  it('finds the snippet inside one segment', () => {
    expect(isPhrase([tokens('menu'), tokens('you can read the whole story today, free')], snippet)).toBe(true);
  });

  it(`finds it run on over ${PHRASE_MAX_SEGMENTS} consecutive segments (must fire), not over ${PHRASE_MAX_SEGMENTS + 1} (must not)`, () => {
    const words = ['read', 'the', 'whole', 'story', 'today'];
    const upTo = [tokens('x read'), tokens('the'), tokens('whole story'), tokens('today y')];
    expect(upTo).toHaveLength(PHRASE_MAX_SEGMENTS);
    expect(isPhrase(upTo, words)).toBe(true);
    const over = words.map((w) => [w]);
    expect(over).toHaveLength(PHRASE_MAX_SEGMENTS + 1);
    expect(isPhrase(over, words)).toBe(false);
  });

  it('does not take the same words in another order or with a segment between them', () => {
    expect(isPhrase([tokens('today read the whole story')], snippet)).toBe(false);
    expect(isPhrase([tokens('read the whole'), tokens('menu'), tokens('story today')], snippet)).toBe(false);
    expect(isPhrase([tokens('read the whole'), tokens('story today')], snippet)).toBe(true);
  });
});

describe('missKind: missed body snippets', () => {
  const cut = 'The committee met on Tuesday to weigh the proposal for the new bridge over the r';

  it('calls a snippet cut inside its last word the gold\'s own (must fire at 80 characters, not at 79)', () => {
    expect(cut).toHaveLength(80);
    expect(missKind(miss({ snippet: cut, missing: ['r'] }), cut)).toBe(`${GOLD_KIND_PREFIX}cut last word`);
    const shorter = cut.slice(1);
    expect(missKind(miss({ snippet: shorter, missing: ['r'] }), shorter).startsWith(GOLD_KIND_PREFIX)).toBe(false);
  });

  it('calls an HTML entity spelled out in the gold the gold\'s own', () => {
    const text = 'Let&#39;s look at how the bridge was built';
    expect(missKind(miss({ snippet: text }), text)).toBe(`${GOLD_KIND_PREFIX}HTML entity in text`);
    const plain = "Let's look at how the bridge was built";
    expect(missKind(miss({ snippet: plain }), plain).startsWith(GOLD_KIND_PREFIX)).toBe(false);
  });

  it('calls a snippet whose tokens are not all on the page\'s segments the gold\'s own, whatever covers part of it', () => {
    const text = 'The bridge opens to traffic next spring.';
    expect(missKind(miss({ snippet: text, onPage: false, segment: segment({ cover: 0.9 }) }), text)).toBe(`${GOLD_KIND_PREFIX}text on no segment`);
    expect(missKind(miss({ snippet: text, onPage: true, segment: segment({ cover: 0.9 }) }), text).startsWith(GOLD_KIND_PREFIX)).toBe(false);
  });

  it('tells words on the page but not in that order from a phrase the segment holds', () => {
    const text = 'The bridge opens to traffic next spring.';
    expect(missKind(miss({ snippet: text, phrase: false }), text)).toBe('words over several segments');
    expect(missKind(miss({ snippet: text, phrase: true, segment: segment({ hits: ['nav.link-dense'] }) }), text)).toBe('linked text');
  });
});

describe('missKind: kept boilerplate snippets', () => {
  const kept = (over: Partial<Miss>): Miss => miss({ side: 'boilerplate-kept', segment: segment({ label: 'body', hits: ['body.sentence'] }), ...over });

  it('calls boilerplate the gold body holds too the gold\'s own', () => {
    expect(missKind(kept({ inGoldBody: true }), 'About Us')).toBe(`${GOLD_KIND_PREFIX}tokens in gold body`);
    expect(missKind(kept({ inGoldBody: false }), 'About Us').startsWith(GOLD_KIND_PREFIX)).toBe(false);
  });

  it('tells boilerplate kept by other body text\'s words from boilerplate the body holds as a phrase', () => {
    expect(missKind(kept({ phrase: false }), 'About Us')).toBe('words from other body text');
    expect(missKind(kept({ phrase: true }), 'About Us')).toBe('short label');
  });
});
