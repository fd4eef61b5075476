/**
 * Readable features of one dumped segment and of its context, for the fitted last stage that issue
 * 13 asks for (benchmarks/fit/relabel.ts): after every pass, a logistic model per current label
 * predicts whether the gold body holds the segment, and the label flips only where it is confident.
 * Each feature is one sentence below; the simulation reads them from the per-segment dump
 * (benchmarks/diagnose/segments.ts --fit), so what it measures is a relabelling at the end of the
 * pipeline, not a built stage.
 */

/** A segment of the `--fit` dump (benchmarks/diagnose/segments.ts), the fields read here. */
export interface DumpSegment {
  label: string;
  hits: readonly string[];
  kind: string;
  text: string;
  tokens: readonly string[];
  /** Half of its token trigrams are in the gold body; null for a segment without tokens. */
  gold: boolean | null;
  ancestors: readonly number[] | null;
  scores: { body: number; navigation: number; spam: number };
  features: Readonly<Record<string, number>>;
}

/** A page of the `--fit` dump. */
export interface DumpPage {
  id: string;
  fold: number;
  type: string;
  predictedType: string;
  host: string;
  goldBag: Readonly<Record<string, number>>;
  segments: readonly DumpSegment[];
}

const PAGE_TYPES = ['article', 'forum', 'listing', 'product', 'other'] as const;
const KINDS = ['title', 'meta-description', 'heading', 'block', 'line', 'list', 'table'] as const;
/** Hits of page-level passes seen on 1,000+ training segments (the dump's hit table), each its own indicator. */
const PASS_HITS = ['context.between-body', 'context.between-navigation', 'context.border', 'context.outside-main', 'context.listing-item', 'context.duplicate', 'context.heading-before-body', 'constraint.hidden-not-body'] as const;
/** A neighbour past the page's edge counts as half body. */
const NO_NEIGHBOUR = 0.5;
/** A segment whose containers hold no other text: the container's body share is unknown, taken as half. */
const NO_CONTAINER = 0.5;
/** Depth up to the shared container, capped (deeper is as far as "no near container"). */
const MAX_CONTAINER_DEPTH = 10;

type Feature = (page: PageContext, i: number) => number;

/** What every feature of a page reads, computed once per page. */
interface PageContext {
  segments: readonly DumpSegment[];
  isBody: readonly number[];
  tokenCounts: readonly number[];
  bodyShare: number;
  textCounts: ReadonlyMap<string, number>;
  container: readonly { share: number; depth: number }[];
  /** The page type pagesift predicted. */
  predictedType: string;
}

function value(segment: DumpSegment, name: string): number {
  return segment.features[name] ?? 0;
}

function neighbour(offset: number): Feature {
  return (page, i) => page.isBody[i + offset] ?? NO_NEIGHBOUR;
}

