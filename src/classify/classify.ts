import type { AnalyzedSegment } from '../features/extract.js';
import type { FeatureSpace } from '../features/feature-set.js';
import type { CompiledRule } from '../rules/compile.js';
import { applyRules, type RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { contextPass } from './context.js';
import { firstPassLabel, neverBody, scoresWithoutRule, SENTENCE_RULE, type FirstPass } from './label.js';
import { DECISIVE_MARGIN } from './thresholds.js';
import { BETWEEN_SPAM_HIT, betweenSpam, DOORWAY_HIT, isDoorwayPage } from './doorway.js';
import { isTemplatePage, TEMPLATE_PAGE_HIT, templateFilling } from './template-page.js';
import { foldedHit, isFoldedHit, isFoldedText, refoldedHit } from './folded.js';
import { containerWeight, findMainContainers, isInside, OUTSIDE_MAIN_HIT, type MainContentInput } from './main-content.js';
import { findLeads, LEAD_HIT } from './lead.js';
import { CONTINUED_HIT, findContinuedText } from './continued.js';
import { findDatelines, DATELINE_HIT } from './dateline.js';
import { findPostDatelines, POST_DATELINE_HIT } from './post-datelines.js';
import { findTeasers, TEASER_HIT } from './teasers.js';
import { relabelHit } from '../rules/relabel-hit.js';

export interface LabelledSegment extends AnalyzedSegment {
  label: Label;
  scores: Record<Label, number>;
  hits: RuleHit[];
  /** An inline spam piece (inline/split.ts): the normalised phrase the evidence found, which the verdict counts once however far the cut grew. */
  phrase?: string;
}

interface Scored {
  segment: AnalyzedSegment;
  hits: RuleHit[];
  scores: Record<Label, number>;
  first: FirstPass;
  inFlow: boolean;
}

/** A classified page: its labelled segments, and the main container the first pass found (element ids; undefined when none), which the late passes read again (promoteBesideMain). */
export interface ClassifiedPage {
  segments: LabelledSegment[];
  main: ReadonlySet<number> | undefined;
}

/**
 * Picks the main container in place of findMainContainers, given the same inputs and the container
 * findMainContainers chose. Only a diagnostic passes one (benchmarks/diagnose/main-oracle.ts: body F1
 * with each candidate element as the main container); the library never does.
 */
export type MainChooser = (inputs: readonly MainContentInput[], shipped: Set<number> | undefined) => Set<number> | undefined;

/** Rules, then the page-level passes, one function each: the whole classifier reads as its pipeline. */
export function classifyPage(segments: readonly AnalyzedSegment[], rules: readonly CompiledRule[], space: FeatureSpace, chooseMain?: MainChooser): ClassifiedPage {
  const scored = segments.map((segment) => scoreSegment(segment, rules, space));
  const main = demoteOutsideMainContent(scored, space, chooseMain);
  demoteTeasers(scored, space);
  spreadSpam(scored, space);
  return { segments: resolveByContext(scored, space), main };
}

/** The labelled segments of classifyPage, for callers that do not need the main container. */
export function classifySegments(segments: readonly AnalyzedSegment[], rules: readonly CompiledRule[], space: FeatureSpace): LabelledSegment[] {
  return classifyPage(segments, rules, space).segments;
}

/** Rules → summed scores → context-free label; title, meta and hidden text are never body, but for folded content (folded.ts). */
function scoreSegment(segment: AnalyzedSegment, rules: readonly CompiledRule[], space: FeatureSpace): Scored {
  const applied = applyRules(rules, segment.features);
  const hits = applied.hits;
  let scores = applied.scores;
  explainBayesHits(hits, segment);
  let first: FirstPass = firstPassLabel(scores);
  let constraint = neverBody(segment.features, space);
  if (constraint && first.label !== 'spam' && isFoldedText(segment.features, space, scores, hits)) {
    const unfold = foldedHit(hits);
    hits.push(unfold);
    scores = { ...scores, body: scores.body + unfold.score };
    first = firstPassLabel(scores);
    constraint = undefined;
  }
  if (constraint && first.label !== 'spam') {
    hits.push(constraint);
    first = { label: 'navigation' };
  }
  return { segment, hits, scores, first, inFlow: constraint === undefined };
}

/** A Bayes rule's hit names the segment's most spam-like tokens: the shared hit is replaced by a copy that carries them. */
function explainBayesHits(hits: RuleHit[], segment: AnalyzedSegment): void {
  const top = segment.bayes?.top;
  if (top === undefined || top.length === 0) return;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    if (hit.explain !== 'bayes-tokens') continue;
    hits[i] = Object.freeze({ ...hit, tokens: top.map((t) => t.token) });
  }
}

