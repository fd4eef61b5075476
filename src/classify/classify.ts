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
import { DUPLICATE_HIT, findDuplicateCopies } from './duplicates.js';
import { foldedHit, isFoldedHit, isFoldedText, refoldedHit } from './folded.js';
import { findItemTitles, ITEM_TITLE_HIT } from './item-titles.js';
import { findForumPosts, FORUM_POST_HIT } from './forum.js';
import { findLinkedText, LINKED_TEXT_HIT } from './linked-text.js';
import { findListingRegion, isItemList, isListingContent, isRecommendationTitle, isTitleHeading, itemShape, LISTING_ITEM_HIT } from './listing.js';
import { findMainContainers, isInside, NAV_CUE_WEIGHT, OUTSIDE_MAIN_HIT } from './main-content.js';
import { isPastedLog, PASTED_LOG_HIT } from './pasted-log.js';
import { findLeads, LEAD_HIT } from './lead.js';
import { CONTINUED_HIT, findContinuedText } from './continued.js';
import { FORUM_CHROME_HIT, inForumChrome, type ForumChromeCues } from './forum-chrome.js';
import { CONSENT_TEXT_HIT, inConsentText, type ConsentTextCues } from './consent-text.js';
import { findPostUnits, POST_UNIT_HIT } from './post-units.js';
import { findProductTabs, PRODUCT_TAB_HIT } from './product-tabs.js';
import { EXCERPT_TEXT_HIT, inExcerpt } from './excerpt-text.js';
import { AFTER_MAIN_HIT, AFTER_MAIN_OUTSIDE_RULE, findAfterMain } from './after-main.js';
import { BESIDE_MAIN_HIT, BESIDE_MAIN_WEAK_RULES, findBesideMain } from './beside-main.js';
import { ARTICLE_LINK_RULES, ARTICLE_PARAGRAPH_RULE, findSiblingItems, HARD_NAVIGATION_RULES, SIBLING_ITEM_HIT } from './sibling-items.js';
import { findTeasers, TEASER_HIT } from './teasers.js';

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

