/**
 * The late promotions: after the page type is known (pagetype/), text the first pass (classify.ts)
 * made navigation is made body page by page — a listing's items, forum posts and post units, item
 * titles, title runs, linked text, linked headings, defined terms, product tabs, sibling items, text beside the main container,
 * undecided item lists, link lists inside the text, section headings over body and headings whose links are permalinks. Each pass reads its own concept's file (listing.ts, forum.ts,
 * item-titles.ts …) and records the hit that says why; src/pipeline.ts calls them in order, with
 * the demotions of late-demotions.ts.
 */
import type { Features, FeatureSpace } from '../features/feature-set.js';
import type { RuleHit } from '../rules/engine.js';
import { firstPassLabel, neverBody, scoresWithoutRule, SENTENCE_RULE } from './label.js';
import { findItemTitles, ITEM_TITLE_HIT } from './item-titles.js';
import { findItemLines, ITEM_LINE_HIT } from './item-lines.js';
import { COMMENT_CUE_RULE, findForumPosts, FORUM_POST_HIT } from './forum.js';
import { ANSWER_LIST_HIT, findAnswerListPosts } from './answer-list.js';
import { findLinkedText, LINKED_TEXT_HIT } from './linked-text.js';
import { findLinkedHeadings, LINKED_HEADING_HIT } from './linked-heading.js';
import { DEFINED_TERM_HIT, findDefinedTerms } from './defined-term.js';
import { findListsInText, LIST_IN_TEXT_HIT } from './list-in-text.js';
import { findSectionHeadings, SECTION_HEADING_HIT } from './section-heading.js';
import { ANCHORED_HEADING_HIT, findAnchoredHeadings } from './anchored-heading.js';
import { CONTEXT_NAVIGATION_RULES } from './context.js';
import { findListingRegion, isItemList, isListControl, isListingContent, isRecommendationTitle, isTitleHeading, itemShape, LISTING_ITEM_HIT, SHORT_NAVIGATION_TERM_RULE } from './listing.js';
import { containerWeight, isInside, OUTSIDE_MAIN_HIT } from './main-content.js';
import { PASTED_LOG_HIT } from './pasted-log.js';
import { FORUM_CHROME_HIT } from './forum-chrome.js';
import { findPostUnits, POST_UNIT_HIT, type PostUnitInput } from './post-units.js';
import { findRepeatedPosts, REPEATED_POST_HIT } from './post-repeats.js';
import { findProductTabs, PRODUCT_TAB_HIT } from './product-tabs.js';
import { BESIDE_MAIN_HIT, BESIDE_MAIN_WEAK_RULES, findBesideMain } from './beside-main.js';
import { ARTICLE_LINK_RULES, ARTICLE_PARAGRAPH_RULE, findSiblingItems, HARD_NAVIGATION_RULES, SIBLING_ITEM_HIT } from './sibling-items.js';
import { TEASER_HIT } from './teasers.js';
import { findTitleRuns, TITLE_RUN_HIT } from './title-run.js';
import { decidedByContextAlone, findSamePlaceItems, SAME_PLACE_HIT, SHORT_BARE_RULE, type SamePlaceInput } from './same-place.js';
import { findUndecidedLists, UNDECIDED_LIST_HIT } from './undecided-list.js';
import { findSpecLists, SPEC_LIST_HIT } from './spec-list.js';
import { CELL_LINE_HIT, findCellLines } from './cell-lines.js';
import { findUndecidedInsideMain, INSIDE_MAIN_HIT } from './inside-main.js';
import { findPageSections, PAGE_SECTION_HIT } from './page-sections.js';
import { findSectionLabels, SECTION_LABEL_HIT } from './section-label.js';
import { REFOLDED_RULE } from './folded.js';
import { CARD_ACTION_HIT } from './card-action.js';
import { findShowcaseItems, LONG_TEXT_RULE } from './showcase.js';
import { followsBuyBox } from './buy-box-grid.js';
import { isHeadBlock } from '../segment/block.js';
import type { LabelledSegment } from './classify.js';
import { relabel } from './relabel.js';
import { FEATURE_ROW_HIT, findFeatureRows, isRowBlockingHit } from './feature-rows.js';
import { LINKED_TEXT_MIN_LINK_DENSITY } from './linked-text.js';
import { CARD_CAPTION_HIT, findCardCaptions } from './card-captions.js';
import { listItemOf } from '../segment/merge.js';
import { nonSpaceLength } from '../segment/whitespace.js';

