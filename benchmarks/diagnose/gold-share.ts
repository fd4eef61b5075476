/**
 * Which of a page's segments hold the gold's tokens, and a tally of them by class of decision
 * (benchmarks/diagnose/decision-classes.ts). Pure functions, no I/O.
 *
 * A page's body is scored as a bag of tokens (benchmarks/metric.ts): the tokens of the body
 * segments against the gold's. To charge a loss to a segment, the gold's tokens are handed out
 * in two rounds: the body segments take theirs first, in document order (a token the gold holds
 * twice goes to its first two body copies), then the other segments take what the body left. A
 * body segment's tokens beyond its share are what it costs the page's precision; a navigation
 * segment's share is what it costs the recall. Summed over the body segments the shares are
 * exactly the eval's overlap, so each page's precision and recall come back as the eval computes
 * them.
 */
import { tokens, type Bag } from '../metric.js';

export interface SegmentTokens {
  label: string;
  text: string;
}

/** The gold tokens each segment holds: body segments first, in document order, then the rest from what is left. */
export function attributeGold(segments: readonly SegmentTokens[], gold: Bag): { tokens: number; gold: number }[] {
  const left = new Map(gold);
  const take = (toks: readonly string[]): number => {
    let n = 0;
    for (const t of toks) {
      const c = left.get(t) ?? 0;
      if (c > 0) {
        left.set(t, c - 1);
        n++;
      }
    }
    return n;
  };
  const toks = segments.map((s) => tokens(s.text));
  const out = toks.map((t) => ({ tokens: t.length, gold: 0 }));
  segments.forEach((s, i) => {
    if (s.label === 'body') out[i]!.gold = take(toks[i]!);
  });
  segments.forEach((s, i) => {
    if (s.label !== 'body') out[i]!.gold = take(toks[i]!);
  });
  return out;
}

/** The hit that decided a segment last: the last context or constraint pass that touched it, else its first-pass rules (`first pass`). */
export function decidingHit(hits: readonly string[]): string {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.startsWith('context.') || h.startsWith('constraint.')) return h;
  }
  return 'first pass';
}

/**
 * Kinds of page section, read off the text of the heading that opens it (a reading aid, as
 * kinds.ts's text cues: every kind is to be checked by reading its rows). The section runs from
 * the heading to the next heading of the same or a higher level.
 */
export const SECTION_KINDS: readonly (readonly [string, RegExp])[] = [
  ['faq', /\b(?:faqs?|frequently asked|common questions|questions and answers|q\s*&\s*a)\b/iu],
  ['testimonials', /\b(?:testimonials?|what (?:our|my) (?:clients?|customers?|students?|patients?|users?) (?:say|are saying|think)|reviews?|hear from|success stor|client stor|customer stor|kind words)/iu],
  ['insights', /\b(?:latest|recent|featured|related) (?:insights?|news|posts?|articles?|blogs?|resources?|stories)\b|\binsights$|\bfrom (?:our|the) blog\b/iu],
  ['contact', /\b(?:contact us|get in touch|let.?s talk|start the conversation|book (?:a|your)|request a|get (?:a|your) (?:free )?(?:quote|consultation|demo))\b/iu],
  ['team', /\b(?:meet (?:our|the)|our (?:team|leaders|people|experts)|leadership)\b/iu],
  ['partners', /\b(?:partners?|trusted by|as seen|awards?|certifications?)\b/iu],
];
/** A heading longer than this (words) is a sentence, not a section's name. */
export const SECTION_HEADING_MAX_WORDS = 10;

