/**
 * The late demotions: after the page type is known (pagetype/), body text of the first pass
 * (classify.ts) is made navigation page by page — a card's calls to action, pasted logs, a forum's
 * furniture, consent and screen-reader text, an author's box, excerpts, what follows an article
 * outside its container or in the site's own sections, trailing headings and copies, a looping
 * carousel's slides, status
 * messages, a card's merchandising tags, lines about the page, related-link pointers, form
 * builders' stock texts, forms' consent lines, and the site chrome's own body text. Each pass reads its own concept's file (card-action.ts,
 * forum-chrome.ts, duplicates.ts …) and records the hit that says why; src/pipeline.ts calls them
 * in order, with the promotions of late-promotions.ts.
 */
import type { FeatureSpace } from '../features/feature-set.js';
import { isHeadBlock } from '../segment/block.js';
import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import { DUPLICATE_HIT, findCopies, LAYOUT_COPY_HIT, samePlaceRule } from './duplicates.js';
import { CAROUSEL_CLONE_HIT, findCarouselClones } from './carousel-clones.js';
import { LISTING_ITEM_HIT } from './listing.js';
import { OUTSIDE_MAIN_HIT } from './main-content.js';
import { isPastedLog, PASTED_LOG_HIT } from './pasted-log.js';
import { AUTHOR_SECTION_HIT, findAuthorSections } from './author-section.js';
import { FORUM_CHROME_HIT, inForumChrome, type ForumChromeCues } from './forum-chrome.js';
import { isProfileField, PROFILE_FIELD_HIT } from './profile-field.js';
import { FORM_MESSAGE_HIT, isFormMessage } from './form-message.js';
import { FORM_CONSENT } from './form-consent.js';
import { CONSENT_TEXT_HIT, inConsentText, type ConsentTextCues } from './consent-text.js';
import { EXCERPT_TEXT_HIT, inExcerpt } from './excerpt-text.js';
import { AFTER_MAIN_HIT, findAfterMain } from './after-main.js';
import { AFTER_STORY_HIT, findAfterStory, inAfterStoryCue, STORY_TEXT_RULE } from './after-story.js';
import { findTrailingHeadings, TRAILING_HEADING_HIT } from './trailing-heading.js';
import { CALL_TO_ACTION_HIT, inCallToAction } from './call-to-action.js';
import { CARD_ACTION_HIT, findCardActions } from './card-action.js';
import { isStatusMessage, STATUS_MESSAGE_HIT, type StatusMessages } from './status-message.js';
import { FURNITURE_LINE } from './furniture-line.js';
import { CREDIT_LINE } from './credit-line.js';
import { CARD_BADGE } from './card-badge.js';
import { AGE_LINE } from './age-line.js';
import { TAXONOMY_LINE } from './taxonomy-line.js';
import { FORM_TEXT_HIT, findFormText } from './form-text.js';
import { CHROME_TEXT_HIT, isChromeBodyText } from './chrome-text.js';
import { CLOSE_BOX_HIT, findCloseBoxes } from './close-box.js';
import { SUBSCRIBE_APPEAL } from './subscribe-appeal.js';
import { GUEST_APPEAL } from './guest-appeal.js';
import type { ShortLineRule } from './short-line.js';
import { isRelatedLine, RELATED_LINE_HIT } from './related-line.js';
import { DATED_LINK_HIT, findDatedLinkRuns } from './dated-links.js';
import type { LabelledSegment } from './classify.js';
import { relabel } from './relabel.js';
import { findTeaserBands, TEASER_BAND_HIT } from './teaser-band.js';
import { relabelHit } from '../rules/relabel-hit.js';

/** The late demotions by name, in the order src/pipeline.ts runs them (the names the demotion limit, demotion-limit.ts, and its hits use). */
export const LATE_DEMOTIONS = ['card-action', 'pasted-log', 'forum-chrome', 'profile-field', 'consent-text', 'screen-reader', 'duplicate', 'carousel-clone', 'author-section', 'excerpt', 'call-to-action', 'after-main', 'after-story', 'trailing-heading', 'status-message', 'card-badge', 'age-line', 'furniture-line', 'taxonomy-line', 'credit-line', 'related-line', 'dated-link-list', 'form-message', 'form-consent', 'form-text', 'subscribe-appeal', 'guest-appeal', 'chrome-text', 'close-box', 'teaser-band'] as const;
export type LateDemotion = (typeof LATE_DEMOTIONS)[number];

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
 * On a page the page-type stage calls a forum, a body segment that is a line of a poster's user
 * card ("Joined: …", "Posts: 98", profile-field.ts) becomes navigation. Run with the forum
 * furniture, after the forum promotions.
 */
