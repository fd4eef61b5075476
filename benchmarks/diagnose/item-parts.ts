/**
 * The parts of a promoted list's items, and what the gold keeps of each part (list-items.ts).
 * Pure functions, no I/O.
 *
 * On a page typed listing, the listing promotion (src/classify/listing.ts, hit
 * `context.listing-item`) makes the list's segments body: each item's title, teaser, date and
 * author line, price, badges and tags, its call to action. Sessions 10 to 31 asked of one part
 * at a time whether the gold keeps it; this file names the parts once, so that one run can count
 * every part and score every policy of keeping parts (keep all, drop one, titles only, none)
 * against each page's gold, with the eval's metric.
 *
 * A part is read off the segment's text, kind and link share, in this order (the first that
 * applies): action (a call-to-action verb opening a short line), price, date/byline, title (a
 * heading, or a linked line of some words), teaser (an unlinked sentence), label (a short line:
 * tag, badge, brand, count), other. A reading aid, not a rule: every part is to be checked by
 * reading its rows (`--pages`).
 */
import { aggregate, bagOfTexts, pageScore, type Bag, type MeanScores } from '../metric.js';

export const ITEM_PARTS = ['title', 'teaser', 'date/byline', 'price', 'label', 'action', 'other'] as const;
export type ItemPart = (typeof ITEM_PARTS)[number];

/** The hit of the listing promotion (src/classify/listing.ts). */
export const LISTING_ITEM_HIT = 'context.listing-item';

/** A line of at most this many tokens can be an action, a price or a label. */
const SHORT_MAX_TOKENS = 4;
/** A line of at most this many tokens can be a price. */
const PRICE_MAX_TOKENS = 6;
/** A date or byline line holds at most this many tokens (longer ones are teasers that mention a date). */
const DATE_MAX_TOKENS = 12;
/** A title that is not a heading: a linked line of at least this many tokens. */
const LINKED_TITLE_MIN_TOKENS = 3;
/** A teaser: an unlinked line of at least this many tokens. */
const TEASER_MIN_TOKENS = 8;
/** At or over this link share a line is linked. */
const LINKED_SHARE = 0.5;

const ACTION = /^(?:read|view|see|shop|learn|discover|more|continue|explore|buy|add|get|watch|listen|go to|start|choose|select|quick)\b/iu;
const PRICE = /[$€£¥]\s?\d|\d\s?[$€£¥]|\b\d+[.,]\d\d\s?(?:usd|eur|gbp)\b/iu;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_OR_BYLINE = new RegExp(
  `^(?:by|posted|published|updated)\\b|\\b${MONTH} \\d{1,2}\\b|\\b\\d{1,2} ${MONTH}\\b|\\b\\d+ (?:min|mins|minutes?|hours?|days?|weeks?|months?|years?) (?:ago|read)\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`,
  'iu',
);

export interface ItemSegment {
  text: string;
  /** the report's source.kind (heading, block, list…) */
  kind: string;
  /** the metric's tokens of the text */
  tokens: number;
  /** linked characters over all characters (the feature `linkDensity`) */
  linkShare: number;
}

/** The part of a promoted list item that a segment is. */
export function itemPart(s: ItemSegment): ItemPart {
  const text = s.text.trim();
  const linked = s.linkShare >= LINKED_SHARE;
  if (s.tokens <= SHORT_MAX_TOKENS && ACTION.test(text)) return 'action';
  if (s.tokens <= PRICE_MAX_TOKENS && PRICE.test(text)) return 'price';
  if (s.tokens <= DATE_MAX_TOKENS && DATE_OR_BYLINE.test(text)) return 'date/byline';
  if (s.kind === 'heading' || (linked && s.tokens >= LINKED_TITLE_MIN_TOKENS)) return 'title';
  if (!linked && s.tokens >= TEASER_MIN_TOKENS) return 'teaser';
  if (s.tokens <= SHORT_MAX_TOKENS) return 'label';
  return 'other';
}

export interface PolicySegment {
  label: string;
  text: string;
  /** the item part of a segment the listing promotion made body; undefined for every other segment */
  part: ItemPart | undefined;
}

export interface PolicyPage {
  id: string;
  host: string;
  /** WCXB's page type */
  type: string;
  gold: Bag;
  segments: readonly PolicySegment[];
}

