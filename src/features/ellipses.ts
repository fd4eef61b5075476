/**
 * Ellipses as a scraped snippet ends ("…yang bisa mengolah … Cara Mengatasi Kartu Memori"): read by
 * the doorway stage (its `ellipses` feature) and by the page feature `page.snippetCuts`, which a
 * search-capture page's heading is judged with (spam.search-capture).
 *
 * An ellipsis is a run of dots and "…" worth 3 to 6 dots ("...", "…", "……", "...."): how a scraped
 * snippet ends. Longer runs are leaders or separators ("Chapter 1 ........ 5", the labelled pool's
 * ".........." between the windows of a document), not cut text, and count nothing.
 */
export const ELLIPSIS_MIN_DOTS = 3;
export const ELLIPSIS_MAX_DOTS = 6;

/** Ellipses as scraped snippets end (ELLIPSIS_MIN_DOTS … ELLIPSIS_MAX_DOTS). */
export function countEllipses(text: string): number {
  let count = 0;
  let dots = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e) dots += 1;
    else if (c === 0x2026) dots += 3;
    else {
      if (dots >= ELLIPSIS_MIN_DOTS && dots <= ELLIPSIS_MAX_DOTS) count++;
      dots = 0;
    }
  }
  return count;
}