/**
 * The late promotions by name, in the order src/pipeline.ts runs them: each is its hit's rule
 * without the `context.` prefix, and the name a LatePassObserver (src/pipeline.ts) sees the pass
 * by. A page runs those its page type calls for.
 */
export const LATE_PROMOTIONS = ['answer-list', 'listing-item', 'product-tab', 'forum-post-unit', 'forum-post-repeat', 'forum-post', 'item-title', 'item-line', 'title-run', 'linked-text', 'linked-heading', 'defined-term', 'sibling-item', 'beside-main', 'page-section', 'inside-main', 'undecided-list', 'same-place', 'spec-list', 'cell-line', 'section-label', 'list-in-text', 'section-heading', 'anchored-heading', 'feature-row', 'card-caption'] as const;
export type LatePromotion = (typeof LATE_PROMOTIONS)[number];

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
 * Nor is the list's own control (listing.ts isListControl: a short link with a navigation term,
 * "View all changes", "Sign up to find more jobs"; session 46, 6 pages up a little, none down).
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
  const heading = space.indexOf('kind.heading');
  const linkDensity = space.indexOf('linkDensity');
  // a "View all" link inside the list is its control, no item (listing.ts isListControl)
  const listControl = (s: LabelledSegment): boolean => isListControl(s.features[heading] === 1, s.features[linkDensity] ?? 0, s.hits.some((h) => h.rule === SHORT_NAVIGATION_TERM_RULE));
  const promotable = (s: LabelledSegment): boolean => s.label === 'navigation' && candidate(s) && s.features[control] !== 1 && !listControl(s);
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
  const runsOn = (s: LabelledSegment): boolean => s.label === 'navigation' && candidate(s) && s.features[footerCue] !== 1 && s.features[control] !== 1 && !listControl(s) && shapes.has(itemShape(s.block.path) ?? '');
  const items = segments.map((s) => promoted(s) || runsOn(s));
  // a priced grid after a product's buy box and description is the product page's suggestions (buy-box-grid.ts)
  // visible as the page-type feature buyBox counts segments (pagetype/features.ts)
  const hidden = space.indexOf('dom.hidden');
  const visible = (s: LabelledSegment): boolean => !isHeadBlock(s.block) && s.block.kind !== 'inline' && s.features[hidden] !== 1;
  const bodyBlock = (s: LabelledSegment, i: number): boolean => !items[i] && s.label === 'body' && visible(s);
  const title = segments.find((s) => s.block.kind === 'title')?.block.text;
  if (followsBuyBox(segments.map((s, i) => ({
    visible: visible(s),
    item: items[i]!,
    text: s.block.text,
    heading: s.block.kind === 'heading',
    body: bodyBlock(s, i),
    prose: bodyBlock(s, i) && s.hits.some((h) => h.rule === LONG_TEXT_RULE),
    ancestors: s.block.ancestors,
  })), title)) return segments;
  // a shop's grids after its own prose are a showcase, not the catalogue (showcase.ts)
  const showcase = findShowcaseItems(segments.map((s, i) => ({
    item: items[i]!,
    text: s.block.text,
    prose: !items[i] && s.label === 'body' && s.block.kind !== 'inline' && s.hits.some((h) => h.rule === LONG_TEXT_RULE),
    ancestors: s.block.ancestors,
  })));
  return segments.map((s, i) => (items[i] && !showcase.has(i) ? { ...s, label: 'body', hits: [...s.hits, LISTING_ITEM_HIT] } : s));
}

