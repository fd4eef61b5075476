import { join } from 'node:path';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';
import { DATA_DIR } from '../data-dir.js';
import { z } from 'zod';
import { readDataFile } from '../data-file.js';

/**
 * A box the page shows on demand — a pop-up, a lightbox, a drawer, a chat widget — opens with
 * the control that closes it: its first text is a button reading "×",
 * "Close" or an icon font's "close"/"clear". Its text (a shop's shipping and returns policy, a
 * financing offer, a cookie policy, a newsletter offer, a chat assistant's greeting) is printed
 * into the page for a click and is not what the reader came for; where the box's class words say
 * dialog (modal, popup) dom.dialogCue already tells, but a lightbox named `lb-…` or a chat panel
 * named after its assistant says nothing, and its paragraphs read as body. So every body segment
 * of a box whose first text (in page order) is a close control (CLOSE_CONTROLS_FILE) becomes
 * navigation — the box being the innermost element above the control that holds other text too.
 * A box holding more than CLOSE_BOX_MAX_SHARE of the page's body is the page itself (a loader's
 * or a slide-in menu's close button printed first inside the page's wrapper), and is left alone.
 *
 * Measured on the wcxb-dev training folds (session 46, helper product-46), on the segment dump
 * first: boxes whose first text is a close control (dom.control) and that held body text, on 8
 * sites. On 5 the gold leaves the text out (a fitness shop's shipping, returns and financing
 * lightboxes, 715 tokens; a consulting firm's research-report overlays, 8 boxes; two cookie-policy
 * modals; a rental site's chat assistant). On 3 a close button stands first inside the page's own
 * wrapper (a video player's, a slide-in menu's, a collection page's modal that holds the page):
 * each box held all of the page's body (share 1.00, in the metric's tokens), and
 * CLOSE_BOX_MAX_SHARE keeps it; the largest share the gold left out was 0.33. Without the control
 * test 4 sites more, all kept by the gold: a podcast directory's revealed card backs (the close icon an <i> in the card's title), a loader's
 * close text first in a page's wrapper, a reference page's `close` event (a link), an encyclopedia's
 * heading. Built: wcxb-dev training folds 1-2 0.93604 -> 0.93692, 3-4 0.94329 -> 0.94344;
 * service 0.9138 -> 0.9160, collection 0.8821 -> 0.8860, listing 0.8699 -> 0.8705, article
 * +0.00006; 5 pages up (the consulting firm 0.781 -> 0.977, the fitness shop 0.440 -> 0.472, the
 * chat assistant 0.848 -> 0.890, the cookie modals 0.929 -> 0.961 and 0.935 -> 0.972), none down;
 * the guard sets and the unseen half-A pages unchanged page for page. The pass is not held by the
 * demotion limit (demotion-limit.ts UNLIMITED_DEMOTIONS): it bounds each box itself.
 */

/** The close-control words, relative to the data folder. */
export const CLOSE_CONTROLS_FILE = join('cues', 'close-controls.json');

/**
 * A box holding more than this share of the page's body weight is not a box shown on demand but
 * the page's own wrapper. Training folds: the boxes the gold leaves out held at most 0.33 of the
 * page's body (a fitness shop's shipping-policy lightbox); the wrappers a loader's or menu's close
 * button opens held all of it (1.00).
 */
export const CLOSE_BOX_MAX_SHARE = 0.5;

const closeControlsSchema = z.object({ description: z.string(), words: z.array(z.string().min(1)).min(1) }).strict();

/** The close-control words (data/cues/close-controls.json). */
export function loadCloseControls(dataDir: string = DATA_DIR): ReadonlySet<string> {
  return new Set(readDataFile(closeControlsSchema, join(dataDir, CLOSE_CONTROLS_FILE), 'a list of close-control words').words.map((w) => w.toLowerCase()));
}

export interface CloseBoxInput {
  label: Label;
  text: string;
  /** A control (dom.control): a button, or an element a script made one. */
  control: boolean;
  /** The ids of the block-level elements that hold it, outermost first; undefined for plain text. */
  ancestors: readonly number[] | undefined;
  /** Its weight (weightedChars), counted for the page's body and the box's. */
  weight: number;
  /** In the page flow, not a spliced-in phrase. */
  candidate: boolean;
}

const WHITESPACE = /\s+/gu;

/** Whether `text` is a close control's whole text. */
export function isCloseText(text: string, words: ReadonlySet<string>): boolean {
  return words.has(text.replace(WHITESPACE, ' ').trim().toLowerCase());
}

/**
 * The indices of the body segments inside a box that a close control opens (see the file's comment).
 * Linear in the segments and their ancestries: the run of segments an element holds, from a given
 * segment on, is read off one backward pass (an element's segments stand together in page order),
 * the body weight of a run off prefix sums, and the boxes found are marked as ranges. A page of
 * close buttons each opening a box nested in the last (a hostile page) would make a forward scan
 * per control quadratic.
 */
export function findCloseBoxes(segments: readonly CloseBoxInput[], words: ReadonlySet<string>): number[] {
  const opensBox = (s: CloseBoxInput): boolean => s.control && s.ancestors !== undefined && isCloseText(s.text, words);
  // the pass runs on every page and few have a close control: nothing to walk without one
  if (!segments.some(opensBox)) return [];
  const n = segments.length;
  const bodyBefore = new Float64Array(n + 1);
  segments.forEach((s, i) => {
    bodyBefore[i + 1] = bodyBefore[i]! + (s.label === 'body' && s.candidate ? s.weight : 0);
  });
  const pageBody = bodyBefore[n]!;
  if (pageBody === 0) return [];
  const holds = (j: number, depth: number, id: number): boolean => {
    const a = segments[j]?.ancestors;
    return a !== undefined && a.length > depth && a[depth] === id;
  };
  /** cover[j] - cover[j-1]: how many boxes found start (+1) or end (-1) at j. */
  const cover = new Int32Array(n + 1);
  /** For each element, the end (exclusive) of the run of segments holding it from the segment at hand on. */
  const runEnd = new Map<number, number>();
  for (let i = n - 1; i >= 0; i--) {
    const s = segments[i]!;
    const ancestors = s.ancestors;
    if (ancestors === undefined) continue;
    ancestors.forEach((id, depth) => {
      if (!holds(i + 1, depth, id)) runEnd.set(id, i + 1);
    });
    if (!opensBox(s)) continue;
    for (let depth = ancestors.length - 1; depth >= 0; depth--) {
      const id = ancestors[depth]!;
      // the elements of a box are one run of segments in page order
      if (i > 0 && holds(i - 1, depth, id)) break; // the control is not the box's first text
      const end = runEnd.get(id)!;
      if (end === i + 1) continue; // only the control itself: its own wrapper, look further up
      const boxBody = bodyBefore[end]! - bodyBefore[i + 1]!;
      if (boxBody > 0 && boxBody <= CLOSE_BOX_MAX_SHARE * pageBody) {
        cover[i + 1]!++;
        cover[end]!--;
      }
      break;
    }
  }
  const found: number[] = [];
  let open = 0;
  for (let j = 0; j < n; j++) {
    open += cover[j]!;
    if (open > 0 && segments[j]!.label === 'body') found.push(j);
  }
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const CLOSE_BOX_HIT: RuleHit = relabelHit('context.close-box', 'navigation', 'text of a box shown on demand: its first text is the control that closes it ("×", "Close"), as a pop-up, lightbox or drawer opens');
