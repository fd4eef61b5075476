import { beforeAll, describe, expect, it } from 'vitest';
import { FIELD_LABEL_MAX_WORDS, fieldShare, isFieldItem } from '../src/features/field-items.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * features/field-items.ts and nav.pipe-list: a `|`-joined line whose every item is a field
 * ("Label: value") is a product's facts, not a menu. Lines and page written for these tests.
 */

describe('isFieldItem', () => {
  const cases: [string, boolean][] = [
    ['CPU: Intel Core Ultra 7', true],
    ['Capacity: 30 ounces', true],
    ['Works with: Android, iPhone', true],
    ['Temperature Range: 104–212 degrees', true],
    ['重量： 1.2 公斤', true],
    // the label's length, both sides of FIELD_LABEL_MAX_WORDS
    [`${Array.from({ length: FIELD_LABEL_MAX_WORDS }, () => 'word').join(' ')}: value`, true],
    [`${Array.from({ length: FIELD_LABEL_MAX_WORDS + 1 }, () => 'word').join(' ')}: value`, false],
    // a colon with no space after it is a time, a ratio or an address, not a field
    ['Duration 12:30', false],
    ['https://example.com/specs', false],
    ['Ratio: ', false],
    // a label that is a sentence, or that does not begin with a letter
    ['We checked it. Verdict: good', false],
    ['2024: a good year', false],
    ['Home', false],
    ['Privacy Policy', false],
  ];
  it.each(cases)('%s → %s', (item, expected) => {
    expect(isFieldItem(item)).toBe(expected);
  });

  it('fieldShare counts the share of field items', () => {
    expect(fieldShare(['CPU: Intel', 'RAM: 16GB', 'Storage: 512GB'])).toBe(1);
    expect(fieldShare(['Podcast: Play in new window', 'Download', 'Embed'])).toBeCloseTo(1 / 3, 10);
    expect(fieldShare([])).toBe(0);
  });
});

describe('nav.pipe-list on a page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const SPEC = 'CPU: Intel Core Ultra 7 | RAM: 16GB | Storage: 1TB SSD | Screen: 14-inch OLED';
  const MIXED = 'Podcast: Play in new window | Download | Embed';
  const MENU = 'Home | Reviews | Deals | Contact';
  const page = `<!doctype html><html><head><title>The best laptops for students</title></head><body>
<header><p class="links">${MENU}</p></header>
<article><h1>The best laptops for students</h1>
<p>We tested twenty laptops over three months of lectures, essays and late-night video calls, and these are the ones we would buy with our own money.</p>
<h2>Best overall: the Example Book 14</h2>
<p><strong>${SPEC}</strong></p>
<p>The Example Book 14 lasted a full day of classes on one charge, and its keyboard was the quietest of the group, which matters in a library.</p>
<p>${MIXED}</p>
<p>Its screen is bright enough for a sunny lawn, and the hinge opens flat, so two people can read the same page across a table.</p>
</article></body></html>`;

  it('does not fire on a line of fields, which stays with the story', () => {
    const spec = segmentOf(sifter, page, SPEC);
    expect(spec.rules).not.toContain('nav.pipe-list');
    expect(spec.label).toBe('body');
  });

  it('still fires on a menu and on a line where only some items are fields', () => {
    expect(segmentOf(sifter, page, MENU).rules).toContain('nav.pipe-list');
    expect(segmentOf(sifter, page, MIXED).rules).toContain('nav.pipe-list');
  });
});
