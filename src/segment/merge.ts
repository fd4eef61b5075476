import type { Block } from './block.js';
import { detectList } from './list.js';

/**
 * Blocks → segments. Consecutive link items of one list container (`<li><a>` rows, `<a>`s split by
 * `<br>`) are merged into one list segment: one related-links list is one part of the page. Every
 * other block gets its list shape, if its text has one (`kw | kw | …`, headlines run together).
 */

/** A block is a link item when at least this share of its characters is link text. */
export const LINK_ITEM_MIN_LINK_SHARE = 0.5;
/** Longer blocks are not merged even when linked (a linked paragraph is still a paragraph). */
export const LINK_ITEM_MAX_CHARS = 120;

function isLinkItem(block: Block): boolean {
  const chars = block.text.replace(/\s/g, '').length;
  return block.groupId !== undefined && block.kind === 'block' && block.linkCount > 0 && chars <= LINK_ITEM_MAX_CHARS && block.linkChars >= LINK_ITEM_MIN_LINK_SHARE * chars;
}

export function mergeBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  let run: Block[] = [];
  const closeRun = (): void => {
    if (run.length === 0) return;
    if (run.length === 1) out.push(withListShape(run[0]!));
    else out.push(mergeRun(run));
    run = [];
  };
  for (const block of blocks) {
    if (isLinkItem(block) && (run.length === 0 || run[0]!.groupId === block.groupId)) {
      run.push(block);
      continue;
    }
    closeRun();
    if (isLinkItem(block)) run.push(block);
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
    list: { separator: 'li', items: run.map((b) => b.text) },
  };
}