/** Rules, then the page-level passes, one function each: the whole classifier reads as its pipeline. */
export function classifyPage(segments: readonly AnalyzedSegment[], rules: readonly CompiledRule[], space: FeatureSpace): ClassifiedPage {
  const scored = segments.map((segment) => scoreSegment(segment, rules, space));
  const main = demoteOutsideMainContent(scored, space);
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
function demoteOutsideMainContent(scored: Scored[], space: FeatureSpace): ReadonlySet<number> | undefined {
  const weight = space.indexOf('weightedChars');
  const navCue = space.indexOf('dom.navCue');
  const main = findMainContainers(
    scored.map((s) => ({
      ancestors: s.segment.block.ancestors,
      isBody: s.first.label === 'body',
      weight: (s.segment.features[weight] ?? 0) * (s.segment.features[navCue] === 1 ? NAV_CUE_WEIGHT : 1),
      plainWeight: s.segment.features[weight] ?? 0,
    })),
  );
  if (main === undefined) return undefined;
  const kept = keptOutsideMain(scored, main);
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

/** First-pass body segments outside the main container that stay body: its lead (lead.ts) and its text continued (continued.ts), with the hit that says why. */
function keptOutsideMain(scored: readonly Scored[], main: ReadonlySet<number>): Map<number, RuleHit> {
  const kept = new Map<number, RuleHit>();
  const leads = findLeads(
    scored.map((s) => ({
      ancestors: s.segment.block.ancestors,
      isBody: s.first.label === 'body',
      sentence: s.hits.some((h) => h.rule === SENTENCE_RULE),
      margin: s.scores.body - s.scores.navigation,
    })),
    main,
  );
  const continued = findContinuedText(scored.map((s) => ({ path: s.segment.block.path, isBody: s.first.label === 'body', inside: isInside(s.segment.block.ancestors, main) })));
  for (const i of leads) kept.set(i, LEAD_HIT);
  for (const i of continued) if (!kept.has(i)) kept.set(i, CONTINUED_HIT);
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
 * On a page the page-type stage calls a listing, the navigation inside the element that holds the
 * list becomes body (listing.ts) when the call is clear (`listingMargin`: the listing score over
 * the article score) or the list outweighs the page's body many times (fewer times when its
 * items are titled by linked headings). Run after the page type, which is told from the
 * classifier's own labels: spam and the never-body constraints are left as they are. Text in a
 * dialog (dom.dialogCue: a quick view, a guarantee or shipping pop-up) is shown on demand and is
 * no item of the list: it is neither promoted nor weighed for the region (training folds, session
 * 12: collection 0.784 -> 0.791, one page 0.60 -> 0.99, one 0.88 -> 0.87, no other type or set
 * changed). The list is not looked for in the site's footer: footer-cued text (dom.footerCue) does
 * not weigh for the region — a shop's footer of linked offers outweighed a product grid that a
 * script fills in — but inside the region it is promoted like the rest, since an item's own
 * footer (card__footer, <footer> in <article>) holds its author and date (training folds, session
 * 12: collection 0.7914 -> 0.8021, two pages up 0.50 -> 1.00 and 0.77 -> 0.90, none down, other
 * types and sets unchanged; left out of the promotion as well it cost listing 0.797 -> 0.793).
 * Nor is it looked for in the site's chrome (dom.siteChrome: an <aside> or <nav> with no <main> or
 * <article> below it, the site's <header>): a docs site's navigation tree, a shop's mega-menu and
 * a bag drawer outweighed the list (training folds, session 15: body F1 0.9188 -> 0.9197,
 * collection 0.8285 -> 0.8345, forum 0.8534 -> 0.8548, documentation 0.9290 -> 0.9347, article
 * +0.0001, listing 0.8192 -> 0.8174; 4 pages up: a docs page 0.22 -> 0.88, a shop 0.03 -> 0.57,
 * a thread 0.90 -> 1.00, an article 0.68 -> 0.72; 2 down: a tech news home page whose gold keeps
 * the article cards of its <nav> mega-menu 0.74 -> 0.66, a shop page 0.41 -> 0.22 whose gold
 * leaves its grid out; other sets unchanged). Inside the region chrome text is promoted like the
 * rest: left out of the promotion instead, the region stayed and collection fell 0.8285 -> 0.8276.
 * Items of the list that run on past the region (a river cut in two by an ad block), built like
 * the promoted ones down to their last ITEM_SHAPE_LABELS path labels, are promoted with it
 * (listing.ts `itemShape`). Text in a third-party review widget (dom.reviewWidgetCue: Judge.me,
 * Yotpo…; nav.review-widget) is no item of the list either: a shop's home page promoted the
 * widget's "Featured reviews" carousel with its product grid (session 22, helper body-22c,
 * training folds: collection 0.8603 -> 0.8604, that page 0.435 -> 0.442, no other page changed).
 */
export function promoteListingItems(segments: readonly LabelledSegment[], space: FeatureSpace, listingMargin: number): readonly LabelledSegment[] {
  const weight = space.indexOf('weightedChars');
  const navCue = space.indexOf('dom.navCue');
  const dialogCue = space.indexOf('dom.dialogCue');
  const reviewCue = space.indexOf('dom.reviewWidgetCue');
  const candidate = (s: LabelledSegment): boolean => s.label !== 'spam' && s.block.kind !== 'inline' && s.features[navCue] !== 1 && s.features[dialogCue] !== 1 && s.features[reviewCue] !== 1 && neverBody(s.features, space) === undefined;
  const footerCue = space.indexOf('dom.footerCue');
  const siteChrome = space.indexOf('dom.siteChrome');
  // a control's label (features/control.ts), read off the feature domFeatures set for every block
  const control = space.indexOf('dom.control');
  const regionCandidate = (s: LabelledSegment): boolean => candidate(s) && s.features[footerCue] !== 1 && s.features[siteChrome] !== 1;
  const promotable = (s: LabelledSegment): boolean => s.label === 'navigation' && candidate(s) && s.features[control] !== 1;
  const regionOf = (counted: (s: LabelledSegment) => boolean): number | undefined => findListingRegion(segments.map((s) => ({ ancestors: s.block.ancestors, weight: s.features[weight] ?? 0, candidate: counted(s) })));
  const promotableIn = (id: number): LabelledSegment[] => {
    const container = new Set([id]);
    return segments.filter((s) => promotable(s) && isInside(s.block.ancestors, container));
  };
  const held = regionOf(regionCandidate);
  if (held === undefined) return segments;
  // an intro that outweighs a grid of linked titles holds the region and nothing to promote: the
  // list is looked for among the navigation alone, and kept when it is one (listing.ts LISTING_FALLBACK_MIN_ITEMS)
  const region = promotableIn(held).length > 0 ? held : regionOf((s) => regionCandidate(s) && promotable(s));
  if (region === undefined || (region !== held && !isItemList(promotableIn(region).map((s) => s.block.path)))) return segments;
  const inRegion = new Set([region]);
  const promoted = (s: LabelledSegment): boolean => promotable(s) && isInside(s.block.ancestors, inRegion);
  const heading = space.indexOf('kind.heading');
  const linkDensity = space.indexOf('linkDensity');
  const navigationHits = space.indexOf('lex.any-navigation.hits');
  let listWeight = 0;
  let bodyWeight = 0;
  let titledItems = 0;
  for (const s of segments) {
    if (promoted(s)) {
      listWeight += s.features[weight] ?? 0;
      if (isTitleHeading(s.features[heading] === 1, s.features[linkDensity] ?? 0)) titledItems++;
    } else if (s.label === 'body' && s.block.kind !== 'inline') bodyWeight += s.features[weight] ?? 0;
  }
  if (!isListingContent({ margin: listingMargin, listWeight, bodyWeight, titledItems })) return segments;
  // a list headed "Related items", "You may also like" is a suggestion block (listing.ts)
  const first = segments.find(promoted);
  if (first !== undefined && isRecommendationTitle(first.features[heading] === 1, first.features[navigationHits] ?? 0)) return segments;
  // the list's items that run on outside the region (listing.ts ITEM_SHAPE_LABELS)
  const shapes = new Set<string>();
  for (const s of segments) {
    const shape = promoted(s) ? itemShape(s.block.path) : undefined;
    if (shape !== undefined) shapes.add(shape);
  }
  const runsOn = (s: LabelledSegment): boolean => s.label === 'navigation' && candidate(s) && s.features[footerCue] !== 1 && s.features[control] !== 1 && shapes.has(itemShape(s.block.path) ?? '');
  return segments.map((s) => (promoted(s) || runsOn(s) ? { ...s, label: 'body', hits: [...s.hits, LISTING_ITEM_HIT] } : s));
}

/**
 * On a page the page-type stage calls a forum, the replies under comment cues are posts of the
 * thread (forum.ts): each that reads as body without the cue becomes body. Run after the page
 * type, like the listing promotion: spam and the never-body constraints are left as they are.
 */
export function promoteForumPosts(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const commentCue = space.indexOf('dom.commentCue');
  const sentencePunct = space.indexOf('sentencePunct');
  const clausePunct = space.indexOf('clausePunct');
  const posts = findForumPosts(
    segments.map((s) => ({
      label: s.label,
      scores: s.scores,
      hits: s.hits,
      commentCue: s.features[commentCue] === 1,
      candidate: s.block.kind !== 'inline' && neverBody(s.features, space) === undefined,
      punctuated: (s.features[sentencePunct] ?? 0) + (s.features[clausePunct] ?? 0) > 0,
    })),
  );
  return relabel(segments, posts, 'body', FORUM_POST_HIT);
}

/**
 * On a page the page-type stage calls a forum, posts demoted as outside the main container come
 * back when their element is built like the posts inside it (post-units.ts). Run after the page
 * type, like the other promotions: spam, never-body text and navigation-cued text are left alone.
 */
export function promotePostUnits(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const navCue = space.indexOf('dom.navCue');
  const posts = findPostUnits(
    segments.map((s) => ({
      label: s.label,
      scores: s.scores,
      hits: s.hits,
      path: s.block.path ?? '',
      candidate: s.block.kind !== 'inline' && s.features[navCue] !== 1 && neverBody(s.features, space) === undefined,
    })),
  );
  return relabel(segments, posts, 'body', POST_UNIT_HIT);
}

/**
 * On a page the page-type stage calls a product, the folded panels of its tab group that lie
 * outside the main container are the product's content (product-tabs.ts). Run after the page
 * type, like the other promotions.
 */
export function promoteProductTabs(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  return relabel(segments, findProductTabs(segments), 'body', PRODUCT_TAB_HIT);
}

/**
 * Whether a segment may be turned body by the passes that run after the page type (item titles,
 * linked text): not an inline piece, not a control's label, not in the site's chrome, a footer or a
 * dialog, and not text a never-body constraint holds.
 */
function latePromotable(space: FeatureSpace): (s: LabelledSegment) => boolean {
  const blocked = ['dom.control', 'dom.siteChrome', 'dom.footerCue', 'dom.dialogCue'].map((name) => space.indexOf(name));
  return (s) => s.block.kind !== 'inline' && blocked.every((i) => s.features[i] !== 1) && neverBody(s.features, space) === undefined;
}

/**
 * The linked titles of items whose text is body (item-titles.ts): a list that the page keeps as
 * its content — a blog index, a paper list, a docs index read as an article — has each summary as
 * body and each title as navigation; the titles become body. Run after the page-type promotions
 * (a listing's promoted list is settled and left alone) and before the screen-reader and duplicate
 * passes, so that a title shown twice keeps one copy. Not on forum pages (the caller's choice).
 */
export function promoteItemTitles(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const chars = space.indexOf('chars');
  const linkDensity = space.indexOf('linkDensity');
  const heading = space.indexOf('kind.heading');
  const promotable = latePromotable(space);
  const titles = findItemTitles(
    segments.map((s) => ({
      label: s.label,
      path: s.block.path,
      chars: s.features[chars] ?? 0,
      linkDensity: s.features[linkDensity] ?? 0,
      candidate: promotable(s),
      promoted: s.hits.includes(LISTING_ITEM_HIT),
      heading: s.features[heading] === 1,
    })),
  );
  return relabel(segments, titles, 'body', ITEM_TITLE_HIT);
}

/**
 * Link-dense text between two body segments under the page's body cue is body (linked-text.ts).
 * Run after the item titles, on the labels the page-level passes left. Not on forum pages (the
 * caller's choice).
 */
export function promoteLinkedText(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const linkDensity = space.indexOf('linkDensity');
  const bodyCue = space.indexOf('dom.bodyCue');
  const navCue = space.indexOf('dom.navCue');
  const promotable = latePromotable(space);
  const demoted = new Set<RuleHit>([OUTSIDE_MAIN_HIT, TEASER_HIT]);
  const found = findLinkedText(
    segments.map((s) => ({
      label: s.label,
      linkDensity: s.features[linkDensity] ?? 0,
      candidate: promotable(s) && s.features[bodyCue] === 1 && s.features[navCue] !== 1 && !s.hits.some((h) => demoted.has(h)),
    })),
  );
  return relabel(segments, found, 'body', LINKED_TEXT_HIT);
}

/**
 * Navigation blocks built like the body blocks around them — the same element path, shared by
 * enough blocks with a good share of them body — are items of the same list and become body
 * (sibling-items.ts). Run after the page-type promotions and the item passes (a listing's promoted
 * items count as body), before the consent, screen-reader and duplicate passes, which settle what
 * it promotes like any other body. Not promoted: what a page-level pass demoted (teasers, a
 * forum's furniture, pasted logs, and on pages not typed article, text outside the main
 * container) or a rule reads as a menu word or a bare label; on pages typed article (`article`),
 * link text either, text outside the main container only beside body inside it, and only on paths
 * where a body block is a paragraph of running text.
 */
export function promoteSiblingItems(segments: readonly LabelledSegment[], space: FeatureSpace, article: boolean): readonly LabelledSegment[] {
  const promotable = latePromotable(space);
  const demoted = new Set<RuleHit>(article ? [TEASER_HIT, FORUM_CHROME_HIT, PASTED_LOG_HIT] : [OUTSIDE_MAIN_HIT, TEASER_HIT, FORUM_CHROME_HIT, PASTED_LOG_HIT]);
  const hard = new Set(article ? [...HARD_NAVIGATION_RULES, ...ARTICLE_LINK_RULES] : HARD_NAVIGATION_RULES);
  const found = findSiblingItems(
    segments.map((s) => ({
      label: s.label,
      path: s.block.path,
      item: s.block.kind === 'block' || s.block.kind === 'list',
      candidate: promotable(s) && !s.hits.some((h) => demoted.has(h) || hard.has(h.rule)),
      paragraph: s.hits.some((h) => h.rule === ARTICLE_PARAGRAPH_RULE),
      outside: s.hits.includes(OUTSIDE_MAIN_HIT),
    })),
    { requireParagraph: article },
  );
  return relabel(segments, found, 'body', SIBLING_ITEM_HIT);
}

/**
 * A sentence beside the main container, near body, that is navigation only for a class cue or for
 * lying outside the container, is body (beside-main.ts). Run after the sibling-item pass, on the
 * page types the caller names (beside-main.ts BESIDE_MAIN_PAGE_TYPES), before the consent,
 * screen-reader and duplicate passes.
 */
export function promoteBesideMain(segments: readonly LabelledSegment[], main: ReadonlySet<number> | undefined, space: FeatureSpace): readonly LabelledSegment[] {
  if (main === undefined) return segments;
  const promotable = latePromotable(space);
  const weak = new Set(BESIDE_MAIN_WEAK_RULES);
  const weakOnly = (hits: readonly RuleHit[]): boolean => {
    let cued = false;
    for (const h of hits) {
      if (h.label !== 'navigation' || h.score === 0) continue;
      if (!weak.has(h.rule)) return false;
      cued = true;
    }
    return cued;
  };
  const found = findBesideMain(
    segments.map((s) => ({
      label: s.label,
      ancestors: s.block.ancestors,
      candidate: s.label === 'navigation' && promotable(s) && s.hits.some((h) => h.rule === SENTENCE_RULE) && weakOnly(s.hits),
    })),
    main,
  );
  return relabel(segments, found, 'body', BESIDE_MAIN_HIT);
}

/**
 * On a page the page-type stage calls a forum, a body segment that is a long code block is a log
 * pasted into a post (pasted-log.ts) and becomes navigation. Run after the forum promotions, so
 * that a log in a reply promoted as a post is caught as well.
 */
export function demotePastedLogs(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const chars = space.indexOf('chars');
  return demoteBodyBlocks(segments, (s) => isPastedLog(s.block.path, s.features[chars] ?? 0), PASTED_LOG_HIT);
}

/**
 * On a page the page-type stage calls a forum, a body segment under a signature or notice token is
 * the forum's furniture, not a post (forum-chrome.ts), and becomes navigation. Run after the forum
 * promotions, so that a signature inside a promoted post is caught as well.
 */
export function demoteForumChrome(segments: readonly LabelledSegment[], cues: ForumChromeCues): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => inForumChrome(s.block.cues, cues), FORUM_CHROME_HIT);
}

