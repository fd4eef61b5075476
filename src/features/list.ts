import type { Block } from '../segment/block.js';
import { isSpamPhrase, type LexiconHit } from '../lexicon/matcher.js';
import type { SetFeature } from './feature-set.js';
import { fieldShare } from './field-items.js';

const SEPARATOR_FEATURE: Readonly<Record<string, string>> = {
  '|': 'list.sepPipe',
  '>': 'list.sepArrow',
  '-': 'list.sepDash',
  ',': 'list.sepComma',
  ' ': 'list.sepSpace',
  li: 'list.sepElement',
};

/** List shape and what share of the items carry spam or navigation vocabulary (all 0 when not a list). */
export function listFeatures(block: Block, hits: readonly LexiconHit[], set: SetFeature): void {
  const list = block.list;
  if (!list || list.items.length === 0) return;
  const sep = SEPARATOR_FEATURE[list.separator];
  if (sep) set(sep, 1);

  // Locate items in the segment text in order, then attribute each hit to the item it starts in
  // (binary search: a line of a million separators must stay linear-ish).
  const starts: number[] = [];
  let from = 0;
  let chars = 0;
  for (const item of list.items) {
    const at = block.text.indexOf(item, from);
    const start = at >= 0 ? at : from;
    starts.push(start);
    from = start + item.length;
    chars += item.length;
  }
  const spam = new Uint8Array(starts.length);
  const nav = new Uint8Array(starts.length);
  for (const hit of hits) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= hit.start) lo = mid;
      else hi = mid - 1;
    }
    // a word of a segment-evidence list (lexicon/parse.ts LexiconEvidence) does not make its item spam
    if (isSpamPhrase(hit)) spam[lo] = 1;
    else if (hit.label === 'navigation') nav[lo] = 1;
  }
  const spamItems = spam.reduce((a, b) => a + b, 0);
  const navItems = nav.reduce((a, b) => a + b, 0);
  if (nav[0] === 1) set('list.firstItemNav', 1);
  const n = list.items.length;
  set('list.items', n);
  set('list.meanItemChars', chars / n);
  set('list.spamItemShare', spamItems / n);
  set('list.navItemShare', navItems / n);
  set('list.fieldShare', fieldShare(list.items));
}
