import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_MESSAGE_HIT, FORM_MESSAGE_MAX_CHARS, formMessageKey, isFormMessage, loadFormMessages } from '../src/classify/form-message.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/form-message.ts: a form builder's stock text (a sent or failed message, a honeypot
 * field's note) is not the page's content. The texts and pages below were written for these tests.
 */

const messages = loadFormMessages();

describe('formMessageKey: words, lower case, punctuation ignored', () => {
  const cases: [string, string][] = [
    ['Oops! Something went wrong while submitting the form.', 'oops something went wrong while submitting the form'],
    ['Don’t put anything here.', "don't put anything here"],
    ['"*" indicates required fields', 'indicates required fields'],
    ['  Leave   this field\nblank ', 'leave this field blank'],
    ['', ''],
  ];
  it.each(cases)('%s', (text, key) => {
    expect(formMessageKey(text)).toBe(key);
  });
});

describe('isFormMessage: the shipped messages (data/cues/form-messages.json)', () => {
  const cases: [string, boolean][] = [
    // the builders' texts, however punctuated
    ['Thank you! Your submission has been received!', true],
    ['Oops! Something went wrong while submitting the form.', true],
    ['oops something went wrong while submitting the form', true],
    ['This field is for validation purposes and should be left unchanged.', true],
    ['This field is hidden when viewing the form', true],
    ['"*" indicates required fields', true],
    ['Don’t put anything here.', true],
    ['If you are human, leave this field blank.', true],
    // two forum engines' reply-form notices
    ['Not open for further replies.', true],
    ['By clicking "Post Your Answer", you agree to our terms of service and acknowledge you have read our privacy policy.', true],
    ['This thread is old and not open for further replies, but the fix below still works on the current version.', false],
    // the whole text must be the message: a sentence that holds one is the page's own
    ['Thank you! Your submission has been received! We will call you within two working days to plan the visit.', false],
    ['If something went wrong while submitting the form, call our office and we will take your order by phone.', false],
    ['Thank you!', false],
    ['Your submission has been received', false],
    ['This field is for validation purposes', false],
    // other short lines
    ['Contact us today for a free estimate.', false],
    ['Required', false],
    ['', false],
  ];
  it.each(cases)('%s: %s', (text, expected) => {
    expect(isFormMessage(text, messages)).toBe(expected);
  });
});

const SERVICE = [
  'We repair and service central heating systems in homes and small offices, with engineers on call every day of the week.',
  'Every visit starts with a safety check of the boiler and the pipes, and we explain what we found before any work is done.',
  'Our engineers carry the common spare parts in their vans, so most repairs are finished on the first visit without a second trip.',
];
const DONE = 'Thank you! Your submission has been received!';
const FAIL = 'Oops! Something went wrong while submitting the form.';
const HONEYPOT = 'This field is for validation purposes and should be left unchanged.';

function page(): string {
  return `<!doctype html><html><head><title>Heating repairs | Warm Homes Heating</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><div class="section"><h1>Heating repairs</h1>${SERVICE.map((p) => `<p>${p}</p>`).join('')}
<div class="form-block w-form"><form id="quote"><label for="name">Name</label><input id="name" name="name"><div class="gfield"><div class="gfield_description">${HONEYPOT}</div></div><input type="submit" value="Send"></form>
<div class="w-form-done"><div>${DONE}</div></div><div class="w-form-fail"><div>${FAIL}</div></div></div></div></main>
<footer><p>Warm Homes Heating. All rights reserved.</p></footer></body></html>`;
}

describe('a service page with a form', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the form builder\'s messages are navigation, the page\'s text stays body', () => {
    const report = sifter.sift({ html: page() });
    for (const text of SERVICE) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of [DONE, FAIL, HONEYPOT]) {
      const segment = segmentWith(report, text);
      expect(segment?.label, text).toBe('navigation');
      expect(segment?.hits.map((h) => h.rule), text).toContain(FORM_MESSAGE_HIT.rule);
    }
  });
});

describe('FORM_MESSAGE_MAX_CHARS: a long text is refused before its key is made', () => {
  it('a stock text padded with space up to the bound still counts; one character more does not', () => {
    const text = 'Leave this field blank';
    const padded = (n: number): string => `${text}${' '.repeat(n - text.length)}`;
    expect(isFormMessage(padded(FORM_MESSAGE_MAX_CHARS), messages)).toBe(true);
    expect(isFormMessage(padded(FORM_MESSAGE_MAX_CHARS + 1), messages)).toBe(false);
  });
});