/**
 * A body segment under a consent manager's token is its banner or preference text, not the page's
 * content (consent-text.ts), and becomes navigation. Run on every page type, after the page-type
 * promotions (a listing's promoted region may hold the banner), before the duplicate pass.
 */
export function demoteConsentText(segments: readonly LabelledSegment[], cues: ConsentTextCues): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => inConsentText(s.block.cues, cues), CONSENT_TEXT_HIT);
}

/** On a page typed article, a body segment in a post's excerpt (an `excerpt` class token) becomes navigation (excerpt-text.ts). */
export function demoteExcerpts(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => inExcerpt(s.block.cues), EXCERPT_TEXT_HIT);
}

/**
 * On a page typed article, body-looking text outside the main container after the article's end
 * (related stories, an author's bio, a sign-up appeal) becomes navigation (after-main.ts). Run
 * last, on the labels the other passes settled, so that the article's end counts the text they
 * promoted or kept with it.
 */
export function demoteAfterMain(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const found = findAfterMain(segments.map((s) => ({ label: s.label, outsideMain: s.hits.some((h) => h.rule === AFTER_MAIN_OUTSIDE_RULE && h.score !== 0) })));
  return relabel(segments, found, 'navigation', AFTER_MAIN_HIT);
}

/**
 * A body segment that repeats an earlier body segment's text at another place on the page (a
 * second layout, a quote) becomes navigation (duplicates.ts). Run last, after the page-type
 * promotions, so that a promoted post or list item counts as body text that a later copy repeats.
 */
