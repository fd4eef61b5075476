import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isStatusMessage, loadStatusMessages, STATUS_MESSAGE_HIT, STATUS_MESSAGE_MAX_CHARS, STATUS_MESSAGE_MAX_WORDS, statusText, type StatusMessages } from '../src/classify/status-message.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/status-message.ts: a segment whose whole text is a status message a script prints
 * (a form's notices, "Loading...", an empty review list's prompt, a stock status, a log-in
 * prompt, a result count) is navigation, on every page type; the same words inside longer text
 * are not. Every input and page below was written for these tests.
 */

let messages: StatusMessages;
beforeAll(() => {
  messages = loadStatusMessages();
});

describe('isStatusMessage: the shipped patterns (data/cues/status-messages.json)', () => {
  const cases: [string, boolean][] = [
    // form notices
    ['Oops! Something went wrong.', true],
    ['Something went wrong.', true],
    // a builder's stock text is form-message.ts's, not this list's
    ['Thank you! Your submission has been received!', false],
    ['Thank you for subscribing to our weekly letter.', true],
    ['Please enter a valid email address', true],
    ['Please fill in all the required fields!', true],
    // loading
    ['Loading...', true],
    ['Loading…', true],
    ['Loading... Please wait...', true],
    // empty reviews
    ['There are no reviews yet.', true],
    ['Be the first to review this product', true],
    ['Do you own this product?', true],
    ['0 stars based on 0 reviews', true],
    // stock
    ['Sold out', true],
    ['Coming Soon!', true],
    ['In stock. Ready to ship', true],
    ['Available now', true],
    ['Get notified by email when this product is in stock.', true],
    ['Only 3 left!', true],
    // log-in prompt, result count
    ['Log in to set a price alert on this product.', true],
    ['1-24 items of 33', true],
    ['1 - 12 of 27 Products', true],
    ['Slide 2 of 6', true],
    ['1 of 3', true],
    // case, inner space and line breaks do not matter
    ['  SOLD\n  OUT ', true],
    // the same words inside longer text: not a status message
    ['The bakery sold out of rye bread by nine every Saturday.', false],
    ['Something went wrong with the first batch, so we started over with colder butter.', false],
    ['Loading the kiln takes two people and most of a morning.', false],
    ['Available now in three colours: slate, moss and sand.', false],
    ['Thank you to everyone who came to the spring fair.', false],
    ['Reviews', false],
    ['Write a review', false],
    ['Only 3 left of the original forty hand-thrown bowls from the spring firing.', false],
    ['Chapter 1 of 3: the clay', false],
    ['', false],
  ];
  it.each(cases)('%j -> %s', (text, expected) => {
    expect(isStatusMessage(text, messages)).toBe(expected);
  });
});

describe('STATUS_MESSAGE_MAX_WORDS: both sides', () => {
  // a pattern with a free run of words ("log in to …") matched at the cap and one word over it
  const prompt = (words: number): string => ['Log', 'in', 'to', ...Array.from({ length: words - 3 }, (_, i) => `w${i}`)].join(' ');
  it(`a ${STATUS_MESSAGE_MAX_WORDS}-word message matches`, () => {
    expect(isStatusMessage(prompt(STATUS_MESSAGE_MAX_WORDS), messages)).toBe(true);
  });
  it(`a ${STATUS_MESSAGE_MAX_WORDS + 1}-word text does not`, () => {
    expect(isStatusMessage(prompt(STATUS_MESSAGE_MAX_WORDS + 1), messages)).toBe(false);
  });
});

describe('statusText and loadStatusMessages', () => {
  it('squeezes inner space and trims', () => {
    expect(statusText('  Sold \n\t out  ')).toBe('Sold out');
  });
  it('a file with a bad pattern is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagesift-status-'));
    const path = join(dir, 'status-messages.json');
    writeFileSync(path, JSON.stringify({ description: 'x', groups: [{ kind: 'k', description: 'd', patterns: ['(unclosed'] }] }));
    expect(() => loadStatusMessages(path)).toThrow(path);
  });
  it('a file of the wrong shape is an error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagesift-status-'));
    const path = join(dir, 'status-messages.json');
    writeFileSync(path, JSON.stringify({ description: 'x', groups: [] }));
    expect(() => loadStatusMessages(path)).toThrow(path);
  });
});

const STORY = [
  'The bakery on Mill Street opened a second oven this winter, and the queue on Saturday mornings is shorter for it.',
  'Its owner bakes rye, spelt and a seeded loaf, and the rye sold out of the first oven by nine every week last year.',
  'The second oven bakes the sweet buns in the afternoon, so the morning goes to the bread that regulars come for.',
];

function page(form: string): string {
  return `<!doctype html><html><head><title>A second oven on Mill Street | Town Paper</title></head><body>
<div class="story"><h1>A second oven on Mill Street</h1><div class="story-text">${STORY.map((p) => `<p>${p}</p>`).join('')}
${form}</div></div><footer><p>Town Paper. All rights reserved.</p></footer></body></html>`;
}

describe('status messages on a written page', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it("a sign-up form's notices are navigation; the story, which says \"sold out\", stays body", () => {
    const form = '<div class="signup"><div class="form-done"><p>Thank you for subscribing!</p></div><div class="form-fail"><p>Oops! Something went wrong.</p></div></div>';
    const report = sifter.sift({ html: page(form) });
    for (const notice of ['Thank you for subscribing', 'Oops! Something went wrong']) {
      const s = segmentWith(report, notice);
      expect(s?.label, notice).toBe('navigation');
      expect(s?.hits.map((h) => h.rule), notice).toContain(STATUS_MESSAGE_HIT.rule);
    }
    for (const p of STORY) expect(segmentWith(report, p.slice(0, 40))?.label, p).toBe('body');
  });
});

describe('STATUS_MESSAGE_MAX_CHARS: a long text is refused before it is split into words', () => {
  it('a status message padded with space up to the bound still counts; one character more does not', () => {
    const padded = (n: number): string => `Sold out${' '.repeat(n - 'Sold out'.length)}`;
    expect(padded(STATUS_MESSAGE_MAX_CHARS)).toHaveLength(STATUS_MESSAGE_MAX_CHARS);
    expect(isStatusMessage(padded(STATUS_MESSAGE_MAX_CHARS), messages)).toBe(true);
    expect(isStatusMessage(padded(STATUS_MESSAGE_MAX_CHARS + 1), messages)).toBe(false);
  });
});

describe('loadStatusMessages: a pattern that does not compile', () => {
  it('is refused with the file and the field named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagesift-status-'));
    const path = join(dir, 'status-messages.json');
    writeFileSync(path, JSON.stringify({ description: 'd', groups: [{ kind: 'k', description: 'd', patterns: ['sold out', 'loading('] }] }));
    expect(() => loadStatusMessages(path)).toThrow(/status-messages\.json: not a list of status-message patterns: groups\.0\.patterns\.1 not a valid regular expression/);
  });
});
