import { describe, expect, it } from 'vitest';
import { siteHost } from '../benchmarks/eval/page.js';
import { parseTruth } from '../benchmarks/eval/truth.js';

describe('siteHost (the site of a per-page eval record)', () => {
  it.each([
    ['https://www.example-shop.test/p/blue-kettle?ref=1', 'example-shop.test'],
    ['https://Shop.Example.test/collections/mugs', 'shop.example.test'],
    ['http://wwwexample.test/', 'wwwexample.test'],
    ['https://www.sub.example.test', 'sub.example.test'],
  ])('%s → %s', (url, host) => {
    expect(siteHost(url)).toBe(host);
  });
  it.each([[null], ['not a url'], ['']])('%j → null', (url) => {
    expect(siteHost(url)).toBeNull();
  });
});

describe('parseTruth url', () => {
  const base = { input: 'page.html', lang: 'en', body: 'text', snippets: null, spam: [], pageSpam: false };
  it('keeps a string url', () => {
    expect(parseTruth(JSON.stringify({ ...base, url: 'https://a.test/x' }), 't').url).toBe('https://a.test/x');
  });
  it('is null without one or when it is not a string', () => {
    expect(parseTruth(JSON.stringify(base), 't').url).toBeNull();
    expect(parseTruth(JSON.stringify({ ...base, url: 7 }), 't').url).toBeNull();
  });
});
