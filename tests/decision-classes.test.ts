import { describe, expect, it } from 'vitest';
import { attributeGold, decidingHit, headingLevel, sectionKindOf, sectionKinds, tallyClasses, type ClassifiedPage } from '../benchmarks/diagnose/gold-share.js';
import { bagOfTexts, bagOverlap, pageScore } from '../benchmarks/metric.js';

/** benchmarks/diagnose/gold-share.ts: the gold's tokens handed to a page's segments, and the tally by class (decision-classes.ts). Inputs written for these tests. */

describe('attributeGold', () => {
  it('gives the body segments the gold tokens first, in document order, and the rest what is left', () => {
    const segments = [
      { label: 'navigation', text: 'Home Pricing Contact' },
      { label: 'body', text: 'Our team plans your move.' },
      { label: 'body', text: 'Call our team today.' },
      { label: 'navigation', text: 'Meet our team' },
    ];
    const gold = bagOfTexts(['Our team plans your move. Meet our team. Pricing starts low.']);
    const shares = attributeGold(segments, gold);
    expect(shares.map((s) => s.tokens)).toEqual([3, 5, 4, 3]);
    // "our" twice and "team" twice in the gold: the two body segments take one each; the navigation line finds them gone
    expect(shares.map((s) => s.gold)).toEqual([1, 5, 2, 1]);
  });

  it('sums over the body segments to the eval\'s overlap, so the page\'s precision comes back', () => {
    const segments = [
      { label: 'body', text: 'A quiet harbour town, a ferry twice a day.' },
      { label: 'navigation', text: 'Subscribe to our newsletter' },
      { label: 'body', text: 'The ferry runs twice a day in summer.' },
    ];
    const goldText = 'A quiet harbour town. The ferry runs twice a day.';
    const shares = attributeGold(segments, bagOfTexts([goldText]));
    const body = segments.filter((s) => s.label === 'body').map((s) => s.text);
    const overlap = bagOverlap(bagOfTexts(body), bagOfTexts([goldText]));
    expect(shares.filter((_, i) => segments[i]!.label === 'body').reduce((n, s) => n + s.gold, 0)).toBe(overlap);
    const predicted = shares.filter((_, i) => segments[i]!.label === 'body').reduce((n, s) => n + s.tokens, 0);
    expect(overlap / predicted).toBeCloseTo(pageScore(bagOfTexts(body), bagOfTexts([goldText])).precision, 10);
  });
});

describe('decidingHit', () => {
  it('is the last context or constraint hit, else the first pass', () => {
    expect(decidingHit(['body.long-text', 'context.outside-main', 'nav.dom-cue', 'context.beside-main'])).toBe('context.beside-main');
    expect(decidingHit(['nav.hidden', 'constraint.hidden-not-body'])).toBe('constraint.hidden-not-body');
    expect(decidingHit(['body.sentence', 'nav.dom-cue'])).toBe('first pass');
  });
});

describe('sections', () => {
  it('reads a heading level off the nearest h1-h6 of the path', () => {
    expect(headingLevel('main>section.faq>h2.title')).toBe(2);
    expect(headingLevel('div.card>h3.mb-0>button.btn')).toBe(3);
    expect(headingLevel('main>div.hero>p')).toBeUndefined();
    expect(headingLevel(undefined)).toBeUndefined();
  });

  it('names a section by its heading, and a long heading is no section name', () => {
    expect(sectionKindOf('Frequently Asked Questions')).toBe('faq');
    expect(sectionKindOf('What our clients say')).toBe('testimonials');
    expect(sectionKindOf('Latest insights')).toBe('insights');
    expect(sectionKindOf('Get in touch')).toBe('contact');
    expect(sectionKindOf('How we plan your move')).toBe('other');
    expect(sectionKindOf('Here is a long sentence that mentions our FAQ page somewhere in the middle of it')).toBe('other');
  });

  it('keeps a section open under its lower headings and closes it at the next heading of its level', () => {
    const seg = (kind: string, path: string, text: string) => ({ kind, path, text });
    const kinds = sectionKinds([
      seg('block', 'main>div.hero>p', 'We move homes.'),
      seg('heading', 'main>section>h2', 'FAQ'),
      seg('heading', 'main>section>div.q>h3', 'How long does a move take?'),
      seg('block', 'main>section>div.a>p', 'A day or two.'),
      seg('heading', 'main>section>h2', 'Our prices'),
      seg('block', 'main>section>p', 'From $500.'),
    ]);
    expect(kinds).toEqual(['none', 'faq', 'faq', 'faq', 'other', 'other']);
  });
});

describe('tallyClasses', () => {
  const page = (id: string, host: string, segments: ClassifiedPage['segments']): ClassifiedPage => ({
    id,
    host,
    type: 'service',
    bodyTokens: segments.filter((s) => s.label === 'body').reduce((n, s) => n + s.tokens, 0),
    goldTokens: 20,
    segments,
  });

  it('counts a class\'s tokens and the sites whose gold holds or leaves out its text, and charges body classes to precision, the others to recall', () => {
    const rows = tallyClasses([
      page('1', 'a.example', [
        { key: 'faq', label: 'body', tokens: 10, gold: 0 },
        { key: 'other', label: 'body', tokens: 10, gold: 10 },
        { key: 'cards', label: 'navigation', tokens: 10, gold: 8 },
      ]),
      page('2', 'b.example', [
        { key: 'faq', label: 'body', tokens: 10, gold: 10 },
        { key: 'other', label: 'body', tokens: 10, gold: 10 },
      ]),
    ]);
    const faq = rows.find((r) => r.key === 'body | faq')!;
    expect([faq.segments, faq.pages, faq.gold, faq.notGold, faq.sitesGold, faq.sitesNotGold, faq.wrong, faq.sitesWrong]).toEqual([2, 2, 10, 10, 1, 1, 10, 1]);
    // page 1: 10 of its 20 body tokens lost, over the type's 2 pages
    expect(faq.meanPLoss.service).toBeCloseTo(0.25, 10);
    const cards = rows.find((r) => r.key === 'navigation | cards')!;
    expect([cards.wrong, cards.sitesWrong]).toEqual([8, 1]);
    expect(cards.meanRLoss.service).toBeCloseTo(8 / 20 / 2, 10);
  });
});
