/**
 * Host names shown as text, as a results page shows each result's address: "…多位醫學中心主任
 * www.iqlasik.org.tw", "牛仔五分中褲md-mall.com.tw/product.asp?page=2". A page built from the
 * results of a search engine for one query keeps that address after every snippet, so it names
 * many sites; a page of one site names itself, and a written page cites a site or two. Read by
 * the rule spam.scraped-results with `page.queryShare` (query-share.ts).
 *
 * A shown host name stands alone: it is not inside a link's address ("http://", "/", "@", "=")
 * nor part of a longer word; a path may follow it. Top-level domains are those of the labelled
 * pool's pages (generic ones and the Chinese, Japanese and Taiwanese country codes): a file name
 * ("setup.exe", "index.html") is not a host.
 */
// bounded repetitions (labels of 1–63 characters, at most 6 of them before the top-level domain)
// keep the scan linear; the lookbehinds keep a match from starting inside a word, a host name or an
// address (a snippet's "..." may come right before the host: only a dot after a letter is a host's)
const SHOWN_HOST = /(?<![\w\/:@=%-])(?<![\w-]\.)((?:[a-z0-9-]{1,63}\.){1,6}(?:com|net|org|edu|gov|info|biz|cc|tw|cn|hk|jp)(?:\.[a-z]{2})?)(?![\w.-])/g;
/** Second-level labels under which a country code's sites register (example.com.tw, example.org.cn). */
const SECOND_LEVELS = new Set(['com', 'net', 'org', 'edu', 'gov', 'co']);

/** The host names a normalised (lower-case: tokenize/normalize.ts) text shows as text, in order. */
export function shownHosts(text: string): string[] {
  const out: string[] = [];
  SHOWN_HOST.lastIndex = 0;
  for (let m = SHOWN_HOST.exec(text); m !== null; m = SHOWN_HOST.exec(text)) out.push(m[1]!);
  return out;
}

/** The site a host name belongs to, its registered domain: tw.knowledge.yahoo.com → yahoo.com, www.iqlasik.org.tw → iqlasik.org.tw. */
export function siteOf(host: string): string {
  const labels = host.split('.');
  const n = labels.length;
  const countryCode = labels[n - 1]!.length === 2;
  const keep = countryCode && n >= 3 && SECOND_LEVELS.has(labels[n - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
