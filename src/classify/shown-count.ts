/**
 * How many times the page shows a text. The linked-heading pass (linked-heading.ts) takes back a
 * linked heading only when the page shows its text once: a text printed more than once is a card's
 * button styled as a heading, or a menu printed for two layouts. Texts are compared with their
 * whitespace runs made one space, trimmed, in lower case.
 */

const WHITESPACE = /\s+/g;

function key(text: string): string {
  return text.replace(WHITESPACE, ' ').trim().toLowerCase();
}

/** A function that tells how many of `texts` equal a text (compared as above). */
export function shownCount(texts: Iterable<string>): (text: string) => number {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const k = key(text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return (text) => counts.get(key(text)) ?? 0;
}