/** Whether a segment's features hold sentence or clause punctuation (features sentencePunct, clausePunct): a post or an answer that is undecided without its comment cue reads as one when punctuated. */
function punctuationTest(space: FeatureSpace): (features: Features) => boolean {
  const sentencePunct = space.indexOf('sentencePunct');
  const clausePunct = space.indexOf('clausePunct');
  return (features) => (features[sentencePunct] ?? 0) + (features[clausePunct] ?? 0) > 0;
}

/**
 * On a page the page-type stage calls a forum, the replies under comment cues are posts of the
 * thread (forum.ts): each that reads as body without the cue becomes body. Run after the page
 * type, like the listing promotion: spam and the never-body constraints are left as they are.
 */
export function promoteForumPosts(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const commentCue = space.indexOf('dom.commentCue');
  const punctuated = punctuationTest(space);
  const words = space.indexOf('words');
  const posts = findForumPosts(
    segments.map((s) => ({
      label: s.label,
      scores: s.scores,
      hits: s.hits,
      commentCue: s.features[commentCue] === 1,
      candidate: s.block.kind !== 'inline' && neverBody(s.features, space) === undefined,
      punctuated: punctuated(s.features),
      words: s.features[words] ?? 0,
    })),
  );
  return relabel(segments, posts, 'body', FORUM_POST_HIT);
}

/**
 * On a page that declares no thread, the answers of a question printed in comment containers
 * under a heading that counts them (answer-list.ts) become body, whatever the page's type: a
 * Q&A page whose answers are navigation may be typed listing. Run after the page type, like the
 * forum promotion: spam and the never-body constraints are left as they are.
 */
export function promoteAnswerLists(segments: readonly LabelledSegment[], space: FeatureSpace, headings: readonly RegExp[]): readonly LabelledSegment[] {
  const commentCue = space.indexOf('dom.commentCue');
  const punctuated = punctuationTest(space);
  const hasDate = space.indexOf('hasDate');
  const words = space.indexOf('words');
  const weight = space.indexOf('weightedChars');
  const answers = findAnswerListPosts(
    segments.map((s) => ({
      label: s.label,
      text: s.block.text,
      scores: s.scores,
      hits: s.hits,
      ancestors: s.block.ancestors,
      commentCue: s.features[commentCue] === 1,
      candidate: s.block.kind !== 'inline' && neverBody(s.features, space) === undefined,
      punctuated: punctuated(s.features),
      dated: s.features[hasDate] === 1,
      words: s.features[words] ?? 0,
      weight: s.features[weight] ?? 0,
    })),
    headings,
  );
  return relabel(segments, answers, 'body', ANSWER_LIST_HIT);
}

/** The segments as the forum's post passes read them (post-units.ts, post-repeats.ts): spam, never-body text, navigation-cued text and inline pieces are no candidates. */
function postInputs(segments: readonly LabelledSegment[], space: FeatureSpace): PostUnitInput[] {
  const navCue = space.indexOf('dom.navCue');
  return segments.map((s) => ({
    label: s.label,
    scores: s.scores,
    hits: s.hits,
    path: s.block.path ?? '',
    candidate: s.block.kind !== 'inline' && s.features[navCue] !== 1 && neverBody(s.features, space) === undefined,
  }));
}

/**
 * On a page the page-type stage calls a forum, posts demoted as outside the main container come
 * back when their element is built like the posts inside it (post-units.ts). Run after the page
 * type, like the other promotions: spam, never-body text and navigation-cued text are left alone.
 */
export function promotePostUnits(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  return relabel(segments, findPostUnits(postInputs(segments, space)), 'body', POST_UNIT_HIT);
}

/** On a page typed forum, the replies in numbered post containers outside the main container become body (post-repeats.ts). Run after the post units. */
export function promoteRepeatedPosts(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  return relabel(segments, findRepeatedPosts(postInputs(segments, space)), 'body', REPEATED_POST_HIT);
}

