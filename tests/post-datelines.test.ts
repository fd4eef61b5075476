import { beforeAll, describe, expect, it } from 'vitest';
import { DATELINE_HIT, DATELINE_MAX_CHARS } from '../src/classify/dateline.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findPostDatelines, POST_DATELINE_HIT, type PostDatelineInput } from '../src/classify/post-datelines.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/post-datelines.ts: a short dated line at the path shape of the dateline under the
 * headline (dateline.ts), after it, is the dateline of a later post and stays body. The pages
 * below were written for these tests.
 */

const META = 'body>div#topic>div#post_1>div.post-meta>span';
const seg = (path: string | undefined, overrides: Partial<PostDatelineInput> = {}): PostDatelineInput => ({ path, isBody: true, chars: 40, dated: true, ...overrides });
const first = seg(META);
const text = seg('body>div#topic>div#post_1>div.post>p', { dated: false, chars: 400 });
const later = (overrides: Partial<PostDatelineInput> = {}, post = 7): PostDatelineInput => seg(`body>div#topic>div#post_${post}>div.post-meta>span`, overrides);

describe('findPostDatelines: must fire', () => {
  const cases: [string, PostDatelineInput[], number[], number[]][] = [
    ['the same slot in a later post (digits differ)', [first, text, later()], [0], [2]],
    ['the same slot in every later post', [first, text, later({}, 2), text, later({}, 13)], [0], [2, 4]],
    [`a line of exactly DATELINE_MAX_CHARS (${DATELINE_MAX_CHARS}) characters`, [first, text, later({ chars: DATELINE_MAX_CHARS })], [0], [2]],
  ];
  for (const [name, segments, datelines, expected] of cases) it(name, () => expect(findPostDatelines(segments, datelines)).toEqual(expected));
});

describe('findPostDatelines: must not fire', () => {
  const cases: [string, PostDatelineInput[], number[]][] = [
    ['a page without a dateline', [first, text, later()], []],
    [`a line of DATELINE_MAX_CHARS + 1 characters`, [first, text, later({ chars: DATELINE_MAX_CHARS + 1 })], [0]],
    ['a line without a date', [first, text, later({ dated: false })], [0]],
    ['a line the first pass does not call body', [first, text, later({ isBody: false })], [0]],
    ['a dated line at another path (a sidebar)', [first, text, seg('body>aside.sidebar>div.post-meta>span')], [0]],
    ['a dated line in another slot of the post', [first, text, seg('body>div#topic>div#post_7>div.post>p')], [0]],
    ['the same slot before the dateline', [later(), first, text], [1]],
    ['a line without a path', [first, text, seg(undefined)], [0]],
  ];
  for (const [name, segments, datelines] of cases) it(name, () => expect(findPostDatelines(segments, datelines)).toEqual([]));

  it('the dateline itself is not returned again', () => expect(findPostDatelines([first, later()], [0, 1])).toEqual([]));
});

const TITLE = 'Garden shed roof keeps leaking after rain';
const POSTS: { who: string; when: string; text: string }[] = [
  { who: 'hollyfern', when: 'March 3, 2025, 9:12am', text: 'Every time it rains the back corner of my shed roof drips onto the workbench. I replaced the felt last autumn and sealed the edges, so I am not sure where the water is still getting in. Has anyone had the same trouble?' },
  { who: 'oakandash', when: 'March 3, 2025, 10:40am', text: 'Check the flashing where the roof meets the back wall. On my shed the felt was fine but the strip along the wall had lifted, and water ran down behind it straight onto the bench below.' },
  { who: 'hollyfern', when: 'March 4, 2025, 7:05pm', text: 'That was it. The strip had pulled away by almost a centimetre. I nailed it back down, ran a bead of sealant along the top and the bench stayed dry through last night, thank you.' },
];

/** A thread in Discourse's crawler layout: the headline, then one div per post (the replies marked itemprop="comment"), each with its meta line (poster, date) and its text. */
function thread(sidebar = ''): string {
  const posts = POSTS.map((p, i) => `<div id="post_${i + 1}"${i > 0 ? ' itemprop="comment" itemscope itemtype="http://schema.org/Comment"' : ''} class="topic-body crawler-post">
  <div class="crawler-post-meta">
    <span class="creator" itemprop="author"><a itemprop="url" href="/u/${p.who}"><span itemprop="name">${p.who}</span></a></span>
    <span class="crawler-post-infos"><time itemprop="datePublished">${p.when}</time> <span>${i + 1}</span></span>
  </div>
  <div class="post"><p>${p.text}</p></div>
</div>`).join('\n');
  return `<!doctype html><html><head><title>${TITLE} - Sheds - Garden Forum</title></head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/latest">Latest</a> <a href="/top">Top</a></nav></header>
<div id="main-outlet" itemscope itemtype="http://schema.org/DiscussionForumPosting"><div id="topic-title"><h1>${TITLE}</h1></div>
${posts}
</div>
<aside class="sidebar">${sidebar}<p>Welcome to the garden forum, be kind to each other.</p></aside>
</body></html>`;
}

function segmentOf(report: Report, phrase: string): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.source.kind !== 'title' && s.text.includes(phrase));
}
const rules = (segment: Report['segments'][number] | undefined): string[] => segment?.hits.map((h) => h.rule) ?? [];

describe('the dateline of every post, through the sifter', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('keeps the first post\'s meta line as the dateline and every later post\'s as a post dateline', () => {
    const report = sifter.sift({ html: thread() });
    const firstLine = segmentOf(report, POSTS[0]!.when);
    expect(firstLine?.label).toBe('body');
    expect(rules(firstLine)).toContain(DATELINE_HIT.rule);
    for (const p of POSTS.slice(1)) {
      const line = segmentOf(report, p.when);
      expect(line?.label).toBe('body');
      expect(rules(line)).toContain(POST_DATELINE_HIT.rule);
      expect(rules(line)).not.toContain(OUTSIDE_MAIN_HIT.rule);
    }
  });

  it('does not keep a dated line of the sidebar', () => {
    const note = 'Forum maintenance on March 9, 2025, 8:00am';
    const report = sifter.sift({ html: thread(`<div class="crawler-post-meta"><span>${note}</span></div>`) });
    const line = segmentOf(report, note);
    expect(line).toBeDefined();
    expect(rules(line)).not.toContain(POST_DATELINE_HIT.rule);
    expect(line?.label).not.toBe('body');
  });
});