export function demoteProfileFields(segments: readonly LabelledSegment[], fields: ReadonlySet<string>): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => isProfileField(s.block.text, fields), PROFILE_FIELD_HIT);
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
 * A body segment whose whole text is a status message a script prints ("Loading...", a form's
 * "Thank you for subscribing!", "Sold out"; status-message.ts) becomes
 * navigation, on every page type. Run last, after every promotion: a listing's or a product tab's
 * promotion takes such text with the items around it.
 */
export function demoteStatusMessages(segments: readonly LabelledSegment[], messages: StatusMessages): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => isStatusMessage(s.block.text, messages), STATUS_MESSAGE_HIT);
}

/**
 * A body segment whose whole text is a form builder's stock message ("Oops! Something went wrong
 * while submitting the form.", form-message.ts) becomes navigation. Run on every page type, last of
 * all, so that no other pass reads the change: run before the passes that look at the article's
 * last body segment (after-main.ts), it made the page's closing text "after the article" on one
 * training page (−0.015).
 */
export function demoteFormMessages(segments: readonly LabelledSegment[], messages: ReadonlySet<string>): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => isFormMessage(s.block.text, messages), FORM_MESSAGE_HIT);
}

/** A body segment that is a web form's consent line ("By clicking Subscribe, you agree to …"; form-consent.ts) becomes navigation, on every page type. Run with the form builders' stock texts. */
export function demoteFormConsents(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, FORM_CONSENT, patterns);
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

/**
 * On a page typed article, body text after the story's last paragraph of running text in the site's
 * own sections — testimonials, related posts, cards, a slideshow, the author's bio: an after-story
 * class or id word — becomes navigation (after-story.ts). Run after demoteAfterMain, on the
 * labels the other passes settled, and before demoteTrailingHeadings, which takes the headings over
 * the text it demotes.
 */
export function demoteAfterStory(segments: readonly LabelledSegment[], words: ReadonlySet<string>): readonly LabelledSegment[] {
  const found = findAfterStory(
    segments.map((s) => ({
      label: s.label,
      block: s.block.kind !== 'inline',
      storyText: s.hits.some((h) => h.rule === STORY_TEXT_RULE),
      cued: inAfterStoryCue(s.block.cues, s.block.frameCues, words),
    })),
  );
  return relabel(segments, found, 'navigation', AFTER_STORY_HIT);
}

/** Headings after an article's last body text, over navigation only, become navigation (trailing-heading.ts). Run after demoteAfterMain, whose demoted text they head. */
export function demoteTrailingHeadings(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const found = findTrailingHeadings(segments.map((s) => ({ label: s.label, heading: s.block.kind === 'heading', text: s.block.text })));
  return relabel(segments, found, 'navigation', TRAILING_HEADING_HIT);
}

/** On a page typed article, a body segment in a call-to-action box (a `cta` class or id part) becomes navigation (call-to-action.ts). */
export function demoteCallsToAction(segments: readonly LabelledSegment[], words: ReadonlySet<string>): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => inCallToAction(s.block.cues, s.block.frameCues, words), CALL_TO_ACTION_HIT);
}

/**
 * A body segment that repeats an earlier body segment's text at another place on the page (a
 * second layout, a quote) becomes navigation (duplicates.ts); also at the same place, when the page
 * prints that whole place again (on a product page two or three times; elsewhere twice, for two
 * screens: samePlaceRule, screen-copy.ts). Run last,
 * after the page-type promotions, so that a promoted post or list item counts as body text that a
 * later copy repeats.
 */
export function demoteDuplicateCopies(segments: readonly LabelledSegment[], pageType: PageType, screenWords: ReadonlySet<string>): readonly LabelledSegment[] {
  const copies = findCopies(segments.map((s) => ({ label: s.label, text: s.block.text, path: s.block.path, candidate: s.block.kind !== 'inline', cues: s.block.cues })), samePlaceRule(pageType, screenWords));
  return relabel(relabel(segments, copies.elsewhere, 'navigation', DUPLICATE_HIT), copies.samePlace, 'navigation', LAYOUT_COPY_HIT);
}

