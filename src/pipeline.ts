import { classifyPage, type LabelledSegment, type MainChooser } from './classify/classify.js';
import { TRAILING_HEADING_PAGE_TYPES } from './classify/trailing-heading.js';
import { limitDemotion } from './classify/demotion-limit.js';
import { demoteAfterMain, demoteAfterStory, demoteAgeLines, demoteAuthorSections, demoteCallsToAction, demoteCarouselClones, demoteCardActions, demoteCloseBoxes, demoteCardBadges, demoteChromeText, demoteConsentText, demoteCreditLines, demoteDatedLinkRuns, demoteDuplicateCopies, demoteExcerpts, demoteFormConsents, demoteFormMessages, demoteFormText, demoteForumChrome, demoteFurnitureLines, demoteGuestAppeals, demotePastedLogs, demoteProfileFields, demoteRelatedLines, demoteScreenReaderText, demoteStatusMessages, demoteSubscribeAppeals, demoteTaxonomyLines, demoteTeaserBands, demoteTrailingHeadings, type LateDemotion } from './classify/late-demotions.js';
import { promoteDefinedTerms, promoteBesideMain, promoteCardCaptions, promoteFeatureRows, promoteAnswerLists, promoteForumPosts, promoteItemLines, promoteItemTitles, promoteLinkedHeadings, promoteLinkedText, promoteListingItems, promoteListsInText, promotePostUnits, promoteRepeatedPosts, promoteSectionHeadings, promoteAnchoredHeadings, promoteProductTabs, promoteSiblingItems, promotePageSections, promoteSectionLabels, promoteTitleRuns, promoteUndecidedInsideMain, promoteUndecidedLists, promoteSamePlaceItems, promoteSpecLists, promoteCellLines, type LatePromotion } from './classify/late-promotions.js';
import { AFTER_MAIN_PAGE_TYPES } from './classify/after-main.js';
import { AFTER_STORY_PAGE_TYPES } from './classify/after-story.js';
import { CALL_TO_ACTION_PAGE_TYPES } from './classify/call-to-action.js';
import { AUTHOR_SECTION_PAGE_TYPES } from './classify/author-section.js';
import { EXCERPT_PAGE_TYPES } from './classify/excerpt-text.js';
import { BESIDE_MAIN_PAGE_TYPES } from './classify/beside-main.js';
import { INSIDE_MAIN_PAGE_TYPES } from './classify/inside-main.js';
import { PAGE_SECTIONS_PAGE_TYPES } from './classify/page-sections.js';
import { SECTION_LABEL_PAGE_TYPES } from './classify/section-label.js';
import { SUBSCRIBE_APPEAL_PAGE_TYPES } from './classify/subscribe-appeal.js';
import { GUEST_APPEAL_PAGE_TYPES } from './classify/guest-appeal.js';
import { DATED_LINK_PAGE_TYPES } from './classify/dated-links.js';
import { FORM_TEXT_PAGE_TYPES } from './classify/form-text.js';
import { CELL_LINE_PAGE_TYPES } from './classify/cell-lines.js';
import { TEASER_BAND_PAGE_TYPES } from './classify/teaser-band.js';
import { declaresThread } from './classify/forum.js';
import { listingCallMargin, NO_LISTING_CALL } from './classify/listing-call.js';
import { isBodiless, promotedEnough } from './classify/bodiless-forum.js';
import { oneProductInputs, showsOneProduct } from './classify/one-product.js';
import { pageVerdict } from './classify/verdict.js';
import { decodeInput, type DecodedInput, type SiftInput } from './decode/input.js';
import { detectDoorway } from './doorway/detect.js';
import { extractFeatures, type AnalyzedSegment } from './features/extract.js';
import { isReportingPage } from './features/lexicon.js';
import type { SifterOptions } from './options.js';
import { inlineCountOnceKey, splitInjections } from './inline/split.js';
import { detectPageType, type PageTypeDecision } from './pagetype/detect.js';
import { buildReport } from './report/build.js';
import type { Report } from './report/schema.js';
import type { Resources } from './resources.js';
import type { SegmentedPage } from './segment/block.js';
import { segmentPage } from './segment/page.js';
import { capSegments, MAX_SEGMENTS, mergeBlocks } from './segment/merge.js';

