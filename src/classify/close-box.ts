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

/** The indices of the body segments inside a box that a close control opens (see the file's comment). */
export function findCloseBoxes(segments: readonly CloseBoxInput[], words: ReadonlySet<string>): number[] {
  let pageBody = 0;
  for (const s of segments) if (s.label === 'body' && s.candidate) pageBody += s.weight;
  if (pageBody === 0) return [];
  const found = new Set<number>();
  const holds = (j: number, depth: number, id: number): boolean => {
    const a = segments[j]!.ancestors;
    return a !== undefined && a.length > depth && a[depth] === id;
  };
  segments.forEach((s, i) => {
    if (!s.control || s.ancestors === undefined || !isCloseText(s.text, words)) return;
    for (let depth = s.ancestors.length - 1; depth >= 0; depth--) {
      const id = s.ancestors[depth]!;
      // the elements of a box are one run of segments in page order
      if (i > 0 && holds(i - 1, depth, id)) return; // the control is not the box's first text
      let end = i + 1;
      while (end < segments.length && holds(end, depth, id)) end++;
      if (end === i + 1) continue; // only the control itself: its own wrapper, look further up
      let boxBody = 0;
      for (let j = i + 1; j < end; j++) if (segments[j]!.label === 'body' && segments[j]!.candidate) boxBody += segments[j]!.weight;
      if (boxBody === 0 || boxBody > CLOSE_BOX_MAX_SHARE * pageBody) return;
      for (let j = i + 1; j < end; j++) if (segments[j]!.label === 'body') found.add(j);
      return;
    }
  });
  return [...found].sort((a, b) => a - b);
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const CLOSE_BOX_HIT: RuleHit = relabelHit('context.close-box', 'navigation', 'text of a box shown on demand: its first text is the control that closes it ("×", "Close"), as a pop-up, lightbox or drawer opens');
