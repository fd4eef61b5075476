/**
 * The late passes: after the page type is known (pagetype/), the labels of the first pass
 * (classify.ts) are revised page by page — lists, posts, item titles and tabs promoted, a forum's
 * furniture, consent and screen-reader text, copies and what follows an article demoted. Each
 * pass reads its own concept's file (listing.ts, forum.ts, item-titles.ts …) and records the hit
 * that says why; src/pipeline.ts calls them in order.
 */
import type { FeatureSpace } from '../features/feature-set.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { neverBody, SENTENCE_RULE } from './label.js';
import { DUPLICATE_HIT, findDuplicateCopies } from './duplicates.js';
import { findItemTitles, ITEM_TITLE_HIT } from './item-titles.js';
import { findForumPosts, FORUM_POST_HIT } from './forum.js';
import { findLinkedText, LINKED_TEXT_HIT } from './linked-text.js';
import { findListingRegion, isItemList, isListingContent, isRecommendationTitle, isTitleHeading, itemShape, LISTING_ITEM_HIT } from './listing.js';
import { isInside, OUTSIDE_MAIN_HIT } from './main-content.js';
import { isPastedLog, PASTED_LOG_HIT } from './pasted-log.js';
import { AUTHOR_SECTION_HIT, findAuthorSections } from './author-section.js';
import { FORUM_CHROME_HIT, inForumChrome, type ForumChromeCues } from './forum-chrome.js';
import { CONSENT_TEXT_HIT, inConsentText, type ConsentTextCues } from './consent-text.js';
import { findPostUnits, POST_UNIT_HIT } from './post-units.js';
import { findProductTabs, PRODUCT_TAB_HIT } from './product-tabs.js';
import { EXCERPT_TEXT_HIT, inExcerpt } from './excerpt-text.js';
import { AFTER_MAIN_HIT, findAfterMain } from './after-main.js';
import { findTrailingHeadings, TRAILING_HEADING_HIT } from './trailing-heading.js';
import { BESIDE_MAIN_HIT, BESIDE_MAIN_WEAK_RULES, findBesideMain } from './beside-main.js';
import { ARTICLE_LINK_RULES, ARTICLE_PARAGRAPH_RULE, findSiblingItems, HARD_NAVIGATION_RULES, SIBLING_ITEM_HIT } from './sibling-items.js';
import { TEASER_HIT } from './teasers.js';
import { findTitleRuns, TITLE_RUN_HIT } from './title-run.js';
import { findSamePlaceItems, SAME_PLACE_HIT, type SamePlaceInput } from './same-place.js';
import { findUndecidedLists, UNDECIDED_LIST_HIT } from './undecided-list.js';
import { CARD_ACTION_HIT, findCardActions } from './card-action.js';
import type { LabelledSegment } from './classify.js';

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
 * The listing promotion's items that are a card's call to action ("View details" on every card,
 * card-action.ts) go back to navigation, with the hit that says why. Run right after
 * promoteListingItems: every promoted item was navigation before it.
 */