/** Stage names, in pipeline order. Tokenize runs inside the feature stage: 'features' time includes 'tokenize' time. */
export const STAGES = ['decode', 'segment', 'tokenize', 'features', 'classify', 'report'] as const;
export type Stage = (typeof STAGES)[number];

/** Receives the time of each stage; used by the benchmark only (the library never reads the clock otherwise). */
export interface StageTimer {
  add(stage: Stage, ms: number): void;
  now(): number;
}

/** A late pass by name: a promotion (classify/late-promotions.ts LATE_PROMOTIONS) or a demotion (classify/late-demotions.ts LATE_DEMOTIONS). */
export type LatePass = LatePromotion | LateDemotion;

/** Sees the late passes one by one; used by benchmarks only (benchmarks/diagnose/late-passes.ts, ablation.ts). */
export interface LatePassObserver {
  /** Each late demotion's segments before it and after it (before the demotion limit, classify/demotion-limit.ts). */
  demoted?(pass: LateDemotion, before: readonly LabelledSegment[], after: readonly LabelledSegment[]): void;
  /**
   * Each late pass, promotion or demotion, with the segments before it and those it leaves (a
   * demotion's after the demotion limit): the pipeline goes on with what this returns, with `after`
   * when it returns undefined. A diagnostic's hook: benchmarks/diagnose/ablation.ts skips a pass by
   * returning `before`.
   */
  replace?(pass: LatePass, before: readonly LabelledSegment[], after: readonly LabelledSegment[]): readonly LabelledSegment[] | undefined;
}

/** One late pass run: `after` is the pass applied to `before`; each returns the segments the pipeline goes on with. */
interface LateSteps {
  promote(pass: LatePromotion, before: readonly LabelledSegment[], after: readonly LabelledSegment[]): readonly LabelledSegment[];
  /** A demotion is kept from taking most of a page's body (classify/demotion-limit.ts). */
  demote(pass: LateDemotion, before: readonly LabelledSegment[], after: readonly LabelledSegment[]): readonly LabelledSegment[];
}

/** The late steps; without an observer nothing is done beyond the passes and the demotion limit. */
function lateSteps(observer: LatePassObserver | undefined): LateSteps {
  if (observer === undefined) return { promote: (_pass, _before, after) => after, demote: limitDemotion };
  const replace = (pass: LatePass, before: readonly LabelledSegment[], after: readonly LabelledSegment[]): readonly LabelledSegment[] => observer.replace?.(pass, before, after) ?? after;
  return {
    promote: replace,
    demote: (pass, before, after) => {
      observer.demoted?.(pass, before, after);
      return replace(pass, before, limitDemotion(pass, before, after));
    },
  };
}

/**
 * A page typed listing, forum or product has content that the segment rules call navigation: its
 * list, its replies, its posts outside the main container, its folded tabs. The list is looked
 * for on pages of other types too, promoted there only when it dwarfs the page's body
 * (classify/listing-call.ts): the page type may be wrong.
 */
function promoteByPageType(page: SegmentedPage, judged: readonly LabelledSegment[], pageType: PageTypeDecision, resources: Resources, steps: LateSteps): readonly LabelledSegment[] {
  const thread = declaresThread(page.declaredTypes);
  // a question's answers in comment containers, under a heading that counts them (classify/answer-list.ts); a declared thread has its comment-cued posts promoted below
  const labelled = thread ? judged : steps.promote('answer-list', judged, promoteAnswerLists(judged, resources.space, resources.answerHeadings));
  // a page typed listing whose <h1> and one price share a product's container shows one product: no listing call (classify/one-product.ts)
  const oneProduct = pageType.result.type === 'listing' && showsOneProduct(oneProductInputs(labelled), resources.pageType.cues.classTokens.product);
  const margin = oneProduct ? NO_LISTING_CALL : listingCallMargin(pageType.result.type, pageType.scores);
  const promotedList = margin === undefined ? undefined : steps.promote('listing-item', labelled, promoteListingItems(labelled, resources.space, margin));
  const listed = promotedList === undefined ? labelled : steps.demote('card-action', promotedList, demoteCardActions(promotedList, resources.cardActions));
  if (pageType.result.type === 'product') return steps.promote('product-tab', listed, promoteProductTabs(listed));
  if (pageType.result.type !== 'forum') return listed;
  // posts outside the main container built like the posts inside it (classify/post-units.ts), then
  // replies in a run of numbered post containers built alike (classify/post-repeats.ts)
  const postUnits = steps.promote('forum-post-unit', labelled, promotePostUnits(labelled, resources.space));
  const units = steps.promote('forum-post-repeat', postUnits, promoteRepeatedPosts(postUnits, resources.space));
  const posts = thread ? steps.promote('forum-post', units, promoteForumPosts(units, resources.space)) : units;
  // no post found and no body left: the page's list as on a page of another type, without a listing call (classify/bodiless-forum.ts)
  if (!isBodiless(posts)) return posts;
  // the bound is checked before the step is named, so an observer sees only a promotion that is kept
  const found = promoteListingItems(posts, resources.space, NO_LISTING_CALL);
  if (!promotedEnough(posts, found)) return posts;
  const list = steps.promote('listing-item', posts, found);
  return steps.demote('card-action', list, demoteCardActions(list, resources.cardActions));
}

