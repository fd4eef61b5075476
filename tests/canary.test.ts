import { describe, expect, it } from 'vitest';
import { CANARY } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/** The canary (GTUBE-style) must produce a spam segment and a spam verdict wherever it appears. */
describe('canary', () => {
  const pages: [string, string | Uint8Array][] = [
    ['a text line', `An ordinary sentence about the weather.\n${CANARY}\n`],
    ['inside a paragraph of clean HTML', `<html><body><h1>Weather</h1><p>Sunny today. ${CANARY} More sun tomorrow.</p></body></html>`],
    ['in the title', `<html><head><title>${CANARY}</title></head><body><p>x</p></body></html>`],
    ['full-width and lower-case', `<p>${[...CANARY.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('')}</p>`],
    ['as UTF-16LE bytes with a BOM', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...`<p>${CANARY}</p>`].map((c) => c.charCodeAt(0))).buffer)])],
  ];

  it.each(pages)('fires %s', async (_name, page) => {
    const report = (await defaultSifter()).sift(page);
    const spam = report.segments.filter((s) => s.label === 'spam');
    expect(spam.length).toBeGreaterThan(0);
    expect(spam.some((s) => s.hits.some((h) => h.rule === 'spam.canary'))).toBe(true);
    expect(report.verdict.spam).toBe(true);
    expect(report.verdict.categories).toContain('canary');
  });

  it('does not fire on a near miss (one character changed) or glued into a longer word', async () => {
    const sifter = await defaultSifter();
    const nearMiss = CANARY.replace('7Q4V', '7Q4W');
    for (const text of [`Some text ${nearMiss} here.`, `Some text X${CANARY}Y here.`]) {
      const report = sifter.sift({ text });
      expect(report.segments.some((s) => s.hits.some((h) => h.rule === 'spam.canary'))).toBe(false);
      expect(report.verdict.spam).toBe(false);
    }
  });
});