/**
 * On a page the page-type stage calls a product, the folded panels of its tab group that lie
 * outside the main container are the product's content (product-tabs.ts). Run after the page
 * type, like the other promotions.
 */
export function promoteProductTabs(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  return relabel(segments, findProductTabs(segments), 'body', PRODUCT_TAB_HIT);
}

/** The page-level demotions the title-run, linked-text and linked-heading passes leave as they are: text outside the main container, teasers. */
const OUTSIDE_MAIN_OR_TEASER: ReadonlySet<RuleHit> = new Set([OUTSIDE_MAIN_HIT, TEASER_HIT]);

/** Whether a page-level pass demoted the segment as outside the main container or as a teaser (OUTSIDE_MAIN_OR_TEASER). */
function demotedByPage(s: LabelledSegment): boolean {
  return s.hits.some((h) => OUTSIDE_MAIN_OR_TEASER.has(h));
}

/**
 * Whether a segment may be turned body by the passes that run after the page type (item titles,
 * linked text): not an inline piece, not a control's label, not in the site's chrome, a footer or a
 * dialog, not text a never-body constraint holds, and not a card's call to action the listing
 * promotion gave back (card-action.ts: the sibling-item pass took a news list's "More in this
 * category" links again as items of the list). With `itemFooter` a footer cue does not block: a
 * line inside one item, between its title and its text, is the item's own footer (Pelican's
 * `footer.post-info`: date and byline), not the site's, as in the listing promotion.
 */
function latePromotable(space: FeatureSpace, itemFooter = false): (s: LabelledSegment) => boolean {
  const cues = itemFooter ? ['dom.control', 'dom.siteChrome', 'dom.dialogCue'] : ['dom.control', 'dom.siteChrome', 'dom.footerCue', 'dom.dialogCue'];
  const blocked = cues.map((name) => space.indexOf(name));
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
 * The short lines between a promoted item title and its text (item-lines.ts): the item's date,
 * byline and tags. Run right after the item titles, whose hits it reads. Not on forum pages (the
 * caller's choice).
 */
export function promoteItemLines(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const chars = space.indexOf('chars');
  const promotable = latePromotable(space, true);
  const linkDensity = space.indexOf('linkDensity');
  const lines = findItemLines(
    segments.map((s) => ({
      label: s.label,
      path: s.block.path,
      chars: s.features[chars] ?? 0,
      linkDensity: s.features[linkDensity] ?? 0,
      candidate: promotable(s),
      title: s.hits.includes(ITEM_TITLE_HIT),
    })),
  );
  return relabel(segments, lines, 'body', ITEM_LINE_HIT);
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
      candidate: promotable(s) && !demotedByPage(s),
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
      candidate: promotable(s) && s.features[bodyCue] === 1 && s.features[navCue] !== 1 && !demotedByPage(s),
    })),
  );
  return relabel(segments, found, 'body', LINKED_TEXT_HIT);
}

/**
 * A heading whose text is all link, in a run of at most two between two body segments, is a
 * heading of the body (linked-heading.ts): an anchor-linked section heading, a buying guide's
 * linked product names. Run after the linked text, on the labels the page-level passes left:
 * teasers and text outside the main container stay as they are. Not on forum pages (the caller's
 * choice).
 */
export function promoteLinkedHeadings(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const linkDensity = space.indexOf('linkDensity');
  const heading = space.indexOf('kind.heading');
  const promotable = latePromotable(space);
  const found = findLinkedHeadings(
    segments.map((s) => ({
      label: s.label,
      titleHeading: isTitleHeading(s.features[heading] === 1, s.features[linkDensity] ?? 0),
      text: s.block.text,
      candidate: promotable(s) && !demotedByPage(s),
    })),
  );
  return relabel(segments, found, 'body', LINKED_HEADING_HIT);
}

