/**
 * The measurement behind decode/utf16-sniff.ts's thresholds (session 31):
 *
 *   npx tsx benchmarks/diagnose/utf16-sniff.ts CORPUS_DIR
 *
 * Each page of the guard sets (l3s-gn1, readability, zh-gbk), and its text with the tags stripped
 * from the first line of 20+ non-ASCII characters on (CJK text first: the fewest NULs), is encoded
 * as UTF-16LE and BE without a mark: per kind, the lowest NUL share and the highest bad and ASCII-pair
 * shares in the right byte order, the pages the sniff misses, and UTF-8 pages with 1-64 NULs written
 * over or put into them that the sniff takes for UTF-16. Then binary files of this machine (PNG,
 * gzip, fonts, wasm, shared objects, executables…) holding a NUL: how many pass, and the lowest bad
 * share among those with NULs enough.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { utf16Evidence, sniffUtf16, UTF16_SNIFF_BYTES } from '../../src/decode/utf16-sniff.js';
import { decodeBytes } from '../../src/decode/decode.js';

const corpus = process.argv[2];
if (corpus === undefined) {
  process.stderr.write('usage: npx tsx benchmarks/diagnose/utf16-sniff.ts CORPUS_DIR\n');
  process.exit(2);
}
const sets = ['l3s-gn1', 'readability', 'zh-gbk']; // guard sets only (no wcxb-dev page is read)
const enc = (s: string, order: 'le' | 'be') => { const b = Buffer.from(s, 'utf16le'); if (order === 'be') b.swap16(); return new Uint8Array(b); };
const stat = { html: { minNul: 1, maxBad: 0, wrongMinBadWhenNul: 1, wrongPass: 0, miss: 0, n: 0 }, text: { minNul: 1, maxBad: 0, wrongMinBadWhenNul: 1, wrongPass: 0, miss: 0, n: 0 } } as any;
for (const set of sets) {
  for (const id of readdirSync(join(corpus, set))) {
    const dir = join(corpus, set, id);
    if (!existsSync(join(dir, 'page.html'))) continue;
    const bytes = readFileSync(join(dir, 'page.html'));
    const html = decodeBytes(new Uint8Array(bytes)).text;
    const body = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
    // text: from the first line with 20+ non-ASCII chars, to make CJK text lead (worst case)
    const lines = body.split('\n'); const first = lines.findIndex((l) => /[^\x00-\x7f]{20}/.test(l));
    const text = first >= 0 ? lines.slice(first).join('\n') : body;
    for (const [kind, s] of [['html', html], ['text', text]] as const) {
      if (s.length < 50) continue;
      for (const order of ['le', 'be'] as const) {
        const b = enc(s, order);
        const right = utf16Evidence(b, order === 'le' ? 'utf-16le' : 'utf-16be');
        const wrong = utf16Evidence(b, order === 'le' ? 'utf-16be' : 'utf-16le');
        const st = stat[kind]; st.n++;
        st.minNul = Math.min(st.minNul, right.nuls / right.units);
        st.maxPair = Math.max(st.maxPair ?? 0, right.asciiPairs / right.units); if (isUtf8(b.subarray(0, 4096))) st.minNulValid = Math.min(st.minNulValid ?? 1, right.nuls / right.units); if (right.bad / right.units > st.maxBad) { st.maxBad = right.bad / right.units; st.maxBadAt = `${set}/${id}`; }
        if (wrong.nuls >= 0.002 * wrong.units) st.wrongMinBadWhenNul = Math.min(st.wrongMinBadWhenNul, wrong.bad / wrong.units);
        const got = sniffUtf16(b);
        if (order === 'le') { // a UTF-8 page with NULs spliced in at one parity, 1 to 64 of them
          const u8 = Buffer.from(s, 'utf8').subarray(0, 8192);
          for (const k of [1, 4, 16, 64]) { const c = Buffer.from(u8); for (let i = 0; i < k; i++) c[Math.min(c.length - 1, 2 * Math.floor((i + 1) * c.length / (2 * (k + 1))) + 1)] = 0;
            const parts: Buffer[] = []; let last = 0; for (let i = 1; i <= k; i++) { const at = Math.floor(i * u8.length / (k + 1)); parts.push(u8.subarray(last, at), Buffer.from([0])); last = at; } parts.push(u8.subarray(last));
            const ins = new Uint8Array(Buffer.concat(parts)); if (sniffUtf16(ins)) { st.insPass = (st.insPass ?? 0) + 1; console.log('inspass', kind, set, id, k); }
            const e = utf16Evidence(new Uint8Array(c), 'utf-16le'); st.u8minPair = Math.min(st.u8minPair ?? 1, e.asciiPairs / e.units); if (sniffUtf16(new Uint8Array(c))) { st.u8pass = (st.u8pass ?? 0) + 1; console.log("u8pass", kind, set, id, k, e, JSON.stringify(s.slice(0,60))); } }
        }
        if (got !== (order === 'le' ? 'utf-16le' : 'utf-16be')) { st.miss++; console.log('miss', kind, order, set, id, got, right, wrong); }
      }
    }
  }
}
console.log(JSON.stringify(stat, null, 1));
const files = execSync(`(find /usr/share /usr/lib node_modules -type f \\( -name '*.png' -o -name '*.gz' -o -name '*.jpg' -o -name '*.ttf' -o -name '*.otf' -o -name '*.woff*' -o -name '*.wasm' -o -name '*.zip' -o -name '*.so*' -o -name '*.node' -o -name '*.gif' -o -name '*.ico' -o -name '*.mo' -o -name '*.pdf' -o -name '*.xz' -o -name '*.bz2' -o -name '*.pyc' -o -name '*.db' \\) 2>/dev/null | head -3000; find /usr/bin -type f | head -500) `, { encoding: 'utf8', maxBuffer: 1e8 }).trim().split('\n');
let minBad = 1, passed = 0, tried = 0; const byExt: Record<string, number> = {};
for (const f of files) {
  if (!existsSync(f) || statSync(f).size < 64) continue;
  const b = readFileSync(f).subarray(0, UTF16_SNIFF_BYTES);
  if (b.indexOf(0) < 0) continue;
  tried++;
  for (const o of ['utf-16le', 'utf-16be'] as const) {
    const e = utf16Evidence(new Uint8Array(b), o);
    if (e.nuls >= 0.002 * e.units) minBad = Math.min(minBad, e.bad / e.units);
  }
  const ext = f.replace(/^.*\//, '').replace(/^[^.]*\.?/, '') || 'bin';
  if (sniffUtf16(new Uint8Array(b))) { passed++; console.log('binary passes:', f, sniffUtf16(new Uint8Array(b))); }
  byExt[ext.slice(-6)] = (byExt[ext.slice(-6)] ?? 0) + 1;
}
console.log({ tried, passed, minBad, kinds: Object.keys(byExt).length });