const HEADING_TAG = /^h([1-6])(?:[.#[]|$)/u;

/** The heading level (1-6) of a heading segment, from the nearest h1-h6 among the last labels of its path; undefined when none. */
export function headingLevel(path: string | undefined): number | undefined {
  if (path === undefined) return undefined;
  const labels = path.split('>');
  for (let i = labels.length - 1; i >= Math.max(0, labels.length - 4); i--) {
    const m = HEADING_TAG.exec(labels[i]!);
    if (m) return Number(m[1]);
  }
  return undefined;
}

export function sectionKindOf(heading: string): string {
  const text = heading.trim();
  if (text.split(/\s+/u).length > SECTION_HEADING_MAX_WORDS) return 'other';
  for (const [kind, pattern] of SECTION_KINDS) if (pattern.test(text)) return kind;
  return 'other';
}

/** The section kind of each segment: that of the nearest heading above it whose level is the same or higher than any heading between; `none` before the first heading. */
export function sectionKinds(segments: readonly { kind: string; path: string | undefined; text: string }[]): string[] {
  let kind = 'none';
  let level = Infinity;
  return segments.map((s) => {
    const h = s.kind === 'heading' ? headingLevel(s.path) : undefined;
    if (h === undefined) return kind;
    // a heading inside the section (an FAQ's questions) keeps it open
    if (kind !== 'none' && kind !== 'other' && h > level) return kind;
    kind = sectionKindOf(s.text);
    level = h;
    return kind;
  });
}

/** One segment as the tally reads it. */
export interface ClassifiedSegment {
  key: string;
  label: string;
  tokens: number;
  gold: number;
}

/** One page as the tally reads it: its segments, its site, its WCXB type, its body's size and its gold's. */
export interface ClassifiedPage {
  id: string;
  host: string;
  type: string;
  bodyTokens: number;
  goldTokens: number;
  segments: readonly ClassifiedSegment[];
}

export interface ClassRow {
  key: string;
  segments: number;
  pages: number;
  /** Sites whose text of the class the gold mostly holds (by tokens) / mostly leaves out. */
  sitesGold: number;
  sitesNotGold: number;
  gold: number;
  notGold: number;
  /** For body classes the tokens the gold leaves out, for the others the gold tokens: what the class's label costs. */
  wrong: number;
  /** Sites where the class's label disagrees with the gold's majority. */
  sitesWrong: number;
  /** What the class costs each type's mean precision (body classes) and mean recall (the others): summed over its pages, over the type's page count. */
  meanPLoss: Record<string, number>;
  meanRLoss: Record<string, number>;
}

/** The segments of the pages tallied by class key (label first, so a key never mixes labels). */
export function tallyClasses(pages: readonly ClassifiedPage[]): ClassRow[] {
  const pagesOfType = new Map<string, number>();
  for (const p of pages) pagesOfType.set(p.type, (pagesOfType.get(p.type) ?? 0) + 1);
  const rows = new Map<string, ClassRow & { pageIds: Set<string>; perSite: Map<string, [number, number]> }>();
  for (const p of pages) {
    for (const s of p.segments) {
      const key = `${s.label} | ${s.key}`;
      let row = rows.get(key);
      if (!row) {
        row = { key, segments: 0, pages: 0, sitesGold: 0, sitesNotGold: 0, gold: 0, notGold: 0, wrong: 0, sitesWrong: 0, meanPLoss: {}, meanRLoss: {}, pageIds: new Set(), perSite: new Map() };
        rows.set(key, row);
      }
      row.segments++;
      row.pageIds.add(p.id);
      row.gold += s.gold;
      row.notGold += s.tokens - s.gold;
      const site = row.perSite.get(p.host) ?? [0, 0];
      site[0] += s.gold;
      site[1] += s.tokens - s.gold;
      row.perSite.set(p.host, site);
      const n = pagesOfType.get(p.type)!;
      if (s.label === 'body') {
        if (p.bodyTokens > 0) row.meanPLoss[p.type] = (row.meanPLoss[p.type] ?? 0) + (s.tokens - s.gold) / p.bodyTokens / n;
      } else if (p.goldTokens > 0) {
        row.meanRLoss[p.type] = (row.meanRLoss[p.type] ?? 0) + s.gold / p.goldTokens / n;
      }
    }
  }
  return [...rows.values()].map(({ pageIds, perSite, ...row }) => {
    const body = row.key.startsWith('body |');
    let sitesGold = 0;
    let sitesNotGold = 0;
    for (const [g, ng] of perSite.values()) {
      if (g > ng) sitesGold++;
      else sitesNotGold++;
    }
    return { ...row, pages: pageIds.size, sitesGold, sitesNotGold, wrong: body ? row.notGold : row.gold, sitesWrong: body ? sitesNotGold : sitesGold };
  });
}