/** Every candidate feature, by name, with the sentence that says what it is. */
export const RELABEL_FEATURES: Readonly<Record<string, { describe: string; of: Feature }>> = {
  logchars: { describe: 'log(1 + its non-space characters)', of: (p, i) => Math.log1p(value(p.segments[i]!, 'chars')) },
  link: { describe: 'share of its characters inside links', of: (p, i) => value(p.segments[i]!, 'linkDensity') },
  punct: { describe: 'sentence and clause punctuation per character', of: (p, i) => value(p.segments[i]!, 'punctDensity') },
  stop: { describe: 'share of its words that are stopwords (data/stopwords)', of: (p, i) => value(p.segments[i]!, 'stopwordRatio') },
  endpunct: { describe: 'it ends with sentence punctuation', of: (p, i) => value(p.segments[i]!, 'endsWithSentencePunct') },
  date: { describe: 'it holds a date', of: (p, i) => value(p.segments[i]!, 'hasDate') },
  navcue: { describe: 'a class/id/role/tag cue near it is a navigation cue', of: (p, i) => value(p.segments[i]!, 'dom.navCue') },
  bodycue: { describe: 'a class/id/role/tag cue near it is a body cue', of: (p, i) => value(p.segments[i]!, 'dom.bodyCue') },
  chrome: { describe: 'it sits in the site chrome (aside, nav, header)', of: (p, i) => value(p.segments[i]!, 'dom.siteChrome') },
  hidden: { describe: 'it is in a hidden element', of: (p, i) => value(p.segments[i]!, 'dom.hidden') },
  margin: { describe: 'its body score minus its navigation score (the rules\' margin)', of: (p, i) => p.segments[i]!.scores.body - p.segments[i]!.scores.navigation },
  nhits: { describe: 'number of rule hits on it', of: (p, i) => p.segments[i]!.hits.length },
  ctx: { describe: 'a page-level pass (a context.* hit) touched it', of: (p, i) => (p.segments[i]!.hits.some((h) => h.startsWith('context.')) ? 1 : 0) },
  pos: { describe: 'its position on the page, 0 (first) to 1 (last)', of: (p, i) => i / Math.max(1, p.segments.length - 1) },
  dup: { describe: 'the same text appears elsewhere on the page', of: (p, i) => ((p.textCounts.get(p.segments[i]!.text.trim()) ?? 0) > 1 ? 1 : 0) },
  prev1: { describe: 'the segment before it is body', of: neighbour(-1) },
  prev2: { describe: 'the segment two before it is body', of: neighbour(-2) },
  next1: { describe: 'the segment after it is body', of: neighbour(1) },
  next2: { describe: 'the segment two after it is body', of: neighbour(2) },
  cshare: { describe: 'share of body tokens among the other segments of its nearest container that holds any', of: (p, i) => p.container[i]!.share },
  cdepth: { describe: 'how many levels up that container is (over 10)', of: (p, i) => p.container[i]!.depth / MAX_CONTAINER_DEPTH },
  pagebody: { describe: 'share of the page\'s tokens labelled body', of: (p) => p.bodyShare },
  ...Object.fromEntries(KINDS.map((kind) => [`kind.${kind}`, { describe: `it is a ${kind} segment`, of: ((p, i) => (p.segments[i]!.kind === kind ? 1 : 0)) as Feature }])),
  ...Object.fromEntries(PAGE_TYPES.map((type) => [`pt.${type}`, { describe: `pagesift typed the page ${type}`, of: ((p) => (p.predictedType === type ? 1 : 0)) as Feature }])),
  ...Object.fromEntries(PASS_HITS.map((hit) => [hit, { describe: `the hit ${hit} is on it`, of: ((p, i) => (p.segments[i]!.hits.includes(hit) ? 1 : 0)) as Feature }])),
};

/** For each segment, the nearest of its containers that holds other text, and that text's share of body tokens. */
function containers(segments: readonly DumpSegment[], isBody: readonly number[], tokenCounts: readonly number[]): { share: number; depth: number }[] {
  const members = new Map<number, number[]>();
  segments.forEach((s, i) => {
    for (const a of s.ancestors ?? []) {
      const list = members.get(a);
      if (list === undefined) members.set(a, [i]);
      else list.push(i);
    }
  });
  return segments.map((s, i) => {
    const ancestors = s.ancestors ?? [];
    for (let depth = 0; depth < ancestors.length; depth++) {
      const others = (members.get(ancestors[ancestors.length - 1 - depth]!) ?? []).filter((j) => j !== i);
      const total = others.reduce((n, j) => n + tokenCounts[j]!, 0);
      if (total > 0) return { share: others.reduce((n, j) => n + tokenCounts[j]! * isBody[j]!, 0) / total, depth: Math.min(depth, MAX_CONTAINER_DEPTH) };
    }
    return { share: NO_CONTAINER, depth: 0 };
  });
}

/** The named features of every segment of a page, one row per segment, in `names`' order. */
export function featureRows(page: DumpPage, names: readonly string[]): number[][] {
  const segments = page.segments;
  const isBody = segments.map((s) => (s.label === 'body' ? 1 : 0));
  const tokenCounts = segments.map((s) => s.tokens.length);
  const total = tokenCounts.reduce((a, b) => a + b, 0);
  const textCounts = new Map<string, number>();
  for (const s of segments) textCounts.set(s.text.trim(), (textCounts.get(s.text.trim()) ?? 0) + 1);
  const context: PageContext = {
    segments,
    isBody,
    tokenCounts,
    bodyShare: total === 0 ? 0 : tokenCounts.reduce((n, t, i) => n + t * isBody[i]!, 0) / total,
    textCounts,
    container: names.some((n) => n === 'cshare' || n === 'cdepth') ? containers(segments, isBody, tokenCounts) : segments.map(() => ({ share: NO_CONTAINER, depth: 0 })),
    predictedType: page.predictedType,
  };
  const fns = names.map((name) => {
    const f = RELABEL_FEATURES[name];
    if (f === undefined) throw new Error(`unknown relabel feature "${name}" (known: ${Object.keys(RELABEL_FEATURES).join(', ')})`);
    return f.of;
  });
  return segments.map((_, i) => fns.map((f) => f(context, i)));
}
