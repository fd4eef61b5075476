/**
 * The measurement behind decode/charset.ts's check of a declared legacy charset (session 43):
 *
 *   npx tsx benchmarks/diagnose/declared-charset.ts CORPUS_DIR [--out FILE.tsv] [--before FILE.tsv]
 *
 * 1. Own bytes: every page of the corpus (wcxb-dev: training folds 1-4 only, fold 0 is never read)
 *    decoded as sift() decodes it: the charset chosen, its source, the charset warnings.
 * 2. Variants: real text in languages with legacy charsets — the corpus's non-English pages (readability
 *    ja/zh/fr/es/de/cs/pt, zh-gbk, zh-news-clean), a few English l3s-gn1 pages, and, for the scripts the
 *    corpus lacks (Cyrillic, Korean, Greek, Hebrew, Arabic, Turkish, Polish…), pages built from the
 *    translated messages of this machine's /usr/share/locale/<lang>/LC_MESSAGES/*.mo files (three
 *    files, i.e. three programs' translators, per language) — transcoded with iconv-lite into each
 *    legacy charset that holds them (at most 5% of their non-ASCII characters lost), then written
 *    (a) with the right `<meta charset>`, (b) with each wrong legacy `<meta>`, (c) with no declaration,
 *    (d) with the right charset in a Content-Type header and (e) a wrong one there.
 *    Per variant: the charset chosen, its source, the warnings, whether the text equals the decoding
 *    with the true charset, and the share of its non-ASCII characters found in the decoded text;
 *    also chardet's view of the detection quick sample (top charset, its confidence, its margin, the
 *    declared charset's own confidence) — the evidence a plausibility check has.
 * 3. Speed: decodeBytes on the zh-gbk pages (their own bytes), mean ms per page.
 *
 * --out writes one line per page and variant; --before compares with such a file from another
 * commit: own-page charsets that changed, and variants decoded right before and after.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { decodeBytes } from '../../src/decode/decode.js';
import { charsetFromMeta, metaCharset, quickCandidates } from '../../src/decode/charset.js';
import { charsetFamily } from '../../src/decode/declared-fit.js';
import { inSelection } from '../corpus/folds.js';

const args = process.argv.slice(2);
const corpus = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const option = (name: string) => { const at = args.indexOf(name); return at >= 0 ? args[at + 1] : undefined; };
if (corpus === undefined) {
  process.stderr.write('usage: npx tsx benchmarks/diagnose/declared-charset.ts CORPUS_DIR [--out FILE.tsv] [--before FILE.tsv]\n');
  process.exit(2);
}
const rows: string[] = [];

// ---------- 1. own bytes ----------
const OWN_SETS = ['seed', 'spam', 'clean-text', 'readability', 'zh-gbk', 'l3s-gn1', 'zh-news-clean', 'wcxb-dev'];
interface Page { set: string; id: string; bytes: Uint8Array; lang: string }
const pages: Page[] = [];
for (const set of OWN_SETS) {
  const dir = join(corpus, set);
  if (!existsSync(dir)) continue;
  for (const id of readdirSync(dir).sort()) {
    if (!inSelection(set, id, 'train')) continue; // wcxb-dev's held-back fold: never read
    const caseDir = join(dir, id);
    if (!statSync(caseDir).isDirectory()) continue;
    const file = ['page.html', 'page.txt'].map((f) => join(caseDir, f)).find((f) => existsSync(f));
    if (!file) continue;
    const truth = JSON.parse(readFileSync(join(caseDir, 'truth.json'), 'utf8')) as { lang?: string };
    pages.push({ set, id, bytes: new Uint8Array(readFileSync(file)), lang: truth.lang ?? '?' });
  }
}
const ownBySource = new Map<string, number>();
for (const page of pages) {
  const d = decodeBytes(page.bytes);
  const codes = d.warnings.filter((w) => w.code.startsWith('charset')).map((w) => w.code).join(',') || '-';
  const label = charsetFromMeta(page.bytes);
  rows.push(['own', `${page.set}/${page.id}`, d.charset, d.charsetSource, codes, label ?? '-', '-', ...quickView(page.bytes, label ? metaCharset(label) : undefined)].join('\t'));
  const key = `${page.set} ${d.charset} ${d.charsetSource} ${codes}`;
  ownBySource.set(key, (ownBySource.get(key) ?? 0) + 1);
}
process.stdout.write(`own bytes: ${pages.length} pages (wcxb-dev folds 1-4 only)\n`);
for (const [key, n] of [...ownBySource].sort()) process.stdout.write(`  ${key}: ${n}\n`);

// ---------- 2. variants ----------
/** Legacy charsets per language group (iconv-lite names = WHATWG names here). */
const CHARSETS: Record<string, string[]> = {
  ja: ['shift_jis', 'euc-jp'],
  'zh-Hans': ['gbk'],
  'zh-Hant': ['big5', 'gbk'],
  ko: ['euc-kr'],
  ru: ['windows-1251', 'koi8-r', 'iso-8859-5', 'ibm866'],
  uk: ['windows-1251', 'koi8-u'],
  el: ['windows-1253', 'iso-8859-7'],
  cs: ['windows-1250', 'iso-8859-2'],
  pl: ['windows-1250', 'iso-8859-2'],
  he: ['windows-1255', 'iso-8859-8'],
  ar: ['windows-1256'],
  tr: ['windows-1254'],
  latin: ['windows-1252', 'iso-8859-15'],
};
const ALL = [...new Set(Object.values(CHARSETS).flat())];
const MO_LANGS: Record<string, string> = { ru: 'ru', uk: 'uk', ko: 'ko', el: 'el', cs: 'cs', pl: 'pl', he: 'he', ar: 'ar', tr: 'tr', ja: 'ja', zh_CN: 'zh-Hans', zh_TW: 'zh-Hant' };
const MO_FILES_PER_LANG = 3;
const MO_PAGE_CHARS = 12_000;

