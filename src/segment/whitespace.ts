/**
 * Characters JavaScript's `\s` matches, tested without a regex (this runs on every character of
 * the page): block text is collapsed and trimmed with `\s`, so counting must agree with it
 * (U+FEFF and U+2028 included; tests/segment-html.test.ts compares it with `\s` on all of the BMP).
 */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Characters of `text` that are not `\s`: `text.replace(/\s/g, '').length` without building the string. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Whitespace that `replace(/\s+/g, ' ')` would change: two in a row, or any but a plain space. */
const COLLAPSIBLE_SPACE = /\s\s|[^\S ]/;

/** `text.replace(/\s+/g, ' ')`, returning `text` itself (no copy) when there is nothing to change. */
export function collapseSpaces(text: string): string {
  return COLLAPSIBLE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text;
}
