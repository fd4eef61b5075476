import { describe, expect, it } from 'vitest';
import { comparePolicies, itemPart, scorePolicy, standardPolicies, tallyParts, type ItemSegment, type PolicyPage } from '../benchmarks/diagnose/item-parts.js';
import { bagOfTexts, tokens } from '../benchmarks/metric.js';

/** benchmarks/diagnose/item-parts.ts: the parts of a promoted list item and the policies of keeping them (list-items.ts). Inputs written for these tests. */

function seg(text: string, kind = 'block', linkShare = 0): ItemSegment {
  return { text, kind, tokens: tokens(text).length, linkShare };
}

describe('itemPart', () => {
  it.each([
    ['a heading is a title', seg('Ten ways to mend a sail', 'heading', 1), 'title'],
    ['a linked line of 3+ tokens is a title', seg('Mending a sail at sea', 'block', 1), 'title'],
    ['a linked line of 2 tokens is a label', seg('Sail care', 'block', 1), 'label'],
    ['an unlinked line of 8+ tokens is a teaser', seg('How the crew of a small boat patched a torn sail in a storm.'), 'teaser'],
    ['an unlinked line of 7 tokens is other', seg('How the crew patched a torn sail'), 'other'],
    ['a short line opening with an action verb is an action', seg('Read more', 'block', 1), 'action'],
    ['an action verb opening 5 tokens is not an action', seg('Read the full story here now', 'block', 1), 'title'],
    ['a short line with a currency is a price', seg('$24.99'), 'price'],
    ['a currency in a 7-token line is no price', seg('Save $5 on each sail kit today'), 'other'],
    ['a date line is a date/byline', seg('March 6, 2026'), 'date/byline'],
    ['a byline is a date/byline', seg('By Ana Ruiz'), 'date/byline'],
    ['a relative date is a date/byline', seg('3 days ago · 5 min read'), 'date/byline'],
    ['a 13-token line with a date is not a date/byline', seg('On March 6 the harbour master closed the port to every boat over ten metres long.'), 'teaser'],
    ['a short unlinked word is a label', seg('Bestseller'), 'label'],
  ])('%s', (_, s, part) => {
    expect(itemPart(s)).toBe(part);
  });
});

describe('policies', () => {
  const page: PolicyPage = {
    id: 'p',
    host: 'example.org',
    type: 'listing',
    gold: bagOfTexts(['Mending a sail at sea. Storm season opens early.']),
    segments: [
      { label: 'body', text: 'Sail news', part: undefined },
      { label: 'body', text: 'Mending a sail at sea', part: 'title' },
      { label: 'body', text: 'How the crew of a small boat patched a torn sail in a storm.', part: 'teaser' },
      { label: 'body', text: 'Storm season opens early', part: 'title' },
      { label: 'body', text: 'Read more', part: 'action' },
      { label: 'navigation', text: 'Home About', part: undefined },
    ],
  };

  it('keeps every body segment under the shipped policy and drops the parts a policy leaves out', () => {
    const [, all] = standardPolicies()[0]!;
    const shipped = scorePolicy(page, all);
    const titles = scorePolicy(page, new Set(['title']));
    expect(shipped.recall).toBe(1);
    expect(titles.recall).toBe(1);
    expect(titles.precision).toBeGreaterThan(shipped.precision);
    // a segment that is not a promoted item stays body under every policy
    expect(scorePolicy(page, new Set()).precision).toBeGreaterThan(0);
  });

  it('gives the oracle each page at its best policy, ties to what ships', () => {
    const other: PolicyPage = { ...page, id: 'q', gold: bagOfTexts(['Sail news Mending a sail at sea How the crew of a small boat patched a torn sail in a storm. Storm season opens early Read more']) };
    const { rows, oracle, preferred } = comparePolicies([page, other], standardPolicies());
    expect(rows[0]!.name).toBe('all parts (shipped)');
    expect(oracle.all.f1!).toBeGreaterThan(rows[0]!.all.f1!);
    expect(preferred['all parts (shipped)']).toBe(1);
  });

  it('tallies parts by tokens and by site', () => {
    const rows = tallyParts([
      { host: 'a', part: 'title', tokens: 5, gold: 5 },
      { host: 'b', part: 'title', tokens: 4, gold: 0 },
      { host: 'c', part: 'title', tokens: 6, gold: 6 },
    ]);
    const title = rows.find((r) => r.part === 'title')!;
    expect(title).toMatchObject({ segments: 3, gold: 11, notGold: 4, sitesGold: 2, sitesNotGold: 1 });
  });
});
