import { describe, expect, it } from 'vitest';
import { isTemplatePage, TEMPLATE_PAGE_HIT, templateFilling, type TemplateInput } from '../src/classify/template-page.js';
import { createSifter } from '../src/index.js';
import type { RuleHit } from '../src/rules/engine.js';

/**
 * Template pages (classify/template-page.ts): a spam rule marked `"template": true` that labels a
 * segment spam makes the page's other segments spam, navigation excepted. Pages written for this
 * test.
 */

const templateHit: RuleHit = { rule: 'spam.demo-template', label: 'spam', score: 6, description: 'a template phrase', template: true };
const plainSpamHit: RuleHit = { rule: 'spam.demo-topic', label: 'spam', score: 6, description: 'a topic rule' };

describe('isTemplatePage', () => {
  it('is a template page when a template rule labelled a segment spam', () => {
    const segments: TemplateInput[] = [{ label: 'spam', hits: [templateHit] }, { label: 'body', hits: [] }];
    expect(isTemplatePage(segments)).toBe(true);
  });
  it('is not when the rule that labelled it spam is not a template rule (an injected casino plug)', () => {
    expect(isTemplatePage([{ label: 'spam', hits: [plainSpamHit] }, { label: 'body', hits: [] }])).toBe(false);
  });
  it('is not when the segment with the template hit was not labelled spam (outscored by body rules)', () => {
    expect(isTemplatePage([{ label: 'body', hits: [templateHit] }, { label: 'body', hits: [] }])).toBe(false);
  });
});

describe('templateFilling', () => {
  it('turns body and undecided segments, never navigation or what is spam already', () => {
    const segments: TemplateInput[] = [
      { label: 'navigation', hits: [] },
      { label: 'spam', hits: [templateHit] },
      { label: 'body', hits: [] },
      { label: undefined, hits: [] },
    ];
    expect(templateFilling(segments)).toEqual([2, 3]);
  });
});

describe('a search-capture page through the pipeline', async () => {
  const sifter = await createSifter();
  const html = [
    '<!doctype html><html><head><title>Blog Teknologi Kita</title></head><body>',
    '<nav><a href="/">Beranda</a> <a href="/kontak">Kontak</a> <a href="/tentang">Tentang Kami</a></nav>',
    "<h1>Search results for ''cara merawat sepatu kulit agar awet''</h1>",
    '<p>Tips Merawat Tas Kulit. Tas kulit yang baik harus dibersihkan setiap minggu dengan kain lembut agar tidak berjamur dan warnanya tetap cerah …</p>',
    '<p>Cara Membuat Kue Bolu Kukus. Bahan yang dibutuhkan antara lain tepung terigu, gula pasir, telur dan soda kue yang diaduk rata sampai mengembang ...</p>',
    '</body></html>',
  ].join('');
  const report = sifter.sift({ html });
  const labelOf = (start: string): string | undefined => report.segments.find((s) => s.text.startsWith(start))?.label;

  it('is spam, the heading by the template rule and the snippets as its filling', () => {
    expect(report.verdict.spam).toBe(true);
    expect(labelOf('Search results for')).toBe('spam');
    const snippet = report.segments.find((s) => s.text.startsWith('Tips Merawat'));
    expect(snippet?.label).toBe('spam');
    expect(snippet?.hits.map((h) => h.rule)).toContain(TEMPLATE_PAGE_HIT.rule);
  });
  it('keeps the site menu as navigation', () => {
    expect(labelOf('Beranda')).toBe('navigation');
  });
  it('leaves the snippets body when the heading does not fire (no snippet cut)', () => {
    const none = sifter.sift({ html: html.replace('mengembang ...', 'mengembang.').replace('cerah …', 'cerah.') });
    expect(none.verdict.spam).toBe(false);
    expect(none.segments.find((s) => s.text.startsWith('Tips Merawat'))?.label).toBe('body');
  });
});