/**
 * The body texts at a place whose texts wrap round — a looping carousel's slides and the clones
 * of its first slides after its last (carousel-clones.ts) — become navigation, on every page type.
 * Run after the duplicate pass, whose copies sit elsewhere, and before the passes that read what
 * follows the article.
 */
export function demoteCarouselClones(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const found = findCarouselClones(segments.map((s) => ({ label: s.label, text: s.block.text, path: s.block.path, candidate: s.block.kind !== 'inline' })));
  return relabel(segments, found, 'navigation', CAROUSEL_CLONE_HIT);
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

const SCREEN_READER_HIT: RuleHit = relabelHit('constraint.screen-reader-only', 'navigation', 'text for screen readers only (sr-only, visually-hidden…) is not shown on the page');

/**
 * A product card's merchandising tag printed as a line of its own ("3 colors", "2 options", "Up to
 * 40% off": card-badge.ts) becomes navigation, on every page type, whichever pass made it body (the
 * listing promotion takes it with the card). Run last, after every promotion.
 */
export function demoteCardBadges(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, CARD_BADGE, patterns);
}

/**
 * A line that dates the text relative to the visit ("3 days ago", "Asked 2 years ago", "Alan
 * Woinski | 2 weeks ago": age-line.ts) becomes navigation, on every page type, whichever pass made
 * it body — the listing promotion's items included, unlike the furniture and taxonomy passes: the
 * age under a listed title is what the pass is for. Run last, after every promotion.
 */
export function demoteAgeLines(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, AGE_LINE, patterns);
}

/**
 * The text of a form that holds little of the page's body (an order form's options, a plan picker,
 * a quote form: form-text.ts) becomes navigation, whichever pass made it body. Run right after the
 * form builders' stock texts (form-message.ts, whose hit names them better), on the page types
 * FORM_TEXT_PAGE_TYPES names (the caller decides).
 */
export function demoteFormText(segments: readonly LabelledSegment[]): readonly LabelledSegment[] {
  const found = findFormText(segments.map((s) => ({ label: s.label, text: s.block.text, formId: s.block.formId, inline: s.block.kind === 'inline' })));
  return relabel(segments, found, 'navigation', FORM_TEXT_HIT);
}

/**
 * A line about the page, not of it ("5 min read", "Loading...", "Table of contents":
 * furniture-line.ts) becomes navigation, unless the listing promotion made it body (an item's
 * reading time under its title). Run last, after every promotion.
 */
export function demoteFurnitureLines(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, FURNITURE_LINE, patterns, isListingItem);
}

/**
 * A line that files the page under the site's taxonomy ("SKU: …", "Category: …", "Tags: …":
 * taxonomy-line.ts) becomes navigation, unless the listing promotion made it body (a wiki's
 * category index lists its categories as items). Run last, after every promotion.
 */
export function demoteTaxonomyLines(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, TAXONOMY_LINE, patterns, isListingItem);
}

/**
 * A photo's credit on a line of its own ("Image credit: …", "…/Getty Images": credit-line.ts)
 * becomes navigation, whichever pass made it body. Run last, after every promotion.
 */
export function demoteCreditLines(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, CREDIT_LINE, patterns);
}

/**
 * A link under a "Related:" label written into the text (related-line.ts) becomes navigation,
 * whichever pass made it body. Run last, after every promotion.
 */
export function demoteRelatedLines(segments: readonly LabelledSegment[], labels: ReadonlySet<string>, space: FeatureSpace): readonly LabelledSegment[] {
  const linkDensity = space.indexOf('linkDensity');
  return demoteBodyBlocks(segments, (s) => isRelatedLine(s.block.text, s.features[linkDensity] ?? 0, labels), RELATED_LINE_HIT);
}

/**
 * A run of short linked lines that each end with a time stamp (a related-news list, a forum's
 * thread tree: dated-links.ts) becomes navigation, whichever pass made its items body. Run last,
 * after every promotion, on the page types DATED_LINK_PAGE_TYPES names (the caller decides).
 */
export function demoteDatedLinkRuns(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const linkDensity = space.indexOf('linkDensity');
  const linkCount = space.indexOf('linkCount');
  const runs = findDatedLinkRuns(
    segments.map((s) => ({ text: s.block.text, linkDensity: s.features[linkDensity] ?? 0, linkCount: s.features[linkCount] ?? 0, candidate: s.block.kind !== 'inline' && !isHeadBlock(s.block) })),
  );
  return relabel(
    segments,
    runs.filter((i) => segments[i]!.label === 'body'),
    'navigation',
    DATED_LINK_HIT,
  );
}

