import { beforeAll, describe, expect, it } from 'vitest';
import { FORM_CONSENT, FORM_CONSENT_MAX_CHARS } from '../src/classify/form-consent.js';
import { LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import type { Sifter } from '../src/index.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/form-consent.ts: a web form's consent line ("By clicking Subscribe, you agree to our
 * Terms …") is the form's small print, not the page's content. The lines and pages below were
 * written for these tests.
 */

const fire: string[] = [
  'By clicking Join Now, you confirm you are 18 or older and agree to our Terms of Use and Privacy Policy.',
  'By submitting your email address, you agree to the Garden Post privacy policy.',
  'By signing up you agree to our Terms and to receive our weekly emails. You can opt out anytime.',
  'By subscribing, you consent to receive marketing messages from Riverside Books.',
  '*By entering your phone number, you authorize Acme Heating to call and text you about your quote.',
  'By checking this box, I agree to the terms of the giveaway.',
  'By tapping the button below, I acknowledge that I have read the Terms of Service.',
  'I agree to receive news and special offers from the Hill Farm Shop by email.',
  'Yes, I agree to the processing of my personal data as described in the Privacy Notice.',
  '→ I consent to the storage of my email address for the newsletter.',
  'I have read and accept the terms and conditions.',
];
const stay: string[] = [
  // a terms page's own text: no form action named
  'By using this website you agree to be bound by these Terms of Service and all applicable laws.',
  'By providing us with your personal information, you consent to its use as described in this policy.',
  // an article's sentences about clicking, agreeing, terms
  'She said that by clicking through dozens of screens, most users never see what they agree to.',
  'Many readers told us they agree to the terms without reading them, and we wanted to know why.',
  'By clicking on a plot on the map you can see who tends it and what grows there this year.',
  'I agree to some extent with the council, but the allotment fees are still too high for most families.',
  // the consent not at the start of the block
  'Fill in the form below. By clicking Send, you agree to our Terms of Use.',
];
const consent = 'By clicking Subscribe, you agree to our Terms of Use and Privacy Policy.';
const at = `${consent} ${'x'.repeat(FORM_CONSENT_MAX_CHARS - consent.length - 1)}`;
describeShortLineRule('FORM_CONSENT', FORM_CONSENT, { fire, stay, bound: { at, over: `${at}y` } }, () => {
  it('runs with the form builders\' stock texts, before the appeals', () => {
    expect(LATE_DEMOTIONS.indexOf('form-consent')).toBe(LATE_DEMOTIONS.indexOf('form-message') + 1);
  });
});

const STORY = [
  'The city garden club opened its new allotments by the river on Saturday, with forty plots for families who have no garden of their own.',
  'Each plot comes with a water butt and a small shed, and the club runs a course for beginners on the first Sunday of every month.',
  'The waiting list is already long, the club said, and a second field further up the river may be turned into plots next spring.',
  'Plot holders pay a small yearly fee that covers the water and the tools, and families on low incomes can ask the club to waive it.',
];
const CONSENT = 'By clicking Sign Me Up, you confirm you are 16 or older and agree to our Terms of Use and Privacy Policy.';
const CLOSING = 'By clicking on a plot on the club\'s map you can see who tends it and what grows there this year, the club\'s secretary said.';

/** A news story with a newsletter box between its paragraphs, inside the story's own element, and a closing sentence that talks about clicking. */
function articlePage(): string {
  return `<!doctype html><html><head><title>New allotments open by the river | City News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"New allotments open by the river"}</script></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article><h1>New allotments open by the river</h1><div class="article-body">
<p>${STORY[0]}</p><p>${STORY[1]}</p>
<div class="box"><p>Get the city's news every morning.</p><form><input type="email" name="email"><button>Sign Me Up</button></form><p>${CONSENT}</p></div>
<p>${STORY[2]}</p><p>${STORY[3]}</p><p>${CLOSING}</p></div></article></main>
<footer><p>City News. All rights reserved.</p></footer></body></html>`;
}

describe('a news story with a sign-up form between its paragraphs', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the consent line is navigation, the story and its sentence about clicking stay body', () => {
    const report = sifter.sift({ html: articlePage() });
    for (const text of [...STORY, CLOSING]) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    const consent = segmentWith(report, CONSENT.slice(0, 40));
    expect(consent?.label).toBe('navigation');
    expect(consent?.hits.map((h) => h.rule)).toContain(FORM_CONSENT.hit.rule);
  });
});
