import type { RuleHit } from '../rules/engine.js';
import { consecutiveRuns } from './runs.js';
import { decidedByContextAlone, type SamePlaceInput } from './same-place.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A list that no rule decided. A product's bullet points ("Cupholder compatible", "Splash
 * resistant", "CAS Latency CL32"), a course's topics, a service's list of what it covers: short
 * items with no link and no sentence, so no rule says body or navigation, and the context pass
 * (context.ts) makes them navigation when a menu or a price line is the nearest decided text.
 * Menus are lists too, but their items are links (nav.link-dense, nav.link-only) or sit under a
 * navigation cue, and those are decided by rules. So UNDECIDED_LIST_MIN_ITEMS or more consecutive
 * list items at one exact element path (segment/place.ts), each made navigation by the context
 * pass alone (same-place.ts `decidedByContextAlone`), are the page's own list: body.
 *
 * A list item is a block whose element is an `<li>`, or an inline element (`<strong>`, `<span>`,
 * `<b>`, `<p>`) right under one: a bullet's bold lead ("Size : 55 x 30 x 20cm" in `li>strong`).
 */

/**
 * wcxb-dev training folds (page types cross-validated), session 23 (helper body-23a), simulated
 * on the session's labels on top of context.same-place: 4 items body 0.9293 -> 0.9294, product
 * +0.0008, service +0.0006; 3 gave the same figures by type, with 3 more pages up and 7 more
 * down.
 */
export const UNDECIDED_LIST_MIN_ITEMS = 4;

/** Tags of the inline elements a list item's text may sit in, right under the `<li>`. */
const ITEM_INLINE_TAGS: ReadonlySet<string> = new Set(['strong', 'span', 'b', 'p']);

const NAME_MARK = /[.#]/;
/** What `.` does not match: a mark followed by one of these, later in the label, could not start the pattern's match. */
const LINE_TERMINATORS = ['\n', '\r', '\u2028', '\u2029'] as const;

/**
 * A path label's tag: the label up to its first `.` or `#` (where its id or class name starts).
 * What `label.replace(/[.#].*$/, '')` gave, read without it: that pattern tried every `.` and `#`
 * of a long custom tag name against the rest of the label, quadratic in its length when an id
 * brought a line break after them (`.` stops at one). So the marks before the label's last line
 * terminator are passed over, as the pattern could not match from them.
 */
export function tagOf(label: string | undefined): string {
  const text = label ?? '';
  const from = Math.max(...LINE_TERMINATORS.map((t) => text.lastIndexOf(t))) + 1;
  const mark = text.slice(from).search(NAME_MARK);
  return mark < 0 ? text : text.slice(0, from + mark);
}

/** Whether a block at this element path is a list item: an `<li>`, or an inline element right under one. */
export function isListItemPath(path: string): boolean {
  const labels = path.split('>');
  const last = tagOf(labels[labels.length - 1]);
  if (last === 'li') return true;
  return ITEM_INLINE_TAGS.has(last) && tagOf(labels[labels.length - 2]) === 'li';
}

/** Runs of consecutive segments that are members (`isMember`) at one exact element path (runs.ts). */
export function runsAtOnePath<T extends { path?: string | undefined }>(segments: readonly T[], isMember: (s: T) => boolean): number[][] {
  return consecutiveRuns(segments, isMember, (previous, next) => previous.path === next.path);
}

/** Indices of the segments in runs of UNDECIDED_LIST_MIN_ITEMS or more consecutive list items at one path, each made navigation by the context pass alone. */
export function findUndecidedLists(segments: readonly SamePlaceInput[]): number[] {
  return runsAtOnePath(segments, (s) => decidedByContextAlone(s) && isListItemPath(s.path!))
    .filter((run) => run.length >= UNDECIDED_LIST_MIN_ITEMS)
    .flat();
}

/** One frozen hit, shared by every item it is given to (rules/relabel-hit.ts). */
export const UNDECIDED_LIST_HIT: RuleHit = relabelHit('context.undecided-list', 'body', `one of ${UNDECIDED_LIST_MIN_ITEMS} or more list items in a row at one element path that no rule decided (no link, no navigation cue): the page's own list, not a menu`);