export function demoteDuplicateCopies(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const copies = findDuplicateCopies(segments.map((s) => ({ label: s.label, text: s.block.text, path: s.block.path, candidate: s.block.kind !== 'inline' })));
  return relabel(segments, copies, 'navigation', DUPLICATE_HIT);
}

/**
 * Text that the page keeps for screen readers only (block.screenReaderOnly: sr-only,
 * visually-hidden… classes) is not shown, so it is not the page's body: a body segment of it
 * becomes navigation. Run after the page-type promotions — the text still weighs where the page's
 * parts are weighed (the listing region, the list-to-body ratio), as it did before this pass — and
 * before the duplicate pass, so that the shown copy of a product name is the one kept.
 * wcxb-dev training folds: body F1 0.907 → 0.908, collection 0.758 → 0.763, product 0.812 →
 * 0.814; 13 pages up (a shop category whose tiles carry sr-only "Product Name / Product Link"
 * lists 0.64 → 0.94, a product page 0.77 → 0.90), one down (a service page whose gold keeps a
 * comparison table's sr-only answers, 0.86 → 0.81); l3s-gn1, readability, zh-gbk unchanged.
 * Tried first: the text as hidden (dom.hidden): it no longer counted for the listing region and
 * ratio, and a collection page lost its promoted list (0.78 → 0.19) — training folds 0.905 → 0.904.
 */
