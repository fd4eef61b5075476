/**
 * An input of no bytes at all (an empty file, `pagesift - < /dev/null`, a JSONL record whose page is
 * ""), so that the CLI can say so: its report is a clean verdict over no segments, which looks
 * like a page that was read and found clean (found by the session-30 audit: `: > page.html`
 * was reported clean with nothing on stderr). The report itself is unchanged.
 */

/** The warning the CLI writes to stderr for such an input, as it does for binary data (decode/binary.ts). */
export const EMPTY_WARNING = 'empty (0 bytes): nothing to sift, the report has no segments';

/** Whether a page given to the CLI holds nothing: no bytes, or an empty html/text string. */
export function isEmptyPage(page: Uint8Array | string): boolean {
  return page.length === 0;
}