/** The translated strings of a GNU .mo file. */
function moStrings(file: string): string[] {
  const b = readFileSync(file);
  const le = b.readUInt32LE(0) === 0x950412de;
  const u32 = (at: number) => (le ? b.readUInt32LE(at) : b.readUInt32BE(at));
  const n = u32(8);
  const table = u32(16);
  const out: string[] = [];
  for (let i = 1; i < n; i++) {
    const length = u32(table + 8 * i);
    const offset = u32(table + 8 * i + 4);
    out.push(...b.subarray(offset, offset + length).toString('utf8').split('\0'));
  }
  return out;
}

interface Text { name: string; group: string; html: string }
const texts: Text[] = [];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
for (const [dirLang, group] of Object.entries(MO_LANGS)) {
  const dir = `/usr/share/locale/${dirLang}/LC_MESSAGES`;
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir).filter((f) => f.endsWith('.mo')).map((f) => ({ f, size: statSync(join(dir, f)).size })).sort((a, b) => b.size - a.size || a.f.localeCompare(b.f)).slice(0, MO_FILES_PER_LANG);
  for (const { f } of files) {
    let body = '';
    for (const s of moStrings(join(dir, f))) {
      const line = s.replace(/\s+/g, ' ').trim();
      if (line.length >= 20 && /[^\x00-\x7f]/.test(line)) body += `<p>${escape(line)}</p>\n`;
      if (body.length > MO_PAGE_CHARS) break;
    }
    texts.push({ name: `mo:${dirLang}/${f}`, group, html: `<!DOCTYPE html>\n<html><head><title>${f}</title></head><body>\n${body}</body></html>\n` });
  }
}
const LATIN_LANGS = new Set(['fr', 'es', 'de', 'pt', 'en']);
let englishTaken = 0;
const ENGLISH_PAGES = 20;
for (const page of pages) {
  if (!['readability', 'zh-gbk', 'zh-news-clean', 'l3s-gn1'].includes(page.set)) continue;
  let group = page.lang === 'cs' ? 'cs' : LATIN_LANGS.has(page.lang) ? 'latin' : page.lang;
  if (page.set === 'l3s-gn1' && englishTaken++ >= ENGLISH_PAGES) continue;
  if (page.lang === 'zh-Hant') group = 'zh-Hant';
  if (!CHARSETS[group]) continue;
  texts.push({ name: `${page.set}/${page.id}`, group, html: decodeBytes(page.bytes).text });
}

