import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createSifter } from './src/index.js';
const root = '../shared/corpus';
const pages: Uint8Array[] = [];
for (const set of ['readability', 'zh-gbk']) for (const d of readdirSync(join(root, set))) { const f = join(root, set, d, 'page.html'); if (existsSync(f)) pages.push(readFileSync(f)); }
const t0 = performance.now();
const s = await createSifter();
console.log('create', (performance.now() - t0).toFixed(0), 'ms');
const rounds = Number(process.argv[2] ?? 3);
for (const p of pages) s.sift(p);
const t = performance.now();
for (let r = 0; r < rounds; r++) for (const p of pages) s.sift(p);
const el = performance.now() - t;
console.log(pages.length, 'pages', ((pages.length * rounds) / (el / 1000)).toFixed(1), 'pages/s');