/**
 * After the page-type promotions: on a forum page a log pasted into a post is not body
 * (classify/pasted-log.ts), nor are the signatures and the board's notices between the posts
 * (classify/forum-chrome.ts) and the lines of a poster's user card (classify/profile-field.ts); elsewhere the linked titles of body items, a run of linked headings
 * right after body text, link-dense text between body segments, a linked heading between
 * them and a description list's term over its body description are body
 * (classify/item-titles.ts, title-run.ts, linked-text.ts, linked-heading.ts, defined-term.ts) — not
 * on a forum page, where a post's title, the poster's name over it and a signature between posts
 * are not.
 */
function refineItems(labelled: readonly LabelledSegment[], pageType: PageTypeDecision, resources: Resources, steps: LateSteps): readonly LabelledSegment[] {
  if (pageType.result.type === 'forum') {
    const logs = steps.demote('pasted-log', labelled, demotePastedLogs(labelled, resources.space));
    const chrome = steps.demote('forum-chrome', logs, demoteForumChrome(logs, resources.cues));
    return steps.demote('profile-field', chrome, demoteProfileFields(chrome, resources.profileFields));
  }
  const titled = steps.promote('item-title', labelled, promoteItemTitles(labelled, resources.space));
  const titles = steps.promote('item-line', titled, promoteItemLines(titled, resources.space));
  const runs = steps.promote('title-run', titles, promoteTitleRuns(titles, resources.space));
  const linked = steps.promote('linked-text', runs, promoteLinkedText(runs, resources.space));
  const headings = steps.promote('linked-heading', linked, promoteLinkedHeadings(linked, resources.space));
  return steps.promote('defined-term', headings, promoteDefinedTerms(headings, resources.space));
}

/**
 * Navigation blocks that share their element path with enough body blocks are items of the same
 * list (classify/sibling-items.ts); on a page typed article, where the shared path is the
 * article's paragraphs, only paths with a paragraph of running text, and no link text. Then, on
 * listing, product and other pages, sentences beside the main container near body that only a
 * class cue or their place made navigation (classify/beside-main.ts), beside the main container
 * the first pass found (classify/classify.ts classifyPage); and on other pages, undecided text
 * inside that container that only its neighbours made navigation (classify/inside-main.ts).
 */
function promoteItems(labelled: readonly LabelledSegment[], main: ReadonlySet<number> | undefined, pageType: PageTypeDecision, resources: Resources, steps: LateSteps): readonly LabelledSegment[] {
  const type = pageType.result.type;
  const items = steps.promote('sibling-item', labelled, promoteSiblingItems(labelled, resources.space, type === 'article'));
  const beside = BESIDE_MAIN_PAGE_TYPES.includes(type) ? steps.promote('beside-main', items, promoteBesideMain(items, main, resources.space)) : items;
  const sections = PAGE_SECTIONS_PAGE_TYPES.includes(type) ? steps.promote('page-section', beside, promotePageSections(beside, main, resources.space)) : beside;
  return INSIDE_MAIN_PAGE_TYPES.includes(type) ? steps.promote('inside-main', sections, promoteUndecidedInsideMain(sections, main)) : sections;
}