/** Body-looking segments outside the main-content container get a navigation score (HTML only), folded ones their hidden discount back as well (folded.ts); anchored ones (headline, byline), the lead above the container (lead.ts) and its text continued in a cousin element (continued.ts) stay. */
function demoteOutsideMainContent(scored: Scored[], space: FeatureSpace, chooseMain: MainChooser | undefined): ReadonlySet<number> | undefined {
  const weight = space.indexOf('weightedChars');
  const navCue = space.indexOf('dom.navCue');
  const inputs = scored.map((s) => ({
    ancestors: s.segment.block.ancestors,
    isBody: s.first.label === 'body',
    weight: containerWeight(s.segment.features[weight] ?? 0, s.segment.features[navCue] === 1),
    plainWeight: s.segment.features[weight] ?? 0,
  }));
  const shipped = findMainContainers(inputs);
  const main = chooseMain === undefined ? shipped : chooseMain(inputs, shipped);
  if (main === undefined) return undefined;
  const kept = keptOutsideMain(scored, main, space);
  scored.forEach((s, i) => {
    const ancestors = s.segment.block.ancestors;
    if (s.first.label !== 'body' || !ancestors || isInside(ancestors, main) || s.hits.some((h) => h.anchor)) return;
    const keep = kept.get(i);
    if (keep !== undefined) {
      s.hits.push(keep);
      return;
    }
    addNavigationHit(s, OUTSIDE_MAIN_HIT);
    const unfold = s.hits.find(isFoldedHit);
    if (unfold !== undefined) addNavigationHit(s, refoldedHit(unfold));
  });
  return main;
}

/** First-pass body segments outside the main container that stay body: its lead (lead.ts), its text continued (continued.ts), the article's dateline under its headline (dateline.ts) and the same line heading each later post (post-datelines.ts), with the hit that says why. */
function keptOutsideMain(scored: readonly Scored[], main: ReadonlySet<number>, space: FeatureSpace): Map<number, RuleHit> {
  const kept = new Map<number, RuleHit>();
  const chars = space.indexOf('chars');
  const hasDate = space.indexOf('hasDate');
  // one input a segment for the four passes (each reads the fields it names)
  const inputs = scored.map((s) => ({
    ancestors: s.segment.block.ancestors,
    path: s.segment.block.path,
    isBody: s.first.label === 'body',
    inside: isInside(s.segment.block.ancestors, main),
    sentence: s.hits.some((h) => h.rule === SENTENCE_RULE),
    margin: s.scores.body - s.scores.navigation,
    headline: s.hits.some((h) => h.rule === HEADLINE_RULE),
    chars: s.segment.features[chars] ?? 0,
    dated: s.segment.features[hasDate] === 1,
  }));
  for (const i of findLeads(inputs, main)) kept.set(i, LEAD_HIT);
  for (const i of findContinuedText(inputs)) if (!kept.has(i)) kept.set(i, CONTINUED_HIT);
  const datelines = findDatelines(inputs, main);
  for (const i of datelines) if (!kept.has(i)) kept.set(i, DATELINE_HIT);
  for (const i of findPostDatelines(inputs, datelines)) if (!kept.has(i)) kept.set(i, POST_DATELINE_HIT);
  return kept;
}

/** A page-level pass adds a navigation score to a segment: record the hit and label it again. */
function addNavigationHit(s: Scored, hit: RuleHit): void {
  s.hits.push(hit);
  s.scores = { ...s.scores, navigation: s.scores.navigation + hit.score };
  s.first = firstPassLabel(s.scores);
}

/** Summaries under linked headlines, repeated unit after unit, are teasers for other pages (HTML only). */
function demoteTeasers(scored: Scored[], space: FeatureSpace): void {
  const weight = space.indexOf('weightedChars');
  const linkDensity = space.indexOf('linkDensity');
  const teasers = findTeasers(
    scored.map((s) => ({
      ancestors: s.segment.block.ancestors,
      isBody: s.first.label === 'body',
      weight: s.segment.features[weight] ?? 0,
      linkDensity: s.segment.features[linkDensity] ?? 0,
      anchored: s.hits.some((h) => h.anchor),
    })),
  );
  for (const i of teasers) addNavigationHit(scored[i]!, TEASER_HIT);
}