/** A policy: which parts of a promoted item stay body (the others go back to navigation). */
export type Policy = ReadonlySet<ItemPart>;

/** The named policies list-items.ts scores: all parts (what ships), all but one part, titles only, titles and teasers, none. */
export function standardPolicies(): [string, Policy][] {
  const all = new Set<ItemPart>(ITEM_PARTS);
  const out: [string, Policy][] = [['all parts (shipped)', all]];
  for (const part of ITEM_PARTS) out.push([`all but ${part}`, new Set(ITEM_PARTS.filter((p) => p !== part))]);
  out.push(['titles only', new Set<ItemPart>(['title'])]);
  out.push(['titles and teasers', new Set<ItemPart>(['title', 'teaser'])]);
  out.push(['titles, teasers and dates', new Set<ItemPart>(['title', 'teaser', 'date/byline'])]);
  out.push(['no item (no promotion)', new Set<ItemPart>()]);
  return out;
}

/** A page's body precision and recall when only the policy's parts of its promoted items stay body. */
export function scorePolicy(page: PolicyPage, policy: Policy): { precision: number; recall: number } {
  const body = page.segments.filter((s) => s.label === 'body' && (s.part === undefined || policy.has(s.part))).map((s) => s.text);
  const score = pageScore(bagOfTexts(body), page.gold);
  return { precision: score.precision, recall: score.recall };
}

export interface PolicyRow {
  name: string;
  /** F1 of mean P and mean R over all the pages, then per WCXB type */
  all: MeanScores;
  byType: Record<string, MeanScores>;
}

/** Every policy scored on every page (F1 of the means, as the eval), and the per-page oracle: each page under the policy that suits it best. */
export function comparePolicies(pages: readonly PolicyPage[], policies: readonly [string, Policy][]): { rows: PolicyRow[]; oracle: PolicyRow; preferred: Record<string, number> } {
  const scores = policies.map(([, policy]) => pages.map((p) => scorePolicy(p, policy)));
  const row = (name: string, perPage: readonly { precision: number; recall: number }[]): PolicyRow => {
    const byType: Record<string, MeanScores> = {};
    for (const type of new Set(pages.map((p) => p.type))) byType[type] = aggregate(perPage.filter((_, i) => pages[i]!.type === type));
    return { name, all: aggregate(perPage), byType };
  };
  const f = (s: { precision: number; recall: number }): number => (s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall));
  const preferred: Record<string, number> = {};
  const best = pages.map((_, i) => {
    let k = 0; // ties go to the first policy: what ships
    for (let j = 1; j < policies.length; j++) if (f(scores[j]![i]!) > f(scores[k]![i]!) + 1e-12) k = j;
    const name = policies[k]![0];
    preferred[name] = (preferred[name] ?? 0) + 1;
    return scores[k]![i]!;
  });
  return { rows: policies.map(([name], j) => row(name, scores[j]!)), oracle: row('per-page best of these', best), preferred };
}

export interface PartRow {
  part: ItemPart;
  segments: number;
  gold: number;
  notGold: number;
  /** sites whose text of the part the gold mostly holds / mostly leaves out */
  sitesGold: number;
  sitesNotGold: number;
}

/** Per part: the promoted segments' gold and non-gold tokens (gold-share.ts's attribution) and the sites on each side. */
export function tallyParts(rows: readonly { host: string; part: ItemPart; tokens: number; gold: number }[]): PartRow[] {
  return ITEM_PARTS.map((part) => {
    const mine = rows.filter((r) => r.part === part);
    const bySite = new Map<string, { gold: number; notGold: number }>();
    for (const r of mine) {
      const s = bySite.get(r.host) ?? { gold: 0, notGold: 0 };
      s.gold += r.gold;
      s.notGold += r.tokens - r.gold;
      bySite.set(r.host, s);
    }
    const sites = [...bySite.values()];
    return {
      part,
      segments: mine.length,
      gold: mine.reduce((n, r) => n + r.gold, 0),
      notGold: mine.reduce((n, r) => n + r.tokens - r.gold, 0),
      sitesGold: sites.filter((s) => s.gold > s.notGold).length,
      sitesNotGold: sites.filter((s) => s.notGold > s.gold).length,
    };
  });
}