/**
 * The site's appeal to follow it ("Sign up for our newsletter", "Follow us on Instagram":
 * subscribe-appeal.ts) becomes navigation, whichever pass made it body. Run last, after every
 * promotion, on the page types SUBSCRIBE_APPEAL_PAGE_TYPES names (the caller decides).
 */
export function demoteSubscribeAppeals(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, SUBSCRIBE_APPEAL, patterns);
}

/**
 * A board's appeal to its guests to register ("Sign up to reply", "When you register for an
 * account, …": guest-appeal.ts) becomes navigation, whichever pass made it body. Run last, after
 * every promotion, on the page types GUEST_APPEAL_PAGE_TYPES names (the caller decides).
 */
export function demoteGuestAppeals(segments: readonly LabelledSegment[], patterns: readonly RegExp[]): readonly LabelledSegment[] {
  return demoteShortLines(segments, GUEST_APPEAL, patterns);
}

/**
 * Text in the site's chrome that only its own rules made body (a mega-menu blurb, a promo bar:
 * chrome-text.ts) becomes navigation, on every page type. Run last of all, after every pass.
 */
export function demoteChromeText(segments: readonly LabelledSegment[], space: FeatureSpace): readonly LabelledSegment[] {
  const siteChrome = space.indexOf('dom.siteChrome');
  const heading = space.indexOf('kind.heading');
  return demoteBodyBlocks(segments, (s) => isChromeBodyText({ label: s.label, inChrome: s.features[siteChrome] === 1, heading: s.features[heading] === 1, hits: s.hits }), CHROME_TEXT_HIT);
}

/** Body segments of whole blocks (not inline cuts) for which `demote` holds become navigation, with `hit` to say why. */
function demoteBodyBlocks(segments: readonly LabelledSegment[], demote: (s: LabelledSegment) => boolean, hit: RuleHit): readonly LabelledSegment[] {
  const indices: number[] = [];
  segments.forEach((s, i) => {
    if (s.label === 'body' && s.block.kind !== 'inline' && demote(s)) indices.push(i);
  });
  return relabel(segments, indices, 'navigation', hit);
}

/**
 * Body blocks whose whole text is one of a short-line rule's lines (short-line.ts) become
 * navigation, with the rule's hit; those `spare` holds for stay as they are.
 */
function demoteShortLines(segments: readonly LabelledSegment[], rule: ShortLineRule, patterns: readonly RegExp[], spare: (s: LabelledSegment) => boolean = () => false): readonly LabelledSegment[] {
  return demoteBodyBlocks(segments, (s) => !spare(s) && rule.matches(s.block.text, patterns), rule.hit);
}

/** A listing's item, made body by the listing promotion (an item's reading time, a category index's entries): the furniture and taxonomy passes spare it. */
function isListingItem(s: LabelledSegment): boolean {
  return s.hits.includes(LISTING_ITEM_HIT);
}

/**
 * The text of a box whose first text is the control that closes it (a pop-up, lightbox or drawer
 * printed into the page for a click: close-box.ts) becomes navigation, on every page type. Run
 * after the chrome-text pass, once every promotion that makes such text body has run.
 */
export function demoteCloseBoxes(segments: readonly LabelledSegment[], words: ReadonlySet<string>, space: FeatureSpace): readonly LabelledSegment[] {
  const control = space.indexOf('dom.control');
  const weight = space.indexOf('weightedChars');
  const found = findCloseBoxes(segments.map((s) => ({ label: s.label, text: s.block.text, control: s.features[control] === 1, ancestors: s.block.ancestors, weight: s.features[weight] ?? 0, candidate: s.block.kind !== 'inline' })), words);
  return relabel(segments, found, 'navigation', CLOSE_BOX_HIT);
}

/** On a page typed other, a band of teasers to the site's other pages under a "Latest insights" heading, the heading too, becomes navigation (teaser-band.ts). Run last, after every promotion. */
export function demoteTeaserBands(segments: readonly LabelledSegment[], headings: ReadonlySet<string>): readonly LabelledSegment[] {
  const found = findTeaserBands(segments.map((s) => ({ label: s.label, headingLevel: s.block.kind === 'heading' ? s.block.headingLevel : undefined, text: s.block.text })), headings);
  return relabel(segments, found, 'navigation', TEASER_BAND_HIT);
}
