import { isHeadBlock, type Block } from './block.js';
import { CARD_ACTION_MIN_REPEATS, isCallToActionLabel, repeatKey } from './call-to-action.js';
import { detectList } from './list.js';
import { nonSpaceLength } from './whitespace.js';

/**
 * Blocks → segments. Consecutive link items of one list container (`<li><a>` rows, `<a>`s split by
 * `<br>`) are merged into one list segment: one related-links list is one part of the page — but
 * not across the items of a list of cards (CARD_MIN_BLOCKS). Every other block gets its list
 * shape, if its text has one (`kw | kw | …`, headlines run together).
 */

/** A block is a link item when at least this share of its characters is link text. */
export const LINK_ITEM_MIN_LINK_SHARE = 0.5;
/** Longer blocks are not merged even when linked (a linked paragraph is still a paragraph). */
export const LINK_ITEM_MAX_CHARS = 120;
/**
 * A list item holding at least this many blocks is a card (a title, a maker line, a price, a
 * button): its links are not merged with another item's. Without it a card's last link (its "Add
 * To Cart") and the next card's first (its title) ran into one segment — "Add To Cart Camp
 * Cocktails" — that no later pass could take apart: the button stayed body with the title, or the
 * title went with the button. wcxb-dev training folds (session 25, helper body-25b), body F1
 * 0.93139 -> 0.93154, listing 0.8512 -> 0.8524, collection 0.8622 -> 0.8636: three sites up (a shop
 * grid 0.773 -> 0.829, a Magento grid whose "Add to Compare" ran into the next card 0.724 -> 0.750,
 * a job board 0.916 -> 0.985), two down by under 0.001 (a blog's card byline and topic split, a
 * forum's post-footer links split from the next post's header). 201 of 898 pages are cut
 * differently, 5 change score; 2 and 3 give the same pages. Guards (readability, l3s-gn1, zh-gbk)
 * page for page unchanged. Inside one card the button (mergeBlocks `actionVerbs`) is kept apart
 * too: collection 0.8636 -> 0.8657, two shops up (a chair grid whose "Quick view View Options" ran
 * into each title 0.871 -> 0.974, a solar shop 0.603 -> 0.617), none down; never merging inside a
 * card took a job board's cards apart (0.985 -> 0.803).
 */
export const CARD_MIN_BLOCKS = 2;

/**
 * Inside one card, a link of another part of the card (cardPartOf) does not join a run that holds
 * at least this many link lines of the part before it: a poster box whose link wraps an overlay
 * panel of several lines (the film's name and score, its genre, cast and release date, shown on
 * mouse-over) and the caption link under the poster are two parts of the card, and run together
 * the caption was lost in the panel's navigation (listing-unseen's Maoyan film grid, session 45:
 * "天气之子 9.0 类型: … 上映时间: 2019-11-01 天气之子" as one segment). Two one-line parts ("Quick
 * view" over a shirt's name) still run together as before, as one link line of each part. With 1
 * (any part change) one more wcxb-dev training page moved (a forum, 0.940 -> 0.944) and the
 * one-line links of a card that the segmenter tests keep together were parted; with 2 (and the
 * caption pass) the only training page that moved was one the caption pass took. The captions it frees are taken by classify/card-captions.ts.
 */
export const CARD_PANEL_MIN_LINES = 2;

function isLinkItem(block: Block): boolean {
  // the cheap tests first: most blocks hold no link
  if (block.groupId === undefined || block.kind !== 'block' || !(block.linkCount > 0)) return false;
  const chars = nonSpaceLength(block.text);
  return chars <= LINK_ITEM_MAX_CHARS && block.linkChars >= LINK_ITEM_MIN_LINK_SHARE * chars;
}

/** The block-level element `depth` levels under the list container the block's group names, or undefined when there is none. */
function belowGroup(block: Block, depth: number): number | undefined {
  const ancestors = block.ancestors;
  if (ancestors === undefined || block.groupId === undefined) return undefined;
  const at = ancestors.lastIndexOf(block.groupId);
  return at === -1 || at + depth >= ancestors.length ? undefined : ancestors[at + depth];
}

/**
 * The item of its list a block sits in: the block-level element right under the list container
 * its group names (an `<li>` of a `<ul>`), or undefined when the group is no list container among
 * the block's ancestors.
 */
export function listItemOf(block: Block): number | undefined {
  return belowGroup(block, 1);
}

/**
 * The part of its list item a block sits in: the element right under the item (listItemOf) that
 * holds it — a card's poster box, its caption line, its detail line — or undefined when the block
 * is the item's own text.
 */
export function cardPartOf(block: Block): number | undefined {
  return belowGroup(block, 2);
}