const META_ANY = /<meta\b[^>]{0,512}?charset\s*=\s*["']?\s*[a-z0-9_.:-]{1,40}[^>]*>/gi;
function withMeta(html: string, charset: string | undefined): string {
  const bare = html.replace(META_ANY, '');
  if (charset === undefined) return bare;
  const meta = `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
  return /<head[^>]*>/i.test(bare) ? bare.replace(/<head[^>]*>/i, (m) => `${m}${meta}`) : `${meta}${bare}`;
}
function nonAscii(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const ch of s) if (ch.charCodeAt(0) >= 0x80) m.set(ch, (m.get(ch) ?? 0) + 1);
  return m;
}
function overlap(right: string, got: string): number {
  const r = nonAscii(right);
  const g = nonAscii(got);
  let total = 0;
  let found = 0;
  for (const [ch, n] of r) { total += n; found += Math.min(n, g.get(ch) ?? 0); }
  return total === 0 ? 1 : found / total;
}
/** A charset's family as declared-fit.ts reads it (gb18030 as gbk, iso-8859-15 as windows-1252). */
function family(c: string | undefined): string | undefined {
  return c === undefined ? undefined : charsetFamily(c);
}
/** chardet on the detection quick sample, as charset.ts's detect() and the declared-fit check take it (quickCandidates). */
function quickView(bytes: Uint8Array, declared: string | undefined): string[] {
  const ranked = quickCandidates(bytes);
  const top = ranked[0];
  const runnerUp = ranked.find((c) => c.charset !== top?.charset)?.confidence ?? 0;
  const own = declared ? ranked.find((c) => family(c.charset) === family(declared))?.confidence ?? 0 : '';
  return [top?.charset ?? '-', String(top?.confidence ?? 0), String((top?.confidence ?? 0) - runnerUp), String(own)];
}

const MAX_LOSS = 0.05;
let variants = 0;
const summary = new Map<string, { n: number; right: number; warned: number }>();
for (const text of texts) {
  for (const charset of CHARSETS[text.group]!) {
    const probe = iconv.encode(text.html, charset);
    const trueText = new TextDecoder(charset).decode(probe);
    if (overlap(text.html, trueText) < 1 - MAX_LOSS) continue;
    const wrong = ALL.filter((c) => family(c) !== family(charset));
    const cases: { kind: string; declared?: string; meta?: string; header?: string }[] = [
      { kind: 'right-meta', declared: charset, meta: charset },
      ...wrong.map((w) => ({ kind: 'wrong-meta', declared: w, meta: w })),
      { kind: 'no-meta' },
      { kind: 'right-header', declared: charset, header: charset },
      ...wrong.map((w) => ({ kind: 'wrong-header', declared: w, header: w })),
    ];
    for (const c of cases) {
      const bytes = new Uint8Array(iconv.encode(withMeta(text.html, c.meta), charset));
      const right = new TextDecoder(charset).decode(bytes);
      const d = decodeBytes(bytes, c.header ? `text/html; charset=${c.header}` : undefined);
      const isRight = d.text === right || family(d.charset) === family(charset) && overlap(right, d.text) >= 0.999;
      const warned = d.warnings.some((w) => w.code === 'charset-mismatch');
      const codes = d.warnings.filter((w) => w.code.startsWith('charset')).map((w) => w.code).join(',') || '-';
      rows.push([c.kind, `${text.name}|${charset}|${c.declared ?? '-'}`, d.charset, d.charsetSource, codes, isRight ? 'right' : 'wrong', overlap(right, d.text).toFixed(3), ...quickView(bytes, c.declared)].join('\t'));
      variants++;
      const key = `${c.kind}\t${charset} as ${c.declared ?? '-'}`;
      const s = summary.get(key) ?? { n: 0, right: 0, warned: 0 };
      s.n++; if (isRight) s.right++; if (warned) s.warned++;
      summary.set(key, s);
    }
  }
}
process.stdout.write(`\nvariants: ${variants} from ${texts.length} texts\nkind\ttrue as declared\tn\tdecoded right\tcharset-mismatch warned\n`);
const byKind = new Map<string, { n: number; right: number; warned: number }>();
for (const [key, s] of [...summary].sort()) {
  const kind = key.split('\t')[0]!;
  const k = byKind.get(kind) ?? { n: 0, right: 0, warned: 0 };
  k.n += s.n; k.right += s.right; k.warned += s.warned; byKind.set(kind, k);
  if (args.includes('--pairs')) process.stdout.write(`${key}\t${s.n}\t${s.right}\t${s.warned}\n`);
}
for (const [kind, s] of byKind) process.stdout.write(`${kind}: ${s.n} variants, ${s.right} decoded right, ${s.warned} with charset-mismatch\n`);

// ---------- 3. speed ----------
const gbk = pages.filter((p) => p.set === 'zh-gbk');
const ROUNDS = 10;
for (const p of gbk) decodeBytes(p.bytes); // warm up
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) for (const p of gbk) decodeBytes(p.bytes);
process.stdout.write(`\nspeed: decodeBytes on ${gbk.length} zh-gbk pages: ${((performance.now() - t0) / ROUNDS / gbk.length).toFixed(3)} ms per page (mean of ${ROUNDS} rounds)\n`);

const out = option('--out');
if (out) writeFileSync(out, `${rows.join('\n')}\n`);
const beforeFile = option('--before');
if (beforeFile) {
  const before = new Map(readFileSync(beforeFile, 'utf8').trim().split('\n').map((l) => { const f = l.split('\t'); return [`${f[0]}\t${f[1]}`, f] as const; }));
  let ownChanged = 0;
  const moved = new Map<string, number>();
  for (const line of rows) {
    const f = line.split('\t');
    const b = before.get(`${f[0]}\t${f[1]}`);
    if (!b) continue;
    if (f[0] === 'own') {
      if (b[2] !== f[2]) { ownChanged++; process.stdout.write(`own page changed: ${f[1]} ${b[2]} -> ${f[2]}\n`); }
      continue;
    }
    const key = `${f[0]} ${b[5]} -> ${f[5]}`;
    moved.set(key, (moved.get(key) ?? 0) + 1);
  }
  process.stdout.write(`\nagainst ${beforeFile}: ${ownChanged} own pages decoded with another charset\n`);
  for (const [key, n] of [...moved].sort()) process.stdout.write(`  ${key}: ${n}\n`);
}
