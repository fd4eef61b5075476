import type { DecodedInput } from '../decode/input.js';
import { isHeadBlock, type SegmentedPage } from './block.js';
import { segmentHtml } from './html.js';
import { segmentText } from './text.js';

/**
 * A decoded page → blocks: text input line by line, HTML by its elements. An HTML page that a
 * script renders in the browser (a Discourse forum, a single-page app) shows a reader without
 * scripts — a crawler, Readability on jsdom — its `<noscript>` fallback, and that fallback is
 * where the posts are; on every other page `<noscript>` holds tracking pixels, "enable
 * JavaScript" notices or a copy of the text, and stays unread.
 */

/**
 * A page with less visible text than this outside `<noscript>` (title and meta tags not counted)
 * is read again with its `<noscript>` content. Chosen on the development corpus (wcxb-dev training
 * folds and the other sets, 480 pages with `<noscript>`): the nine script-rendered forum pages show
 * 0–195 characters outside it (2,775–31,294 inside); every other page shows 1,013 or more.
 */
export const SCRIPT_SHELL_MAX_CHARS = 500;

function visibleChars(page: SegmentedPage): number {
  let chars = 0;
  for (const block of page.blocks) if (!isHeadBlock(block)) chars += block.text.length;
  return chars;
}

export function segmentPage(decoded: Pick<DecodedInput, 'kind' | 'text'>): SegmentedPage {
  if (decoded.kind === 'text') return segmentText(decoded.text);
  const page = segmentHtml(decoded.text);
  if (visibleChars(page) >= SCRIPT_SHELL_MAX_CHARS || !/<noscript/i.test(decoded.text)) return page;
  return segmentHtml(decoded.text, { noscript: true });
}
