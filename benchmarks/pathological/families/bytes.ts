/** Byte input: oversize pages, the charset prescan, content types. */
import type { Family } from '../families.js';
import { concat, gbkish, noise, r, utf8 } from './inputs.js';

export const BYTES_FAMILIES: Family[] = [
  {
    id: 'oversize-bytes',
    group: 'bytes',
    what: 'N bytes of `<p>…</p>` (6.25 → 50 MB; cut at maxBytes = 10 MiB)',
    n: 6_250_000,
    make: (n) => {
      const unit = Buffer.from('<p>Some article text, with punctuation. 中文内容。</p>\n', 'utf8');
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i += unit.length) unit.copy(out, i, 0, Math.min(unit.length, n - i));
      return new Uint8Array(out.buffer, out.byteOffset, out.length);
    },
  },
  {
    id: 'random-bytes',
    group: 'bytes',
    what: 'N pseudo-random bytes (xorshift; 1.25 → 10 MB, the last just under maxBytes): no charset, a line break every ~256 bytes, garbage words',
    n: 1_250_000,
    make: (n) => noise(n),
  },
  {
    id: 'random-printable',
    group: 'bytes',
    what: 'N pseudo-random printable ASCII bytes (no `<`, `>` or line break): one line of noise words, read as text',
    n: 625_000,
    make: (n) => noise(n).map((b) => (b % 95 === 28 || b % 95 === 30 ? 0x41 : 0x20 + (b % 95))),
  },
  {
    id: 'meta-prescan-gbk',
    group: 'bytes',
    what: '`<meta ` + 4 KB attribute soup, then N non-UTF-8 (GBK-shaped) byte pairs',
    n: 250_000,
    make: (n) => concat(utf8(`<html><head><meta ${'c'.repeat(4000)} charset`), gbkish(n)),
    regexes: [r('decode/charset.ts', '/<meta\\b[^>]{0,512}?charset\\s*=\\s*["\']?\\s*([a-z0-9_.:-]{1,40})/gi')],
  },
  {
    id: 'declared-misfit',
    group: 'bytes',
    what: '`<meta charset="shift_jis">` over N GBK-shaped byte pairs: the declared-fit check (decode/declared-fit.ts) asks chardet about a quick sample, whatever the page\'s size',
    n: 250_000,
    make: (n) => concat(utf8('<html><head><meta charset="shift_jis"></head><body><p>'), gbkish(n)),
  },
  {
    id: 'content-type-charset',
    group: 'bytes',
    what: '`{ bytes, contentType: "text/html; " + "charset "×N }`',
    n: 500_000,
    make: (n) => ({ bytes: utf8('<p>中文</p>'), contentType: `text/html; ${'charset '.repeat(n)}` }),
    regexes: [r('decode/charset.ts', '/charset\\s*=\\s*["\']?([^"\';\\s]+)/i')],
  },
  {
    id: 'content-type-kind',
    group: 'bytes',
    what: '`{ bytes, contentType: spaces×N + "htm xm text/plai" }`',
    n: 2_000_000,
    make: (n) => ({ bytes: utf8('<p>中文</p>'), contentType: `${' '.repeat(n)}${'htm xm text/plai'.repeat(4)}` }),
    regexes: [r('decode/input.ts', '/html|xml/i'), r('decode/input.ts', '/^\\s*text\\/plain/i')],
  },
];
