import { beforeAll, describe, expect, it } from 'vitest';
import { inCodeBlock, isPastedLog, PASTED_LOG_HIT, PASTED_LOG_MIN_CHARS } from '../src/classify/pasted-log.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/pasted-log.ts: on a page typed forum, a long code block (a pasted build log, a stack
 * dump) is not the thread's body. The pages below were written for these tests.
 */

describe('inCodeBlock: a path through <pre> or <code>', () => {
  const cases: [string, string | undefined, boolean][] = [
    ['a <pre> with a class', 'html>body>div#post-1>div.post>pre.lang-auto>code', true],
    ['inline <code> in a paragraph', 'html>body>div#post-1>div.post>p>code', true],
    ['a bare <pre>', 'html>body>main>pre', true],
    ['a paragraph', 'html>body>div#post-1>div.post>p', false],
    ['a class that only begins with code (div.codebox)', 'html>body>div#post-1>div.codebox>p', false],
    ['an id that says pre (div#pre-footer)', 'html>body>div#pre-footer>p', false],
    ['no path (plain text)', undefined, false],
  ];
  it.each(cases)('%s', (_name, path, expected) => {
    expect(inCodeBlock(path)).toBe(expected);
  });
});

describe('isPastedLog: a code block of PASTED_LOG_MIN_CHARS characters or more', () => {
  const code = 'html>body>div#post-1>div.post>pre>code';
  it.each([
    [PASTED_LOG_MIN_CHARS, code, true],
    [PASTED_LOG_MIN_CHARS - 1, code, false],
    [PASTED_LOG_MIN_CHARS * 4, 'html>body>div#post-1>div.post>p', false],
  ])('%i characters at %s: %s', (chars, path, expected) => {
    expect(isPastedLog(path, chars)).toBe(expected);
  });
});

const QUESTION = [
  'Since this morning every deploy of my site fails at the build step, although nothing in the repository changed since the last good deploy on Friday.',
  'The build runs for about two minutes and then stops with an error about a missing module. I have cleared the cache and tried again twice, with the same result.',
];
const ANSWERS = [
  'The runtime image was updated on Monday and the old Node version is gone. Set the version in your settings to the current one and deploy again; that fixed it for me.',
  'Same here. Pinning the version in the project file worked as well, and the build is a little faster now than it was before the update.',
];

/** A log of `lines` lines, as a build prints it. */
function log(lines: number): string {
  return Array.from({ length: lines }, (_, i) => `6:51:${String(i % 60).padStart(2, '0')} AM: step ${i + 1} of ${lines}: resolving packages from the registry cache`).join('\n');
}

function post(n: number, author: string, paragraphs: readonly string[], code?: string): string {
  const pre = code === undefined ? '' : `<pre><code>${code}</code></pre>`;
  return `<div class="message" id="post-${n}"><div class="message-user"><a href="/u/${author}">${author}</a></div><div class="message-body">${paragraphs.map((p) => `<p>${p}</p>`).join('')}${pre}</div></div>`;
}

function thread(code: string): string {
  return `<!doctype html><html><head><title>Deploy fails at the build step | Hosting Community</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/forums">Forums</a></li><li><a href="/latest">Latest</a></li></ul></nav></header>
<div class="thread"><h1>Deploy fails at the build step</h1>${post(1, 'siteowner', QUESTION, code)}${post(2, 'helper', ANSWERS.slice(0, 1))}${post(3, 'another', ANSWERS.slice(1))}</div>
<footer><p>Powered by forum software. Terms of service. Privacy policy.</p></footer></body></html>`;
}

function codeSegment(report: Report): Report['segments'][number] | undefined {
  return report.segments.find((s) => s.text.includes('resolving packages'));
}

describe('a help thread with a log in its first post', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  it('a long log is navigation, the posts stay body', () => {
    const report = sifter.sift({ html: thread(log(60)) });
    expect(report.pageType.type).toBe('forum');
    const segment = codeSegment(report);
    expect(segment?.text.length).toBeGreaterThanOrEqual(PASTED_LOG_MIN_CHARS);
    expect(segment?.label).toBe('navigation');
    expect(segment?.hits.map((h) => h.rule)).toContain(PASTED_LOG_HIT.rule);
    for (const p of [...QUESTION, ...ANSWERS]) expect(report.segments.find((s) => s.text.includes(p.slice(0, 40)))?.label, p).toBe('body');
  });

  it('a few lines of a log are left as the classifier called them', () => {
    const report = sifter.sift({ html: thread(log(3)) });
    expect(report.pageType.type).toBe('forum');
    const segment = codeSegment(report);
    expect(segment?.text.length).toBeLessThan(PASTED_LOG_MIN_CHARS);
    expect(segment?.hits.map((h) => h.rule)).not.toContain(PASTED_LOG_HIT.rule);
  });
});