/** Number of blocks in each list item (listItemOf): an item of several blocks is a card, not a row of a link list. */
function blocksPerItem(blocks: readonly Block[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const block of blocks) {
    const item = listItemOf(block);
    if (item !== undefined) counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  return counts;
}

/** Number of blocks of each text (repeatKey): a card's button is printed on every card. */
function textRepeats(blocks: readonly Block[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) {
    const key = repeatKey(block.text);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const NO_VERBS: ReadonlySet<string> = new Set();

/**
 * Link items of one list merged into list segments. `actionVerbs` (data/cues/card-actions.json):
 * inside one card a call to action printed CARD_ACTION_MIN_REPEATS times or more on the page
 * ("Quick view View Options" on every card) is not merged with the card's other links either.
 */
export function mergeBlocks(blocks: readonly Block[], actionVerbs: ReadonlySet<string> = NO_VERBS): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const perItem = blocksPerItem(blocks);
  // counted only when a card holds a call-to-action label (most pages have none): every block's key costs an NFKC pass
  let repeats: Map<string, number> | undefined;
  const isCard = (item: number | undefined): boolean => item !== undefined && (perItem.get(item) ?? 0) >= CARD_MIN_BLOCKS;
  const isButton = (block: Block): boolean => {
    if (!isCallToActionLabel(block.text, actionVerbs)) return false;
    repeats ??= textRepeats(blocks);
    return (repeats.get(repeatKey(block.text)) ?? 0) >= CARD_ACTION_MIN_REPEATS;
  };
  // a link item joins the run only within one item when either item is a card, and within a card not when either is its button
  const joins = (block: Block): boolean => {
    if (run.length === 0) return true;
    const last = run[run.length - 1]!;
    if (run[0]!.groupId !== block.groupId) return false;
    const a = listItemOf(last);
    const b = listItemOf(block);
    if (a !== b) return !(isCard(a) || isCard(b));
    if (isCard(a) && leavesPanel(last, block)) return false;
    return !(isCard(a) && (isButton(last) || isButton(block)));
  };
  // a link of another part of the card after a panel of CARD_PANEL_MIN_LINES link lines (a poster's overlay): the card's caption
  const leavesPanel = (last: Block, block: Block): boolean => {
    const part = cardPartOf(last);
    if (part === cardPartOf(block)) return false;
    let lines = 0;
    for (const b of run) if (cardPartOf(b) === part) lines++;
    return lines >= CARD_PANEL_MIN_LINES;
  };
  const closeRun = (): void => {
    if (run.length === 0) return;
    if (run.length === 1) out.push(withListShape(run[0]!));
    else out.push(mergeRun(run));
    run = [];
  };
  for (const block of blocks) {
    const linkItem = isLinkItem(block);
    if (linkItem && joins(block)) {
      run.push(block);
      continue;
    }
    closeRun();
    if (linkItem) run.push(block);
    else out.push(withListShape(block));
  }
  closeRun();
  return out;
}

function withListShape(block: Block): Block {
  if (block.kind === 'title' || block.kind === 'script-title' || block.kind === 'line' || block.kind === 'block' || block.kind === 'heading') {
    const list = detectList(block.text);
    if (list) return { ...block, kind: block.kind === 'block' || block.kind === 'line' ? 'list' : block.kind, list };
  }
  return block;
}

function mergeRun(run: Block[]): Block {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  return {
    ...first,
    text: run.map((b) => b.text).join(' '),
    kind: 'list',
    end: last.end,
    linkChars: run.reduce((n, b) => n + b.linkChars, 0),
    linkCount: run.reduce((n, b) => n + b.linkCount, 0),
    hidden: run.every((b) => b.hidden),
    screenReaderOnly: run.every((b) => b.screenReaderOnly === true),
    list: { separator: 'li', items: run.map((b) => b.text) },
  };
}

/**
 * At most this many segments per page: a page of a million tiny paragraphs would otherwise hold
 * a million feature vectors and report entries (the corpus's largest page has a few thousand).
 */
export const MAX_SEGMENTS = 20_000;

/** Head segments (title, script title, meta tags) kept on a capped page; real pages have a handful. */
export const MAX_HEAD_SEGMENTS = 1_000;

/**
 * When a page has more than `max` segments, join runs of consecutive page blocks (in order,
 * evenly) so that at most `max` remain; title and meta segments stay as they are. For text input
 * give `source`: a joined run then keeps the text between its lines, so its span is its text.
 */
export function capSegments(blocks: readonly Block[], max: number = MAX_SEGMENTS, source?: string): { blocks: Block[]; capped: boolean } {
  if (blocks.length <= max) return { blocks: [...blocks], capped: false };
  // (max > MAX_HEAD_SEGMENTS, so head and joined runs together stay within max)
  // a page of 150,000 meta tags or title assignments: keep the titles, the LAST script titles (the
  // browser shows the last assignment) and the first meta tags, MAX_HEAD_SEGMENTS in all
  const half = MAX_HEAD_SEGMENTS / 2;
  const head = [
    ...blocks.filter((b) => b.kind === 'title'),
    ...blocks.filter((b) => b.kind === 'script-title').slice(-half),
    ...blocks.filter((b) => b.kind === 'meta-description' || b.kind === 'meta-keywords').slice(0, half),
  ];
  const body = blocks.filter((b) => !isHeadBlock(b));
  const size = Math.ceil(body.length / Math.max(1, max - head.length));
  const out: Block[] = [...head];
  for (let i = 0; i < body.length; i += size) {
    const run = body.slice(i, i + size);
    const first = run[0]!;
    const last = run[run.length - 1]!;
    out.push(
      run.length === 1
        ? first
        : {
            ...first,
            // text input: lines (some of list shape, kind 'list'), joined as the input has them, line breaks and all
            kind: source !== undefined || first.kind === 'line' ? 'line' : 'block',
            text: source !== undefined ? source.slice(first.start, last.end) : run.map((b) => b.text).join(' '),
            end: last.end,
            linkChars: run.reduce((n, b) => n + b.linkChars, 0),
            linkCount: run.reduce((n, b) => n + b.linkCount, 0),
            hidden: run.every((b) => b.hidden),
            screenReaderOnly: run.every((b) => b.screenReaderOnly === true),
          },
    );
  }
  return { blocks: out, capped: true };
}
