import { z } from 'zod';
import { readDataFile } from '../data-file.js';

/**
 * The word lists the page-type stage counts (data/pagetype/cues.json): declared schema.org /
 * og:type names, class-name substrings and visible phrases, each grouped by what it suggests.
 * Lists only; how much each group counts is fitted (model.ts).
 */

const words = z.array(z.string().min(1).toLowerCase());

export const pageTypeCuesSchema = z.strictObject({
  $comment: z.string().optional(),
  declared: z.strictObject({ article: words, forum: words, product: words, listing: words, other: words }),
  classTokens: z.strictObject({ forum: words, product: words, listing: words, article: words, docs: words }),
  terms: z.strictObject({ commerce: words, forum: words, docs: words }),
});
export type PageTypeCues = z.infer<typeof pageTypeCuesSchema>;

export function loadPageTypeCues(path: string): PageTypeCues {
  return readDataFile(pageTypeCuesSchema, path, 'a page-type cue file');
}
