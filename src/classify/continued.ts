import type { RuleHit } from '../rules/engine.js';
import { pathShape } from '../segment/place.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Text of the main container continued outside it. The main container (main-content.ts) is one
 * element and its siblings; an article split over cousin elements (a story cut by an ad slot into
 * two `div.entry-content`, a product description in two panels, a docs page in two sections)
 * has the rest outside it, and the outside-main score took it from the body. A first-pass body
 * segment outside the main container whose path ends like that of a first-pass body segment
 * inside it — the last CONTINUED_TAIL_LABELS path labels, tag with id or first class (segment/
 * place.ts), digits set aside — is the same kind of text continued: it is not demoted.
 */

/**
 * Path labels compared: the block's own element and the two above it. Digits are set aside as
 * everywhere a path's shape is compared (segment/place.ts `pathShape`): wcxb-dev training folds,
 * session 21 (helper body-21b), with the lead (lead.ts): digits as 0 0.92698, the labels as
 * written 0.92692 (a CMS that numbers every paragraph, `p#mntl-sc-block_61-0`, +0.017; an SMF
 * thread typed article, `div#msg_4175227`, +0.044), CV-types view 0.92597 against 0.92499
 * (collection 0.8403 against 0.8235). Continued text only when it and the text inside are prose
 * (`body.sentence`): 0.92677 (forum +0.0007, article −0.0005, product −0.0011), dropped.
 */
export const CONTINUED_TAIL_LABELS = 3;

export interface ContinuedInput {
  /** The block's path (segment/place.ts). */
  path: string | undefined;
  /** First-pass body. */
  isBody: boolean;
  /** Inside the main container. */
  inside: boolean;
}

/** The last CONTINUED_TAIL_LABELS labels of a path, digits as 0; undefined for a shorter path. */
export function pathTail(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  const labels = pathShape(path).split('>');
  if (labels.length < CONTINUED_TAIL_LABELS) return undefined;
  return labels.slice(-CONTINUED_TAIL_LABELS).join('>');
}

/** Indices of the body segments outside the main container whose path tail is that of a body segment inside it. */
export function findContinuedText(segments: readonly ContinuedInput[]): number[] {
  const tails = new Set<string>();
  for (const s of segments) {
    const tail = s.isBody && s.inside ? pathTail(s.path) : undefined;
    if (tail !== undefined) tails.add(tail);
  }
  if (tails.size === 0) return [];
  const continued: number[] = [];
  segments.forEach((s, i) => {
    if (!s.isBody || s.inside) return;
    const tail = pathTail(s.path);
    if (tail !== undefined && tails.has(tail)) continued.push(i);
  });
  return continued;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const CONTINUED_HIT: RuleHit = relabelHit('context.continued', 'body', 'outside the element that holds most of the page\'s body text, but built like the body text inside it (same last elements of its path): the text continued, not demoted');
