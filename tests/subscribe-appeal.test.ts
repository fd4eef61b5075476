import { beforeAll, describe, expect, it } from 'vitest';
import { SUBSCRIBE_APPEAL, SUBSCRIBE_APPEAL_MAX_CHARS, SUBSCRIBE_APPEAL_PAGE_TYPES } from '../src/classify/subscribe-appeal.js';
import type { Sifter } from '../src/index.js';
import { FOOTBRIDGE_HEADLINE, FOOTBRIDGE_STORY, footbridgeArticle, footbridgePage } from './helpers/footbridge-story.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/subscribe-appeal.ts: on an article or a listing, the site's appeal to follow it ("Sign
 * up for our newsletter", "… delivered to your inbox", "Follow us on Instagram") is navigation.
 * The lines and the page below were written for these tests.
 */

const fire: string[] = [
  // newsletter-sign-up: opens a sentence
  'Sign up for our newsletter.',
  'The Valley Courier covers one town. Sign up for our newsletters to have the week in one email.',
  'Subscribe to our mailing list for walks, maps and news of the footpaths.',
  'signup for Email Updates',
  'Like this story? Subscribe to our blog and never miss a council meeting.',
  'Just sign up below for weekly updates from the market square.',
  // inbox-delivery
  'Get the latest stories from the valley delivered to your inbox.',
  'The best of the Courier, delivered right to your inbox every morning',
  'Want updates to your inbox?',
  // follow-on-social: a named network
  'Follow us on Instagram for photographs of the bridge works.',
  'Want more walks? Follow the Valley Courier on Facebook, Pinterest and YouTube.',
  // support-appeal
  'Support us! The Courier is written by volunteers.',
  'Walks like this one are funded by readers like you.',
  'Please support us with a small gift.',
  'Become a paid subscriber to read the full survey of the bridge.',
];
const stay: string[] = [
  // the article's own sentences: not at a sentence's start
  'Residents can sign up for free updates on the works at the town hall, the clerk said.',
  'Watch the forecast, follow the river gauges, subscribe to flood warnings and keep sandbags ready.',
  'She said she had followed the works on Instagram since the spring.',
  // no network named, no inbox
  'Follow the towpath on the left bank until you reach the mill.',
  'Follow the spacing rules on the back of the seed packet.',
  'A confirmation will be sent to your email within a day.',
  'Sign up sheets for the volunteers were left at the library.',
  'Would you like to see the old bridge again? Many residents would.',
  'If you liked the old bridge, the new one keeps its stone piers.',
  // a reporter's contact line is the story's byline (the readability set's gold keeps it)
  'Jane Doe covers the council for the Courier. Follow her on Twitter @janedoe or email her.',
  // the article's own sentences about support and membership
  'The villagers support our plan, the mayor said, and the council voted for it.',
  'Become a member of the library and you can borrow the old maps of the bridge.',
  'The family raised the money by donating their prize to the repair fund.',
  // patterns measured on fewer than three sites, not in the list
  'Would you like to receive notifications about new posts?',
  'If you liked this walk, please share it!',
  '',
];
const head = 'Sign up for our newsletter. ';
const at = head + 'x'.repeat(SUBSCRIBE_APPEAL_MAX_CHARS - head.length);
describeShortLineRule('SUBSCRIBE_APPEAL', SUBSCRIBE_APPEAL, { fire, stay, bound: { at, over: `${at}x` } }, () => {
  it('runs on articles and listings only', () => {
    expect([...SUBSCRIBE_APPEAL_PAGE_TYPES].sort()).toEqual(['article', 'listing']);
  });
});

describe('a newsletter appeal under a written story', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const APPEAL = 'Get the latest news from the valley delivered to your inbox every Friday.';
  const page = (end: string): string => footbridgePage(`<main>${footbridgeArticle(end)}</main>`);

  it('the appeal at the story\'s end is navigation and the story stays body', () => {
    const html = page(`<p>${APPEAL}</p>`);
    const { type, label, rules } = segmentOf(sifter, html, APPEAL);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(SUBSCRIBE_APPEAL.hit.rule);
    for (const p of FOOTBRIDGE_STORY) expect(segmentOf(sifter, html, p).label).toBe('body');
    expect(segmentOf(sifter, html, FOOTBRIDGE_HEADLINE).label).toBe('body');
  });

  it('a sentence of the story that mentions signing up stays body, with no appeal hit', () => {
    const line = 'Residents can sign up for free updates on the works at the town hall, the clerk said, and the first notice will go out in May.';
    const { label, rules } = segmentOf(sifter, page(`<p>${line}</p>`), line);
    expect(label).toBe('body');
    expect(rules).not.toContain(SUBSCRIBE_APPEAL.hit.rule);
  });
});
