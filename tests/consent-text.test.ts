import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_TEXT_HIT, inConsentText, isConsentTextToken, type ConsentTextCues } from '../src/classify/consent-text.js';
import { DATA_DIR } from '../src/data-dir.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * classify/consent-text.ts: a consent manager's banner and preference text is not the page's body,
 * on any page type; a page's own text about cookies is. The pages below were written for these tests.
 */

const shipped = JSON.parse(readFileSync(join(DATA_DIR, 'cues', 'class-names.json'), 'utf8')) as ConsentTextCues;
const cues: ConsentTextCues = { consentText: shipped.consentText };

describe('isConsentTextToken: the shipped list (data/cues/class-names.json consentText)', () => {
  const cases: [string, boolean][] = [
    ['consent', true],
    ['cookieconsent', true],
    ['consentmanager', true],
    ['gdpr', true],
    ['moovegdpr', true],
    // consent managers by name (session 36): Europe's sites name their banners after the vendor, in no
    // language's words — iubenda (Italy), tarteaucitron and axeptio (France), Borlabs and Usercentrics
    // (Germany), Didomi, OneTrust, Cookiebot (div#CybotCookiebotDialog), Complianz (cmplz), Osano
    ['iubenda', true],
    ['tarteaucitronroot', true],
    ['axeptio', true],
    ['borlabscookie', true],
    ['usercentrics', true],
    ['didomi', true],
    ['onetrust', true],
    ['cybotcookiebotdialog', true],
    ['cmplz', true],
    ['osano', true],
    // cookie alone is no consent manager: a docs section on cookies, a "cookies are disabled" notice
    ['cookie', false],
    ['cookies', false],
    ['privacy', false],
    // never in the middle of a token
    ['inconsentient', false],
    // words that hold a vendor's letters elsewhere are not cues
    ['trustees', false],
    ['sticky', false],
  ];
  it.each(cases)('%s: %s', (token, expected) => {
    expect(isConsentTextToken(token, cues)).toBe(expected);
  });
});

describe('inConsentText: any recorded cue group of a block', () => {
  const cases: [string, string[][], boolean][] = [
    ['GDPR Cookie Compliance: div.moove-gdpr-tab-main-content > p', [['moove', 'gdpr', 'tab', 'main', 'content'], ['privacy', 'overview'], ['main', 'modal', 'content']], true],
    ['a shop\'s div#cookie-consent > p, far up', [['equipment', 'gray'], ['cookie', 'consent']], true],
    ['a docs section on cookies: section#cookies > p', [['cookies'], ['accessing', 'request', 'data'], ['quickstart'], ['body']], false],
    ['a store\'s div#cookie-status notice', [['cookie', 'status'], ['html', 'body']], false],
    ['no cues', [], false],
  ];
  it.each(cases)('%s', (_name, groups, expected) => {
    expect(inConsentText(groups, cues)).toBe(expected);
  });
});

const ARTICLE = [
  'The city council voted on Tuesday to extend the opening hours of the central library until ten in the evening on weekdays.',
  'The change follows a survey in which most students asked for longer hours during the exam period, the council said in a statement.',
  'The library will hire four more staff members, paid for from the culture budget, and the new hours start at the beginning of next month.',
];
const BANNER = 'This website uses cookies so that we can provide you with the best user experience possible and remember your choices.';
const DOCS_COOKIES = 'To read the cookies a browser sent with a request, use the cookies attribute of the request object, which is a dictionary of names and values.';

function page(withBanner: boolean): string {
  // the banner in the page's flow, inside the story's container (as a shop's div#cookie-consent or a
  // plugin's panel is rendered where the theme puts it)
  const banner = withBanner ? `<div id="privacy_overview"><div class="moove-gdpr-tab-main-content"><p>${BANNER}</p></div></div>` : '';
  return `<!doctype html><html><head><title>Library to open until ten in the evening | City News</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav></header>
<div class="story"><h1>Library to open until ten in the evening</h1><div class="story-text">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}${banner}</div></div>
<footer><p>City News. All rights reserved.</p></footer></body></html>`;
}

function docsPage(): string {
  return `<!doctype html><html><head><title>Quickstart — Web Framework Documentation</title></head><body>
<div class="documentwrapper"><div class="body"><section id="quickstart"><h1>Quickstart</h1><p>${ARTICLE[0]}</p>
<section id="cookies"><h2>Cookies</h2><p>${DOCS_COOKIES}</p><p>${ARTICLE[1]}</p></section></section></div></div></body></html>`;
}

describe('consent text on written pages', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a GDPR banner\'s paragraph is navigation, the article stays body', () => {
    const report = sifter.sift({ html: page(true) });
    const banner = segmentWith(report, BANNER.slice(0, 40));
    expect(banner?.label).toBe('navigation');
    expect(banner?.hits.map((h) => h.rule)).toContain(CONSENT_TEXT_HIT.rule);
    for (const p of ARTICLE) expect(segmentWith(report, p.slice(0, 40))?.label, p).toBe('body');
  });

  it.each([
    ['iubenda', '<div id="iubenda-cs-banner"><div class="iubenda-cs-content"><div id="iubenda-cs-paragraph"><p class="iub-p">'],
    ['tarteaucitron', '<div id="tarteaucitronRoot"><div id="tarteaucitronAlertBig"><p id="tarteaucitronDisclaimerAlert">'],
    ['Didomi', '<div id="didomi-notice"><div class="didomi-notice-text-wrap"><p class="didomi-notice-text">'],
  ])('a %s banner\'s paragraph is navigation, the article stays body', (_vendor, open) => {
    const close = '</p>' + '</div>'.repeat((open.match(/<div/g) ?? []).length);
    const html = page(false).replace('</div></div>\n<footer>', `${open}${BANNER}${close}</div></div>\n<footer>`);
    expect(html).toContain(BANNER);
    const report = sifter.sift({ html });
    const banner = segmentWith(report, BANNER.slice(0, 40));
    expect(banner?.label).toBe('navigation');
    expect(banner?.hits.map((h) => h.rule)).toContain(CONSENT_TEXT_HIT.rule);
    for (const p of ARTICLE) expect(segmentWith(report, p.slice(0, 40))?.label, p).toBe('body');
  });

  it('a documentation section on cookies stays body', () => {
    const report = sifter.sift({ html: docsPage() });
    const segment = segmentWith(report, DOCS_COOKIES.slice(0, 40));
    expect(segment?.label).toBe('body');
    expect(segment?.hits.map((h) => h.rule)).not.toContain(CONSENT_TEXT_HIT.rule);
  });
});
