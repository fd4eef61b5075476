import { beforeAll, describe, expect, it } from 'vitest';
import { isProfileField, loadProfileFields, PROFILE_FIELD_HIT, PROFILE_FIELD_MAX_WORDS } from '../src/classify/profile-field.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/profile-field.ts: on a page typed forum, a line of a poster's user card ("Joined: …",
 * "Posts: 98") is not the thread's body. The texts and pages below were written for these tests.
 */

const fields = loadProfileFields();

describe('isProfileField: the shipped field names (data/cues/profile-fields.json)', () => {
  const cases: [string, boolean][] = [
    // a field name, a colon, a value
    ['Joined: Mon Jan 18, 2016 4:51 pm', true],
    ['Joined: 4. Jul 2012, 16:09', true],
    ['Join Date: Mar 2009', true],
    ['join   date : Mar 2009', true],
    ['Posts: 98', true],
    ['Posts : 16074', true],
    ['Location: United Kingdom', true],
    ['Registered: 2019-04-02', true],
    ['Member since: 2011', true],
    ['Reaction score: 1,204', true],
    ['From: Hamburg, Germany', true],
    ['  Messages: 3,120', true],
    // not a known field name
    ['Last edited by someone (2024-08-03 11:02:20)', false],
    ['Last edited: Jul 6, 2024', false],
    ['Re: Game crashes when loading a save', false],
    ['Note: back up your saves first', false],
    ['Price: $21.00', false],
    ['Likes: 3', false],
    // a field name without a colon and a value
    ['Joined', false],
    ['Joined:', false],
    ['Posts 98', false],
    ['Registered User', false],
    ['Location is important depending on your site and your visitors.', false],
    // the field name must come first
    ['My location: the garage, most evenings', false],
    ['The posts: all of them were moved to the new board', false],
  ];
  it.each(cases)('%s: %s', (text, expected) => {
    expect(isProfileField(text, fields)).toBe(expected);
  });

  // the word limit, both sides: the field name counts
  const words = (n: number): string => ['Location:', ...Array.from({ length: n - 1 }, (_, i) => `place${i}`)].join(' ');
  it.each([
    [PROFILE_FIELD_MAX_WORDS, true],
    [PROFILE_FIELD_MAX_WORDS + 1, false],
  ])('a Location line of %i words: %s', (n, expected) => {
    expect(isProfileField(words(n), fields)).toBe(expected);
  });
});

const POSTS = [
  'Since the last firmware update the router drops the wireless connection every evening, and only a restart brings it back for a while.',
  'I saw the same thing on mine. Turning off the automatic channel selection in the wireless settings and picking channel six fixed it here.',
  'That worked for me as well, thank you. The connection has stayed up for three evenings now and the speed is back to normal too.',
];
const POSTERS = ['firstposter', 'secondposter', 'thirdposter'];
const JOINED = ['Joined: Mon Jan 18, 2016 4:51 pm', 'Joined: Thu Aug 27, 2020 2:37 pm', 'Joined: Sun Dec 28, 2014 3:02 pm'];
const POST_COUNTS = ['Posts: 98', 'Posts: 1455', 'Posts: 16074'];
const LOCATIONS = ['Location: United Kingdom', 'Location: An Ant Farm', 'Location: Kooskia'];

function post(n: number): string {
  return `<div class="post has-profile" id="p${n}"><div class="inner"><dl class="postprofile"><dt><a href="/u/${POSTERS[n]}">${POSTERS[n]}</a></dt>`
    + `<dd class="profile-posts"><strong>${POST_COUNTS[n]}</strong></dd><dd class="profile-joined"><strong>${JOINED[n]}</strong></dd>`
    + `<dd class="profile-custom-field"><strong>${LOCATIONS[n]}</strong></dd></dl>`
    + `<div class="postbody"><div class="content">${POSTS[n]}</div></div></div></div>`;
}

function thread(): string {
  return `<!doctype html><html><head><title>Router drops the wireless connection | Home Network Forum</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Router drops the wireless connection</h1>${POSTS.map((_, i) => post(i)).join('')}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

function segmentWith(report: Report, text: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.text.includes(text));
}

describe('a thread with a user card beside every post', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('the user-card lines are navigation, the posts stay body', () => {
    const report = sifter.sift({ html: thread() });
    expect(report.pageType.type).toBe('forum');
    for (const text of POSTS) expect(segmentWith(report, text.slice(0, 40))?.label, text).toBe('body');
    for (const text of [...JOINED, ...POST_COUNTS, ...LOCATIONS]) {
      const segment = segmentWith(report, text);
      expect(segment?.label, text).not.toBe('body');
    }
    // the dated lines read as body without the pass (body.punctuated, under the post's element)
    for (const text of JOINED) expect(segmentWith(report, text)?.hits.map((h) => h.rule), text).toContain(PROFILE_FIELD_HIT.rule);
  });
});

const ARTICLE = [
  'The city council voted on Tuesday to extend the opening hours of the central library until ten in the evening on weekdays.',
  'The change follows a survey in which most students asked for longer hours during the exam period, the council said in a statement.',
  'The library will hire four more staff members, paid for from the culture budget, and the new hours start at the beginning of next month.',
];
const ARTICLE_LOCATION = 'Location: Central Library, Main Street';

function article(): string {
  return `<!doctype html><html><head><title>Library to open until ten in the evening | City News</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li><li><a href="/culture">Culture</a></li></ul></nav></header>
<main><article><h1>Library to open until ten in the evening</h1><div class="article-body">${ARTICLE.map((p) => `<p>${p}</p>`).join('')}<p>${ARTICLE_LOCATION}</p></div></article></main>
<footer><p>City News. All rights reserved.</p></footer></body></html>`;
}

describe('the same line on a page that is not a forum', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('an article\'s "Location:" line is not given the hit', () => {
    const report = sifter.sift({ html: article() });
    expect(report.pageType.type).not.toBe('forum');
    const segment = segmentWith(report, ARTICLE_LOCATION);
    expect(segment?.hits.map((h) => h.rule)).not.toContain(PROFILE_FIELD_HIT.rule);
  });
});
