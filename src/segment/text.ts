import type { Block, SegmentedPage } from './block.js';

/**
 * Plain text → blocks: one block per non-empty line (offsets of the trimmed line). The first
 * non-empty line is the page's title candidate when it is short enough to be a title and other
 * lines follow it: a text of one line is its own content, not a title over nothing. Until session
 * 42 a one-line text (`sift({ text: 'A sentence.' })`, a crawl's one-paragraph text, a snippet a
 * moderation pipeline checks) was all title, and a title is never body, so its report had no body
 * at all (the session-42 audit of the package).
 */

/** A first line longer than this is content, not a title (longest keyword titles in the corpus: ~160 chars). */
export const TEXT_TITLE_MAX_CHARS = 300;

const LINE = /[^\r\n]+/g;

export function segmentText(text: string): SegmentedPage {
  const blocks: Block[] = [];
  for (const match of text.matchAll(LINE)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = match.index + lead;
    blocks.push({
      // the line as written (inner whitespace kept), so input.slice(start, end) === text
      text: trimmed,
      kind: 'line',
      start,
      end: start + trimmed.length,
      cues: [],
      linkChars: 0,
      linkCount: 0,
      hidden: false,
    });
  }
  // the title is told once every line is known: a short first line with lines after it
  const [first] = blocks;
  if (first === undefined || blocks.length === 1 || first.text.length > TEXT_TITLE_MAX_CHARS) return { inputKind: 'text', blocks };
  first.kind = 'title';
  return { inputKind: 'text', blocks, title: first.text };
}