/**
 * A description list's term (`<dt>`) right over a body description (`<dd>`) is body
 * (defined-term.ts): an API member, an attribute, a parameter. Run after the linked headings, on
 * the labels the page-level passes left. Not on forum pages (the caller's choice).
 */
export function promoteDefinedTerms(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const promotable = latePromotable(space);
  const found = findDefinedTerms(
    segments.map((s) => ({
      label: s.label,
      path: s.block.path,
      text: s.block.text,
      candidate: promotable(s) && !demotedByPage(s),
    })),
  );
  return relabel(segments, found, 'body', DEFINED_TERM_HIT);
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
 * On a page built of sections, text outside the main container but inside the element that holds
 * most of the first pass's body weight is another section (page-sections.ts). Its body weight is
 * read again off the labelled segments as the first pass saw it: the scores without the
 * outside-main, refold and teaser scores, weighed as the container scores weigh it (main-content.ts
 * containerWeight). Run after the beside-main pass, on the page types the caller names
 * (page-sections.ts PAGE_SECTIONS_PAGE_TYPES).
 */
export function promotePageSections(segments: readonly LabelledSegment[], main: ReadonlySet<number> | undefined, space: FeatureSpace): readonly LabelledSegment[] {
  if (main === undefined) return segments;
  const weight = space.indexOf('weightedChars');
  const navCue = space.indexOf('dom.navCue');
  const promotable = latePromotable(space);
  const weak = new Set(BESIDE_MAIN_WEAK_RULES);
  const firstPassBody = (s: LabelledSegment): boolean => {
    if (neverBody(s.features, space) !== undefined || s.hits.some((h) => h.rule.startsWith('constraint.'))) return false;
    let scores = scoresWithoutRule(s.scores, s.hits, OUTSIDE_MAIN_HIT.rule);
    scores = scoresWithoutRule(scores, s.hits, REFOLDED_RULE);
    scores = scoresWithoutRule(scores, s.hits, TEASER_HIT.rule);
    return firstPassLabel(scores).label === 'body';
  };
  const found = findPageSections(
    segments.map((s) => ({
      ancestors: s.block.ancestors,
      bodyWeight: firstPassBody(s) ? containerWeight(s.features[weight] ?? 0, s.features[navCue] === 1) : 0,
      candidate: s.label === 'navigation' && promotable(s) && s.hits.includes(OUTSIDE_MAIN_HIT) && s.hits.every((h) => h.label !== 'navigation' || h.score === 0 || weak.has(h.rule)),
    })),
    main,
  );
  return relabel(segments, found, 'body', PAGE_SECTION_HIT);
}

/**
 * Undecided text inside the main container that the context pass alone made navigation is body
 * (inside-main.ts). Run after the beside-main pass, on the page types the caller names
 * (inside-main.ts INSIDE_MAIN_PAGE_TYPES), before the consent, screen-reader and duplicate passes
 * and the late demotions, which settle what it promotes like any other body.
 */
export function promoteUndecidedInsideMain(segments: readonly LabelledSegment[], main: ReadonlySet<number> | undefined): readonly LabelledSegment[] {
  const found = findUndecidedInsideMain(segments.map((s) => ({ ...samePlaceInput(s), ancestors: s.block.ancestors })), main);
  return relabel(segments, found, 'body', INSIDE_MAIN_HIT);
}

/**
 * Last of all, the context pass's navigation verdicts on undecided text revised, in three passes
 * run one after the other: a run of list items that no rule decided is the page's own list
 * (undecided-list.ts); then an undecided segment at the exact element path of body text is one
 * more item of that body's list (same-place.ts); then the rows of a "Label: value" list that the
 * context pass or the main container made navigation are the page's specification list
 * (spec-list.ts). Run after every other pass, so that the body they are matched with is final.
 */
export function promoteUndecidedLists(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  return relabel(segments, findUndecidedLists(segments.map(samePlaceInput)), 'body', UNDECIDED_LIST_HIT);
}

/** An undecided segment at the exact element path of body text is one more item of that body's list (same-place.ts). Run right after promoteUndecidedLists. */
export function promoteSamePlaceItems(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  return relabel(segments, findSamePlaceItems(segments.map(samePlaceInput)), 'body', SAME_PLACE_HIT);
}

/** The rows of a "Label: value" list that the context pass or the main container made navigation are the page's specification list (spec-list.ts). Run right after promoteSamePlaceItems. */
export function promoteSpecLists(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  return relabel(segments, findSpecLists(segments.map((s) => ({ ...samePlaceInput(s), text: s.block.text }))), 'body', SPEC_LIST_HIT);
}

/** The short lines of one element's text that the context pass alone made navigation, among lines mostly body by their own rules (cell-lines.ts). Run right after promoteSpecLists. */
export function promoteCellLines(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const found = findCellLines(
    segments.map((s) => ({
      group: s.block.groupId,
      path: s.block.path,
      line: s.block.kind === 'block',
      chars: s.block.text.length,
      ownBody: s.label === 'body' && !s.hits.some((h) => h.rule.startsWith('context.')),
      revisable: s.block.linkChars === 0 && decidedByContextAlone({ label: s.label, path: s.block.path, hits: s.hits, candidate: s.block.screenReaderOnly !== true }),
    })),
  );
  return relabel(segments, found, 'body', CELL_LINE_HIT);
}

/**
 * On a page built of sections, a short block that the context pass alone made navigation at a
 * body/navigation border is one of the page's labels (section-label.ts): body. Run after the
 * undecided items are revised and before the late demotions, which settle what it promotes like
 * any other body; on the page types the caller names (section-label.ts SECTION_LABEL_PAGE_TYPES).
 */
export function promoteSectionLabels(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const promotable = latePromotable(space);
  const found = findSectionLabels(segments.map((s) => ({ ...samePlaceInput(s), block: s.block.kind === 'block' && promotable(s) })));
  return relabel(segments, found, 'body', SECTION_LABEL_HIT);
}

function samePlaceInput(s: LabelledSegment): SamePlaceInput {
  return { label: s.label, path: s.block.path, hits: s.hits, candidate: s.block.kind !== 'inline' && s.block.screenReaderOnly !== true };
}

/**
 * An HTML list of links with body text right before and right after it, inside the element that
 * holds the body's text, is a list of the body (list-in-text.ts): a packing list, a references
 * list, a wiki's list of pages between two paragraphs. Run last of all, on the labels every other
 * pass settled (its neighbours' labels and the body's holder are what it reads). Teasers, text
 * outside the main container and text under a navigation cue stay as they are.
 */
export function promoteListsInText(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const linkDensity = space.indexOf('linkDensity');
  const navCue = space.indexOf('dom.navCue');
  const chars = space.indexOf('chars');
  const promotable = latePromotable(space);
  const found = findListsInText(
    segments.map((s) => ({
      label: s.label,
      list: s.block.kind === 'list',
      linkDensity: s.features[linkDensity] ?? 0,
      path: s.block.path,
      ancestors: s.block.ancestors,
      length: s.features[chars] ?? 0,
      text: s.block.text,
      candidate: promotable(s) && s.features[navCue] !== 1 && !demotedByPage(s),
    })),
  );
  return relabel(segments, found, 'body', LIST_IN_TEXT_HIT);
}

/**
 * A heading that the context pass left as navigation (at a border, or between navigation), that
 * no navigation rule but nav.short-bare scored, and that stands right before body is body
 * (section-heading.ts): "Overview", "Pros", "FAQs" over their sections, a heading over the spec
 * rows a late pass made body. Run last of all, after the lists in the text, on the labels every
 * other pass settled, so that no pass reads it as body beside its own candidates. Not on forum
 * pages (the caller's choice).
 */
export function promoteSectionHeadings(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const title = space.indexOf('kind.title');
  const meta = space.indexOf('kind.meta');
  const promotable = latePromotable(space);
  const found = findSectionHeadings(
    segments.map((s) => ({
      label: s.label,
      heading: s.block.kind === 'heading',
      byContext: CONTEXT_NAVIGATION_RULES.has(s.hits.at(-1)?.rule ?? ''),
      otherNavigationScore: scoresWithoutRule(s.scores, s.hits, SHORT_BARE_RULE).navigation,
      inFlow: s.features[title] !== 1 && s.features[meta] !== 1,
      candidate: promotable(s) && !demotedByPage(s),
    })),
  );
  return relabel(segments, found, 'body', SECTION_HEADING_HIT);
}

/**
 * Headings whose every link points at a place on the same page (anchored-heading.ts): a
 * permalink or a back-link to the contents makes a section heading link text, not navigation.
 * Run after the section headings, on the labels every other pass settled; not on forum pages (the
 * caller's choice).
 */
export function promoteAnchoredHeadings(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const promotable = latePromotable(space);
  const found = findAnchoredHeadings(
    segments.map((s) => ({
      label: s.label,
      heading: s.block.kind === 'heading',
      linkChars: s.block.linkChars,
      permalinkChars: s.block.permalinkChars ?? 0,
      candidate: promotable(s) && !demotedByPage(s),
      commentCued: s.hits.some((h) => h.rule === COMMENT_CUE_RULE),
    })),
  );
  return relabel(segments, found, 'body', ANCHORED_HEADING_HIT);
}

/** A letter or a digit: a block without one (an icon, a "−") is no row's title or sentence. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter: a card's caption names its item (card-captions.ts), a post's number "#2" does not. */
const LETTER = /\p{L}/u;

/**
 * A feature list's rows outside the main container (feature-rows.ts): a short title and one
 * sentence, four rows or more (FEATURE_ROW_MIN_ROWS) built alike, that only their place made navigation, are body. Run
 * last, on the labels every other pass settled, on every page type.
 */
export function promoteFeatureRows(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const words = space.indexOf('words');
  const linkDensity = space.indexOf('linkDensity');
  const control = space.indexOf('dom.control');
  const found = findFeatureRows(
    segments.map((s) => ({
      label: s.label,
      path: s.block.path ?? '',
      hasText: LETTER_OR_DIGIT.test(s.block.text),
      heading: s.block.kind === 'heading',
      control: s.features[control] === 1,
      words: s.features[words] ?? 0,
      linkDensity: s.features[linkDensity] ?? 0,
      sentence: s.hits.some((h) => h.rule === SENTENCE_RULE),
      outsideMain: s.hits.includes(OUTSIDE_MAIN_HIT),
      navigationRule: s.hits.some(isRowBlockingHit),
      candidate: s.label !== 'spam' && s.block.kind !== 'inline' && neverBody(s.features, space) === undefined,
    })),
    LINKED_TEXT_MIN_LINK_DENSITY,
  );
  return relabel(segments, found, 'body', FEATURE_ROW_HIT);
}

/**
 * The captions of a grid of cards (card-captions.ts): one link alone right before a short body
 * detail line of the same card, in CARD_CAPTION_MIN_CARDS cards of one list or more, is body. Run
 * last, on the labels every other pass settled, on every page type.
 */
export function promoteCardCaptions(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const promotable = latePromotable(space);
  const found = findCardCaptions(
    segments.map((s) => {
      const chars = nonSpaceLength(s.block.text);
      return {
        label: s.label,
        hasText: LETTER_OR_DIGIT.test(s.block.text),
        item: listItemOf(s.block),
        group: s.block.groupId,
        soleLink: (s.block.kind === 'block' || s.block.kind === 'heading') && s.block.linkCount === 1 && s.block.linkChars >= chars,
        hasLetter: LETTER.test(s.block.text),
        linkless: s.block.linkChars === 0,
        chars,
        candidate: s.label !== 'spam' && promotable(s),
      };
    }),
  );
  return relabel(segments, found, 'body', CARD_CAPTION_HIT);
}