/** Last, on an article: an author's section by its heading (classify/author-section.ts), other posts' excerpts (classify/excerpt-text.ts), the site's calls to action (classify/call-to-action.ts), text outside the main container after the article's end (classify/after-main.ts), the site's sections after its last paragraph (classify/after-story.ts) and the headings over it (classify/trailing-heading.ts) are navigation. */
function demoteAfterArticle(labelled: readonly LabelledSegment[], pageType: PageTypeDecision, resources: Resources, steps: LateSteps): readonly LabelledSegment[] {
  const type = pageType.result.type;
  const authors = AUTHOR_SECTION_PAGE_TYPES.includes(type) ? steps.demote('author-section', labelled, demoteAuthorSections(labelled, resources.authorTitles)) : labelled;
  const excerpts = EXCERPT_PAGE_TYPES.includes(type) ? steps.demote('excerpt', authors, demoteExcerpts(authors)) : authors;
  const calls = CALL_TO_ACTION_PAGE_TYPES.includes(type) ? steps.demote('call-to-action', excerpts, demoteCallsToAction(excerpts, resources.callToActionCues)) : excerpts;
  const afterMain = AFTER_MAIN_PAGE_TYPES.includes(type) ? steps.demote('after-main', calls, demoteAfterMain(calls)) : calls;
  const after = AFTER_STORY_PAGE_TYPES.includes(type) ? steps.demote('after-story', afterMain, demoteAfterStory(afterMain, resources.afterStoryCues)) : afterMain;
  return TRAILING_HEADING_PAGE_TYPES.includes(type) ? steps.demote('trailing-heading', after, demoteTrailingHeadings(after)) : after;
}

/** Times the stages one after another: each call charges the time since the previous one to `stage`. */
type Lap = (stage: Stage) => void;

function lapOf(timer: StageTimer | undefined): Lap {
  let t = timer?.now() ?? 0;
  return (stage) => {
    if (!timer) return;
    const now = timer.now();
    timer.add(stage, now - t);
    t = now;
  };
}

/**
 * A page through the stages that do not read the rules' scores: decode, segment, features. What
 * comes after (labelPage) depends on the scores; a fitter of the scores (benchmarks/fit/page-search.ts)
 * analyses each page once and labels it again for every candidate score vector. labelPage reads an
 * analysed page and changes nothing in it.
 */
export interface AnalysedPage {
  decoded: DecodedInput;
  page: SegmentedPage;
  analyzed: AnalyzedSegment[];
}

/** decode → segment → features. */
export function analysePage(resources: Resources, options: SifterOptions, input: SiftInput, timer?: StageTimer): AnalysedPage {
  return analyse(resources, options, input, timer, lapOf(timer));
}

function analyse(resources: Resources, options: SifterOptions, input: SiftInput, timer: StageTimer | undefined, lap: Lap): AnalysedPage {
  const decoded = decodeInput(input, options.maxBytes);
  lap('decode');
  const page = segmentPage(decoded);
  const { blocks, capped } = capSegments(mergeBlocks(page.blocks, resources.cardActions), MAX_SEGMENTS, decoded.kind === 'text' ? decoded.text : undefined);
  if (capped) decoded.warnings.push({ code: 'segment-limit', message: `more than ${MAX_SEGMENTS} segments: consecutive blocks were joined to stay within the limit` });
  lap('segment');
  const analyzed = extractFeatures(page, blocks, resources, timer);
  lap('features');
  return { decoded, page, analyzed };
}

/** An analysed page through classify (rules, passes, page type, verdict) → report. */
export function labelPage(resources: Resources, options: SifterOptions, analysed: AnalysedPage, observer?: LatePassObserver, chooseMain?: MainChooser): Report {
  return label(resources, options, analysed, observer, lapOf(undefined), chooseMain);
}

/**
 * An analysed page's segments as the verdict, the page type and the late passes read them: the
 * rules and the page-level passes (classify/classify.ts), then the doorway stage and the inline
 * spam split. The page-type fit (benchmarks/fit/body-pagetype.ts) reads the page-type features
 * from these, so that it learns from the segments detectPageType is given.
 */