export function demoteScreenReaderText(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const indices: number[] = [];
  segments.forEach((s, i) => {
    if (s.label === 'body' && s.block.screenReaderOnly === true) indices.push(i);
  });
  return relabel(segments, indices, 'navigation', SCREEN_READER_HIT);
}

const SCREEN_READER_HIT: RuleHit = Object.freeze({ rule: 'constraint.screen-reader-only', label: 'navigation', score: 0, description: 'text for screen readers only (sr-only, visually-hidden…) is not shown on the page' });

/** Body segments of whole blocks (not inline cuts) for which `demote` holds become navigation, with `hit` to say why. */
function demoteBodyBlocks(segments: readonly LabelledSegment[], demote: (s: LabelledSegment) => boolean, hit: RuleHit): readonly LabelledSegment[] {
  const indices: number[] = [];
  segments.forEach((s, i) => {
    if (s.label === 'body' && s.block.kind !== 'inline' && demote(s)) indices.push(i);
  });
  return relabel(segments, indices, 'navigation', hit);
}

/** The segments at `indices` given `label`, with the hit that says why; the others as they are. */
function relabel(segments: readonly LabelledSegment[], indices: readonly number[], label: Label, hit: RuleHit): readonly LabelledSegment[] {
  if (indices.length === 0) return segments;
  const chosen = new Set(indices);
  return segments.map((s, i) => (chosen.has(i) ? { ...s, label, hits: [...s.hits, hit] } : s));
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

/** The rule that discounts the head's meta description (data/rules/20_navigation.json). */
const META_RULE = 'nav.meta';

const ONLY_DESCRIPTION_HIT: RuleHit = Object.freeze({ rule: 'context.only-description', label: 'body', score: 0, description: 'nothing in the page flow is body; the page\'s meta description, which reads as body, is all it says of its content' });

const ONLY_TEXT_HIT: RuleHit = Object.freeze({ rule: 'context.only-text', label: 'body', score: 0, description: 'nothing on the page is body on its own; undecided text is all the page has to say' });
