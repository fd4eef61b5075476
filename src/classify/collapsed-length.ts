/** The length bound the short-line passes (furniture-line.ts, subscribe-appeal.ts) try before they collapse a block's spaces: every body block comes to them. */
import { isJsSpace } from '../segment/whitespace.js';

/** Whether `text` holds more than `max` characters that are not white space: collapsed and trimmed, it is still longer than `max`. */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isJsSpace(text.charCodeAt(i)) && ++n > max) return true;
  return false;
}
