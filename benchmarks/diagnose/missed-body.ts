/**
 * The gold body text pagesift labels navigation, segment by segment, on the wcxb-dev TRAINING folds.
 *
 *   npx tsx benchmarks/diagnose/missed-body.ts CORPUS_DIR --folds train [--ids ID,ID,...]
 *       [--min-chars 40] [--causes] [--pages]
 *
 *   --folds train   required: fold 0 is held back and never opened (checked before truth.json is read)
 *   --ids           only these cases (any held-back id is refused)
 *   --min-chars     list a missed segment only when it has at least this many characters (default 40)
 *   --pages         print every page's missed segments (with hits and element path)
 *   --causes        print the missed gold characters grouped by the cause (below), with pages and sites
 *
 * A segment is "missed gold" when it is not body and benchmarks/corpus/gold-body.ts says it is gold
 * body (half of its token trigrams in the gold). Its cause is the first that applies of:
 *   hidden      a never-body constraint (hidden element, screen-reader text, meta)
 *   late:<pass> a late demotion's hit (context.* of src/classify/late-demotions.ts passes)
 *   outside     context.outside-main (body-looking text outside the main container)
 *   teaser      context.teaser
 *   comment     nav.comment-cue
 *   context     a context-pass hit (context.between-nav, context.border…) with no navigation rule
 *   rule:<id>   the navigation rule with the largest score
 * The summary is a reading aid, not a metric: a segment's characters count once, under one cause.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { corrected } from '../corpus/corrections.js';
import { caseFold } from '../corpus/folds.js';
import { goldBodyTest } from '../corpus/gold-body.js';
import { HELD_BACK_FOLD } from '../pool/split.js';
import { bagOfTexts, pageScore, tokens } from '../metric.js';
import { siteHost } from '../eval/page.js';
import { listDirs, parseTruth, readInput, TRUTH_FILE } from '../eval/truth.js';
import { createSifter } from '../../src/index.js';
import type { Segment } from '../../src/report/schema.js';

const SET = 'wcxb-dev';
const DEFAULT_MIN_CHARS = 40;
const TEXT_CHARS = 160;
const LATE_PREFIXES = [
  'context.duplicate', 'context.layout-copy', 'context.furniture-line', 'context.after-main', 'context.trailing-heading',
  'context.call-to-action', 'context.status-message', 'context.excerpt', 'context.forum-chrome', 'context.form-message',
  'context.card-action', 'context.related-line', 'context.profile-field', 'context.author-section', 'context.consent-text',
  'context.pasted-log', 'context.subscribe-appeal',
];

function cause(s: Segment): string {
  const rules = s.hits.filter((h) => h.scope !== 'page');
  const has = (id: string): boolean => rules.some((h) => h.rule === id);
  if (rules.some((h) => h.rule.startsWith('constraint.'))) return `hidden:${rules.find((h) => h.rule.startsWith('constraint.'))!.rule}`;
  for (const p of LATE_PREFIXES) if (has(p)) return `late:${p.slice('context.'.length)}`;
  if (has('context.outside-main')) return 'outside';
  if (has('context.teaser')) return 'teaser';
  if (has('nav.comment-cue')) return 'comment';
  const nav = rules.filter((h) => h.label === 'navigation' && h.score > 0 && !h.rule.startsWith('context.')).sort((a, b) => b.score - a.score);
  if (nav.length === 0) {
    const ctx = rules.find((h) => h.rule.startsWith('context.'));
    return ctx ? `context:${ctx.rule.slice('context.'.length)}` : 'undecided';
  }
  return `rule:${nav[0]!.rule}`;
}

function short(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n)}…`;
}

interface Row { id: string; host: string; type: string; sift: string; cause: string; chars: number; toks: number; gain: number }

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const arg = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpus = args[0];
  if (corpus === undefined || corpus.startsWith('--') || arg('--folds') !== 'train') {
    process.stderr.write('usage: npx tsx benchmarks/diagnose/missed-body.ts CORPUS_DIR --folds train [--ids A,B] [--min-chars N] [--pages] [--causes]\n');
    process.exit(2);
  }
  const ids = arg('--ids')?.split(',');
  const minChars = Number(arg('--min-chars') ?? DEFAULT_MIN_CHARS);
  const sifter = await createSifter();
  const dir = join(corpus, SET);
  const rows: Row[] = [];
  for (const id of ids ?? (await listDirs(dir))) {
    if (caseFold(SET, id) === HELD_BACK_FOLD) {
      if (ids) process.stderr.write(`${id}: held back, not read\n`);
      continue;
    }
    const caseDir = join(dir, id);
    const truth = corrected(SET, id, parseTruth(await readFile(join(caseDir, TRUTH_FILE), 'utf8'), `${SET}/${id}/${TRUTH_FILE}`));
    if (truth.body === null) continue;
    const report = sifter.sift(await readInput(caseDir, truth));
    const isGold = goldBodyTest(truth.body);
    const host = siteHost(truth.url) ?? '?';
    const score = pageScore(bagOfTexts(report.segments.filter((s) => s.label === 'body').map((s) => s.text)), bagOfTexts([truth.body]));
    const lines: string[] = [];
    // the gold tokens the predicted body lacks; each missed segment takes its share of them, in document order
    const lacking = new Map(bagOfTexts([truth.body]));
    for (const [t, c] of bagOfTexts(report.segments.filter((s) => s.label === 'body').map((s) => s.text))) {
      if (lacking.has(t)) lacking.set(t, Math.max(0, lacking.get(t)! - c));
    }
    for (const [i, s] of report.segments.entries()) {
      if (s.label === 'body' || s.source.kind === 'title' || s.source.kind.startsWith('meta-')) continue;
      if (isGold(s.text) !== true) continue;
      const c = cause(s);
      const chars = s.text.replace(/\s+/g, ' ').trim().length;
      let gain = 0;
      for (const t of tokens(s.text)) {
        const left = lacking.get(t) ?? 0;
        if (left > 0) {
          lacking.set(t, left - 1);
          gain++;
        }
      }
      rows.push({ id, host, type: truth.pageType ?? '?', sift: report.pageType.type, cause: c, chars, toks: tokens(s.text).length, gain });
      if (chars < minChars) continue;
      const hits = s.hits.filter((h) => h.scope !== 'page' && h.score !== 0).map((h) => `${h.rule}${h.score > 0 ? '' : ''}(${h.label[0]}${h.score})`).join(' ');
      lines.push(`  #${i} ${c} ${chars}c gain ${gain} ${s.source.kind} ${s.source.path ?? ''}\n     ${hits}\n     ${short(s.text, TEXT_CHARS)}`);
    }
    if (args.includes('--pages')) {
      let lackingTotal = 0;
      for (const c of lacking.values()) lackingTotal += c;
      const own = rows.filter((r) => r.id === id);
      const gained = own.reduce((t, r) => t + r.gain, 0);
      const byCause = new Map<string, number>();
      for (const r of own) byCause.set(r.cause, (byCause.get(r.cause) ?? 0) + r.gain);
      const causeLine = [...byCause].filter(([, g]) => g > 0).sort((a, b) => b[1] - a[1]).map(([c, g]) => `${c} ${g}`).join(', ');
      // the gold tokens the body lacks: in missed gold segments, and elsewhere (in no segment, or in a segment that is mostly not gold)
      process.stdout.write(`\n== ${id} ${truth.pageType}/${report.pageType.type} ${host} P ${score.precision.toFixed(2)} R ${score.recall.toFixed(2)} lacking ${gained + lackingTotal} tokens: ${gained} in missed gold segments, ${lackingTotal} elsewhere\n   by cause: ${causeLine}\n${lines.join('\n')}\n`);
    }
  }
  if (args.includes('--causes')) {
    const by = new Map<string, Row[]>();
    for (const r of rows) by.set(r.cause, [...(by.get(r.cause) ?? []), r]);
    process.stdout.write(`\n${'cause'.padEnd(36)}${'chars'.padStart(8)}${'toks'.padStart(7)}${'gain'.padStart(7)}${'segs'.padStart(6)}${'pages'.padStart(6)}${'sites'.padStart(6)}\n`);
    for (const [c, rs] of [...by].sort((a, b) => b[1].reduce((t, r) => t + r.gain, 0) - a[1].reduce((t, r) => t + r.gain, 0))) {
      const chars = rs.reduce((t, r) => t + r.chars, 0);
      const toks = rs.reduce((t, r) => t + r.toks, 0);
      const gain = rs.reduce((t, r) => t + r.gain, 0);
      process.stdout.write(`${c.padEnd(36)}${String(chars).padStart(8)}${String(toks).padStart(7)}${String(gain).padStart(7)}${String(rs.length).padStart(6)}${String(new Set(rs.map((r) => r.id)).size).padStart(6)}${String(new Set(rs.map((r) => r.host)).size).padStart(6)}\n`);
    }
  }
}

await main();