export function demoteCardActions(segments: readonly LabelledSegment[], verbs: ReadonlySet<string>): readonly LabelledSegment[] {
  const actions = findCardActions(segments.map((s) => ({ text: s.block.text, promoted: s.hits.includes(LISTING_ITEM_HIT) })), verbs);
  if (actions.size === 0) return segments;
  return segments.map((s, i) => (actions.has(i) ? { ...s, label: 'navigation', hits: [...s.hits.filter((h) => h !== LISTING_ITEM_HIT), CARD_ACTION_HIT] } : s));
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

/** The page-level demotions the title-run and linked-text passes leave as they are: text outside the main container, teasers. */
const OUTSIDE_MAIN_OR_TEASER: ReadonlySet<RuleHit> = new Set([OUTSIDE_MAIN_HIT, TEASER_HIT]);

/**
 * Whether a segment may be turned body by the passes that run after the page type (item titles,
 * linked text): not an inline piece, not a control's label, not in the site's chrome, a footer or a
 * dialog, not text a never-body constraint holds, and not a card's call to action the listing
 * promotion gave back (card-action.ts: the sibling-item pass took a news list's "More in this
 * category" links again as items of the list).
 */
function latePromotable(space: FeatureSpace): (s: LabelledSegment) => boolean {
  const blocked = ['dom.control', 'dom.siteChrome', 'dom.footerCue', 'dom.dialogCue'].map((name) => space.indexOf(name));
  return (s) => s.block.kind !== 'inline' && blocked.every((i) => s.features[i] !== 1) && neverBody(s.features, space) === undefined && !s.hits.includes(CARD_ACTION_HIT);
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
 * A run of linked headings built alike that starts right after a body segment is the list the body
 * introduces (title-run.ts): a category archive's titles under its introduction. Run after the
 * item titles (titles over body summaries are theirs), on the labels the page-level passes left:
 * teasers and text outside the main container stay as they are. Not on forum pages (the caller's
 * choice).
 */
export function promoteTitleRuns(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const linkDensity = space.indexOf('linkDensity');
  const heading = space.indexOf('kind.heading');
  const promotable = latePromotable(space);
  const runs = findTitleRuns(
    segments.map((s) => ({
      label: s.label,
      path: s.block.path,
      heading: s.features[heading] === 1,
      titleHeading: isTitleHeading(s.features[heading] === 1, s.features[linkDensity] ?? 0),
      candidate: promotable(s) && !s.hits.some((h) => OUTSIDE_MAIN_OR_TEASER.has(h)),
    })),
  );
  return relabel(segments, runs, 'body', TITLE_RUN_HIT);
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
  const found = findLinkedText(
    segments.map((s) => ({
      label: s.label,
      linkDensity: s.features[linkDensity] ?? 0,
      candidate: promotable(s) && s.features[bodyCue] === 1 && s.features[navCue] !== 1 && !s.hits.some((h) => OUTSIDE_MAIN_OR_TEASER.has(h)),
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
      // a card's call to action, given back to navigation (card-action.ts), still marks where the
      // list is: a grid's last "Add to Cart" stood right above a shop's category text
      label: s.hits.includes(CARD_ACTION_HIT) ? 'body' : s.label,
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

/**
 * On a page typed article, a section headed "About the author" (or the reviewer) that opens its
 * own element is the author's bio box, and its body segments become navigation (author-section.ts).
 */
export function demoteAuthorSections(segments: readonly LabelledSegment[], titles: ReadonlySet<string>): readonly LabelledSegment[] {
  const found = findAuthorSections(
    segments.map((s) => ({ label: s.label, heading: s.block.kind === 'heading', text: s.block.text, path: s.block.path, candidate: s.block.kind !== 'inline' })),
    titles,
  );
  return relabel(segments, found, 'navigation', AUTHOR_SECTION_HIT);
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
  const found = findAfterMain(segments.map((s) => ({ label: s.label, outsideMain: s.hits.includes(OUTSIDE_MAIN_HIT) })));
  return relabel(segments, found, 'navigation', AFTER_MAIN_HIT);
}

/** Headings after an article's last body text, over navigation only, become navigation (trailing-heading.ts). Run after demoteAfterMain, whose demoted text they head. */
export function demoteTrailingHeadings(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const found = findTrailingHeadings(segments.map((s) => ({ label: s.label, heading: s.block.kind === 'heading', text: s.block.text })));
  return relabel(segments, found, 'navigation', TRAILING_HEADING_HIT);
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

/**
 * Last of all, the context pass's navigation verdicts on undecided text revised: a run of list
 * items that no rule decided is the page's own list (undecided-list.ts), and an undecided segment
 * at the exact element path of body text is one more item of that body's list (same-place.ts).
 * Run after every other pass, so that the body they are matched with is final.
 */
export function promoteUndecidedItems(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const lists = relabel(segments, findUndecidedLists(segments.map(samePlaceInput)), 'body', UNDECIDED_LIST_HIT);
  return relabel(lists, findSamePlaceItems(lists.map(samePlaceInput)), 'body', SAME_PLACE_HIT);
}

function samePlaceInput(s: LabelledSegment): SamePlaceInput {
  return { label: s.label, path: s.block.path, hits: s.hits, candidate: s.block.kind !== 'inline' && s.block.screenReaderOnly !== true };
}

/** The segments at `indices` given `label`, with the hit that says why; the others as they are. */
function relabel(segments: readonly LabelledSegment[], indices: readonly number[], label: Label, hit: RuleHit): readonly LabelledSegment[] {
  if (indices.length === 0) return segments;
  const chosen = new Set(indices);
  return segments.map((s, i) => (chosen.has(i) ? { ...s, label, hits: [...s.hits, hit] } : s));
}
