import { describe, expect, it } from 'vitest';
import { SCRIPT_SHELL_MAX_CHARS, segmentPage } from '../src/segment/page.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * segmentPage: a script-rendered page's `<noscript>` fallback is read as page text when little
 * else is visible, and only then. Pages written for these tests (a forum thread shaped like a
 * Discourse crawler view).
 */

const POSTS = [
  'The nightly build broke the import of old project files for everyone on our team since Tuesday.',
  'Same here: files saved before March open empty, newer ones are fine. Rolling back fixed it for us.',
  'Confirmed on two machines. The changelog mentions a new file format, so the converter is the likely culprit.',
];

function shell(visible: string): string {
  return `<html><head><title>Import broken after update - Forum</title></head><body>
<div id="app">${visible}</div>
<noscript><div id="main-outlet"><div itemscope itemtype="http://schema.org/DiscussionForumPosting">
${POSTS.map((p, i) => `<div id="post_${i + 1}" class="topic-body"><span class="creator">user${i + 1}</span><div class="post"><p>${p}</p></div></div>`).join('\n')}
</div></div></noscript>
<noscript><img src="/pixel.gif" width="1" height="1"></noscript>
</body></html>`;
}

const texts = (html: string): string[] => segmentPage({ kind: 'html', text: html }).blocks.map((b) => b.text);
/** Visible text of exactly `n` characters outside <noscript>. */
const visible = (n: number): string => `<p>${'x'.repeat(n)}</p>`;

describe('segmentPage', () => {
  it('reads the <noscript> fallback of a page that shows nothing else', () => {
    const out = texts(shell(''));
    for (const post of POSTS) expect(out).toContain(post);
  });

  it(`reads it under ${SCRIPT_SHELL_MAX_CHARS} visible characters and not from ${SCRIPT_SHELL_MAX_CHARS} on`, () => {
    expect(texts(shell(visible(SCRIPT_SHELL_MAX_CHARS - 1)))).toContain(POSTS[0]);
    expect(texts(shell(visible(SCRIPT_SHELL_MAX_CHARS)))).not.toContain(POSTS[0]);
  });

  it('does not count the title toward the visible text', () => {
    const titled = shell('').replace('Import broken after update - Forum', 't'.repeat(SCRIPT_SHELL_MAX_CHARS + 10));
    expect(texts(titled)).toContain(POSTS[0]);
  });

  it('leaves text input alone', () => {
    expect(segmentPage({ kind: 'text', text: 'one\n<noscript>two</noscript>' }).blocks.map((b) => b.text)).toEqual(['one', '<noscript>two</noscript>']);
  });

  it('gives the posts of such a forum page to the body', async () => {
    const report = (await defaultSifter()).sift(shell(''));
    const body = report.segments.filter((s) => s.label === 'body').map((s) => s.text);
    for (const post of POSTS) expect(body).toContain(post);
  });
});
