import { beforeAll, describe, expect, it } from 'vitest';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';
import { RIVER_ARTICLE } from './helpers/river-article.js';

/** segment/place.ts: a syntax highlighter's classes inside <pre>/<code> are not the page's cues. */
describe('a code block in an article', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  const code = (highlighted: string): string =>
    '<html><head><title>The bridge log</title></head><body><main><article class="post"><h1>The bridge log</h1>' +
    RIVER_ARTICLE.map((text) => `<p>${text}</p>`).join('') +
    `<pre>${highlighted}</pre>` +
    '</article></main></body></html>';

  it.each([
    ['highlight.js', '<code class="hljs language-bash"><span class="hljs-comment"># fetch the survey of the old beams and keep a copy</span>\ncurl -O https://example.org/bridge/survey.csv\nwc -l survey.csv</code>'],
    ['Prism', '<code class="language-bash"><span class="token comment"># fetch the survey of the old beams and keep a copy</span>\ncurl -O https://example.org/bridge/survey.csv\nwc -l survey.csv</code>'],
  ])('is body when its first line is a comment (%s)', (_name, highlighted) => {
    const report = sifter.sift({ html: code(highlighted) });
    const block = report.segments.find((s) => s.text.startsWith('# fetch the survey'));
    expect(block?.label).toBe('body');
    expect(block?.hits.some((h) => h.rule === 'nav.comment-cue')).toBe(false);
  });
});