/** Doorway pages turn wholly spam, template pages all but their navigation; a line with spam terms between spam lines joins them. */
function spreadSpam(scored: Scored[], space: FeatureSpace): void {
  const chars = space.indexOf('chars');
  const spamHits = space.indexOf('lex.any-spam.hits');
  const inputs = scored.map((s) => ({ label: s.first.label, chars: s.segment.features[chars] ?? 0, spamTerms: s.segment.features[spamHits] ?? 0, inFlow: s.inFlow, hits: s.hits }));
  if (isDoorwayPage(inputs)) {
    for (const s of scored) {
      if (s.first.label === 'spam') continue;
      s.hits.push(DOORWAY_HIT);
      s.first = { label: 'spam' };
    }
    return;
  }
  if (isTemplatePage(inputs)) {
    for (const i of templateFilling(inputs)) {
      const s = scored[i]!;
      s.hits.push(TEMPLATE_PAGE_HIT);
      s.first = { label: 'spam' };
    }
    return;
  }
  for (const i of betweenSpam(inputs)) {
    const s = scored[i]!;
    s.hits.push(BETWEEN_SPAM_HIT);
    s.first = { label: 'spam' };
  }
}

/**
 * The jusText-style context pass settles what the first pass left undecided. When that leaves the
 * page without any body, the undecided text is all the page has to say (a one-line page, a page of
 * headings): it becomes body rather than nothing.
 */
function resolveByContext(scored: readonly Scored[], space: FeatureSpace): LabelledSegment[] {
  const navCue = space.indexOf('dom.navCue');
  // a heading introduces the body after it only when nothing marks it as navigation (a comment's "re:" heading has a cue)
  const final = contextPass(
    scored.map(({ segment, first, inFlow, scores, hits }) => ({
      first,
      inFlow,
      heading: segment.block.kind === 'heading' && scores.navigation === 0,
      anchored: hits.some((h) => h.anchor),
      cuedNotSentence: segment.features[navCue] === 1 && !hits.some((h) => h.rule === SENTENCE_RULE),
    })),
  );
  if (!final.some((d) => d.label === 'body')) {
    scored.forEach((s, i) => {
      if (s.inFlow && s.first.label === undefined) final[i] = { label: 'body', hit: ONLY_TEXT_HIT };
    });
  }
  if (!final.some((d) => d.label === 'body')) {
    scored.forEach((s, i) => {
      if (isOnlyDescription(s)) final[i] = { label: 'body', hit: ONLY_DESCRIPTION_HIT };
    });
  }
  return scored.map(({ segment, hits, scores }, i) => {
    const decision = final[i]!;
    // fields named, not `...segment`: the spread took the slow generic copy (~2 µs a segment, 2% of sift time)
    const { block, normalized, lexiconHits, features, bayes, kitOnly } = segment;
    return { block, normalized, lexiconHits, features, bayes, kitOnly, label: decision.label, scores, hits: decision.hit ? [...hits, decision.hit] : hits };
  });
}


/**
 * A page whose flow has no body at all — an app shell that a script fills in (a forum thread
 * served as an empty page and its data), a page of controls — still says in its meta description
 * what it holds: the description becomes its body when it reads as body once the head discount
 * (nav.meta) is taken off. On the wcxb-dev training folds five forum threads were such shells (their
 * description is the opening of the first post): body P 0 → ≈ 1 on 4–7 % of the thread, forum body
 * F1 0.813 → 0.853 (P 0.774 → 0.848, a mean over pages); no other page of any set changed. The head
 * discount stays on every page that has body of its own.
 */
function isOnlyDescription(s: Scored): boolean {
  if (s.segment.block.kind !== 'meta-description' || s.first.label === 'spam') return false;
  const scores = scoresWithoutRule(s.scores, s.hits, META_RULE);
  return scores.body - scores.navigation >= DECISIVE_MARGIN;
}

/** The rule that names the article's headline (data/rules/30_body.json), which dateline.ts starts from. */
export const HEADLINE_RULE = 'body.headline';

/** The rule that discounts the head's meta description (data/rules/20_navigation.json). */
export const META_RULE = 'nav.meta';

const ONLY_DESCRIPTION_HIT: RuleHit = relabelHit('context.only-description', 'body', 'nothing in the page flow is body; the page\'s meta description, which reads as body, is all it says of its content');

const ONLY_TEXT_HIT: RuleHit = relabelHit('context.only-text', 'body', 'nothing on the page is body on its own; undecided text is all the page has to say');
