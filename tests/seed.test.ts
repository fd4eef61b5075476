import { describe, expect, it } from 'vitest';
import type { Report } from '../src/index.js';
import { encodeWithNcr } from './helpers/encode.js';
import { defaultSifter, sample } from './helpers/sifter.js';

/**
 * The seed page (data/samples/hijacked-news.txt): a real news article whose title was replaced by
 * porn keywords and which got a spider-pool footer. Expected labels per line, as the issue states
 * them: line 1 and the 主站蜘蛛池模板 line spam; breadcrumb, 汽車測評更多>> and the run of related
 * headlines navigation; headline, byline and every paragraph body.
 */
const SEED = sample('hijacked-news.txt');
const SEED_LINES = SEED.split('\n');
const TITLE_LINE = 1;
const BREADCRUMB_LINE = 3;
const MORE_LINE = 35;
const RELATED_LINE = 37;
const FOOTER_LINE = 38;

function expectedLabel(lineNo: number): 'body' | 'navigation' | 'spam' {
  if (lineNo === TITLE_LINE || lineNo === FOOTER_LINE) return 'spam';
  if (lineNo === BREADCRUMB_LINE || lineNo === MORE_LINE || lineNo === RELATED_LINE) return 'navigation';
  return 'body';
}

const EXPECTED = SEED_LINES.map((text, i) => ({ text: text.trim(), lineNo: i + 1 }))
  .filter((l) => l.text !== '')
  .map((l) => ({ ...l, label: expectedLabel(l.lineNo) }));

/** The label of the segment holding `text` (whitespace-insensitive). */
function labelOf(report: Report, text: string): string | undefined {
  const squash = (s: string): string => s.replace(/\s+/g, '');
  const want = squash(text);
  const labels = new Set(report.segments.filter((s) => squash(s.text) === want).map((s) => s.label));
  return labels.size === 1 ? [...labels][0] : labels.size === 0 ? undefined : `mixed: ${[...labels].join(',')}`;
}

function expectSeedLabels(report: Report): void {
  const got = EXPECTED.map((l) => ({ line: l.lineNo, label: labelOf(report, l.text) }));
  expect(got).toEqual(EXPECTED.map((l) => ({ line: l.lineNo, label: l.label })));
  expect(report.verdict.spam).toBe(true);
}

describe('seed page as text', () => {
  it('labels every non-empty line as the issue says and flags the page', async () => {
    const sifter = await defaultSifter();
    const report = sifter.sift(SEED);
    expect(report.input.kind).toBe('text');
    // one segment per non-empty line, in order
    expect(report.segments.map((s) => s.text)).toEqual(EXPECTED.map((l) => l.text));
    expectSeedLabels(report);
    expect(report.verdict.categories).toEqual(expect.arrayContaining(['title-hijack', 'link-farm', 'porn']));
  });

  it('gives offsets that point at each segment in the input', async () => {
    const report = (await defaultSifter()).sift({ text: SEED });
    for (const segment of report.segments) expect(SEED.slice(segment.source.start, segment.source.end)).toBe(segment.text);
  });

  it('explains every spam segment with spam hits', async () => {
    const report = (await defaultSifter()).sift(SEED);
    for (const segment of report.segments.filter((s) => s.label === 'spam')) {
      expect(segment.hits.filter((h) => h.label === 'spam').length).toBeGreaterThan(0);
      expect(segment.scores.spam).toBeGreaterThanOrEqual(5);
    }
  });
});

describe('seed page as HTML', () => {
  const HTML = sample('hijacked-news.html');

  it('labels the same texts the same way', async () => {
    const report = (await defaultSifter()).sift(HTML);
    expect(report.input.kind).toBe('html');
    expectSeedLabels(report);
  });

  it('reads the same labels from GBK bytes and from Big5 bytes, with and without a charset declaration', async () => {
    const sifter = await defaultSifter();
    for (const charset of ['gbk', 'big5']) {
      const declared = HTML.replace('<meta charset="utf-8">', `<meta charset="${charset}">`);
      const undeclared = HTML.replace('<meta charset="utf-8">', '');
      for (const page of [declared, undeclared]) {
        const report = sifter.sift({ bytes: encodeWithNcr(page, charset) });
        // detection may name the GBK superset, GB18030
        expect(charset === 'gbk' ? ['gbk', 'gb18030'] : ['big5']).toContain(report.input.charset);
        expectSeedLabels(report);
      }
    }
  });
});

describe('seed page cleaned', () => {
  const headline = SEED_LINES[4]!.trim();
  const clean = [`${headline}_汽車測評_汽車頻道`, ...SEED_LINES.slice(1, FOOTER_LINE - 1)].join('\n');

  it('has no spam segment and a clean verdict', async () => {
    const report = (await defaultSifter()).sift(clean);
    expect(report.segments.filter((s) => s.label === 'spam')).toEqual([]);
    expect(report.verdict.spam).toBe(false);
    // weak page-level traces may remain (the byline gives a phone number as its source), below the threshold
    expect(report.verdict.score).toBeLessThan(report.verdict.threshold);
  });

  it('keeps the article body', async () => {
    const report = (await defaultSifter()).sift(clean);
    for (const line of EXPECTED.filter((l) => l.label === 'body')) expect(labelOf(report, line.text)).toBe('body');
  });

  it('as HTML with a real title and no footer, has no spam either', async () => {
    const html = sample('hijacked-news.html')
      .replace(/<title>[^<]*<\/title>/, `<title>${headline} - 汽車頻道</title>`)
      .replace(/<div class="footer">[^]*?<\/div>/, '');
    const report = (await defaultSifter()).sift(html);
    expect(report.segments.filter((s) => s.label === 'spam')).toEqual([]);
    expect(report.verdict.spam).toBe(false);
  });
});