export interface JudgedSegments {
  labelled: LabelledSegment[];
  /** The main container the first pass found (classify/classify.ts classifyPage). */
  main: ReadonlySet<number> | undefined;
  /** A page feature (features/page-features.ts), the same on every segment: read once for the doorway and inline stages and the verdict. */
  reportingPage: boolean;
}

/** classify → doorway → inline spam split, on an analysed page (changes nothing in it). */
export function judgeSegments(resources: Resources, { decoded, analyzed }: AnalysedPage, chooseMain?: MainChooser): JudgedSegments {
  const { segments: classified, main } = classifyPage(analyzed, resources.rules, resources.space, chooseMain);
  const reportingPage = isReportingPage(classified, resources.space);
  const judged = detectDoorway(classified, resources.doorway, resources.bayes, reportingPage);
  const labelled = splitInjections(judged, { model: resources.bayes, countVariants: resources.countVariants, input: decoded.text, inputKind: decoded.kind, reportingPage });
  return { labelled, main, reportingPage };
}

function label(resources: Resources, options: SifterOptions, analysed: AnalysedPage, observer: LatePassObserver | undefined, lap: Lap, chooseMain?: MainChooser): Report {
  const { decoded, page } = analysed;
  const { labelled, main, reportingPage } = judgeSegments(resources, analysed, chooseMain);
  const verdict = pageVerdict(labelled.map((s) => ({ label: s.label, spamScore: s.scores.spam, hits: s.hits, lexiconHits: s.lexiconHits, ...(s.block.kind === 'inline' ? { countOnceKey: inlineCountOnceKey(s, reportingPage) } : {}) })), options.spamThreshold ?? resources.pageThreshold);
  const pageType = detectPageType(page, labelled, resources.pageType);
  const steps = lateSteps(observer);
  const items = promoteItems(refineItems(promoteByPageType(page, labelled, pageType, resources, steps), pageType, resources, steps), main, pageType, resources, steps);
  const consent = steps.demote('consent-text', items, demoteConsentText(items, resources.cues));
  const shown = steps.demote('screen-reader', consent, demoteScreenReaderText(consent));
  const single = steps.demote('duplicate', shown, demoteDuplicateCopies(shown, pageType.result.type, resources.screenVariantCues));
  // a looping carousel's slides, whose texts wrap round at their place (classify/carousel-clones.ts)
  const slides = steps.demote('carousel-clone', single, demoteCarouselClones(single));
  const article = demoteAfterArticle(slides, pageType, resources, steps);
  // then the context pass's navigation verdicts on undecided text revised (classify/undecided-list.ts, same-place.ts, spec-list.ts, cell-lines.ts)
  const lists = steps.promote('undecided-list', article, promoteUndecidedLists(article));
  const places = steps.promote('same-place', lists, promoteSamePlaceItems(lists));
  const specs = steps.promote('spec-list', places, promoteSpecLists(places));
  const undecided = CELL_LINE_PAGE_TYPES.includes(pageType.result.type) ? steps.promote('cell-line', specs, promoteCellLines(specs)) : specs;
  // and on a page built of sections, the short labels the context pass made navigation at a border (classify/section-label.ts)
  const promoted = SECTION_LABEL_PAGE_TYPES.includes(pageType.result.type) ? steps.promote('section-label', undecided, promoteSectionLabels(undecided, resources.space)) : undecided;
  // last, whichever pass made them body: a script's status messages, a card's merchandising tags, lines that date the text relative to the visit, lines about the page, taxonomy lines, photo credits, related-link pointers, form builders' stock texts and forms' consent lines (classify/status-message.ts, card-badge.ts, age-line.ts, furniture-line.ts, taxonomy-line.ts, credit-line.ts, related-line.ts, form-message.ts, form-consent.ts)
  const status = steps.demote('status-message', promoted, demoteStatusMessages(promoted, resources.statusMessages));
  const badges = steps.demote('card-badge', status, demoteCardBadges(status, resources.cardBadges));
  const ages = steps.demote('age-line', badges, demoteAgeLines(badges, resources.ageLines));
  const furniture = steps.demote('furniture-line', ages, demoteFurnitureLines(ages, resources.furnitureLines));
  const taxonomy = steps.demote('taxonomy-line', furniture, demoteTaxonomyLines(furniture, resources.taxonomyLines));
  const credits = steps.demote('credit-line', taxonomy, demoteCreditLines(taxonomy, resources.creditLines));
  const related = steps.demote('related-line', credits, demoteRelatedLines(credits, resources.relatedLabels, resources.space));
  // and, but on a listing, a run of dated links: a related-news list, a thread tree (classify/dated-links.ts)
  const dated = DATED_LINK_PAGE_TYPES.includes(pageType.result.type) ? steps.demote('dated-link-list', related, demoteDatedLinkRuns(related, resources.space)) : related;
  const stock = steps.demote('form-message', dated, demoteFormMessages(dated, resources.formMessages));
  const consents = steps.demote('form-consent', stock, demoteFormConsents(stock, resources.formConsents));
  // and, but on a forum, the rest of the text of a form that holds little of the body: its labels, options and notes (classify/form-text.ts)
  const forms = FORM_TEXT_PAGE_TYPES.includes(pageType.result.type) ? steps.demote('form-text', consents, demoteFormText(consents)) : consents;
  // and on an article or listing, the site's appeals to follow it (classify/subscribe-appeal.ts)
  const appeals = SUBSCRIBE_APPEAL_PAGE_TYPES.includes(pageType.result.type) ? steps.demote('subscribe-appeal', forms, demoteSubscribeAppeals(forms, resources.subscribeAppeals)) : forms;
  // and on a forum, the board's appeals to its guests to register (classify/guest-appeal.ts)
  const guests = GUEST_APPEAL_PAGE_TYPES.includes(pageType.result.type) ? steps.demote('guest-appeal', appeals, demoteGuestAppeals(appeals, resources.guestAppeals)) : appeals;
  // last of all, on every page: the site chrome's text that only its own rules made body (classify/chrome-text.ts)
  const chromeless = steps.demote('chrome-text', guests, demoteChromeText(guests, resources.space));
  // and then, on the labels all that settled, an HTML list of links standing between body text inside the body's element (classify/list-in-text.ts)
  // and on every page, the text of a box that its close control opens: a pop-up, lightbox or drawer shown on demand (classify/close-box.ts)
  const unboxed = steps.demote('close-box', chromeless, demoteCloseBoxes(chromeless, resources.closeControls, resources.space));
  const inText = steps.promote('list-in-text', unboxed, promoteListsInText(unboxed, resources.space));
  // and last, but on a forum, a heading the context pass left as navigation and only its length marked so, right before body (classify/section-heading.ts)
  const headed = pageType.result.type === 'forum' ? inText : steps.promote('section-heading', inText, promoteSectionHeadings(inText, resources.space));
  // and, but on a forum, a heading whose only link is to its own place on the page: a permalink, a back-link to the contents (classify/anchored-heading.ts)
  const anchored = pageType.result.type === 'forum' ? headed : steps.promote('anchored-heading', headed, promoteAnchoredHeadings(headed, resources.space));
  // and very last, a feature list's rows (a short title, one sentence) that only their place outside the main container made navigation (classify/feature-rows.ts)
  const rows = steps.promote('feature-row', anchored, promoteFeatureRows(anchored, resources.space));
  // and after them, on every page, the captions of a grid of cards over their detail lines (classify/card-captions.ts)
  const captions = steps.promote('card-caption', rows, promoteCardCaptions(rows, resources.space));
  // and after all of them, on a page typed other, a band of teasers to the site's other pages under a "Latest insights" heading (classify/teaser-band.ts)
  const sifted = TEASER_BAND_PAGE_TYPES.includes(pageType.result.type) ? steps.demote('teaser-band', captions, demoteTeaserBands(captions, resources.teaserBandHeadings)) : captions;
  lap('classify');
  const report = buildReport(decoded, page, sifted, verdict, pageType.result, options.includeFeatures ? resources.space : undefined);
  lap('report');
  return report;
}

/** The pipeline, one line per stage (DESIGN §3). */
export function siftPage(resources: Resources, options: SifterOptions, input: SiftInput, timer?: StageTimer, observer?: LatePassObserver): Report {
  const lap = lapOf(timer);
  return label(resources, options, analyse(resources, options, input, timer, lap), observer, lap);
}
