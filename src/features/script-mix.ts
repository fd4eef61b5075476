/**
 * Entries of a page in both Chinese script variants: a page built from search results copies each
 * snippet as the source site wrote it, so a Traditional query's results mix Traditional snippets
 * (Taiwanese and Hong Kong sites) with Simplified ones (mainland sites): "…搬運方法 人力提舉與放下的
 * 建議搬運重量 ... 人力搬运车和机动搬运车辆的特点,人力搬运车是一种…". A site writes its own text
 * in one variant; a page that quotes the other (a Wikipedia page naming both forms, a forum
 * reply) rarely also cuts its text into snippets. Read by the rule spam.mixed-script-results with
 * `page.snippetCuts` (ellipses.ts).
 *
 * The entries are those of query-share.ts (text between snippet ellipses, site-name dashes, shown
 * host names, " 。" and line ends). It reads the page's text as written, not the normalised one
 * (normalisation turns Traditional into Simplified). Japanese entries (any kana) are no Chinese
 * variant: Japanese kanji are Traditional in some shapes and Simplified in others (図, 伝, 説).
 */
import { variantOf, type CountVariants } from '../tokenize/variant.js';
import { queryFragments } from './query-share.js';

const KANA = /[\u3040-\u30ff]/;

/** The smaller of the page's counts of Traditional entries and Simplified entries (variantOf of each entry). */
export function mixedScriptEntries(texts: readonly string[], countVariants: CountVariants): number {
  let traditional = 0;
  let simplified = 0;
  for (const fragment of queryFragments(texts)) {
    if (KANA.test(fragment)) continue;
    const variant = variantOf(countVariants(fragment));
    if (variant === 'traditional') traditional++;
    else if (variant === 'simplified') simplified++;
  }
  return Math.min(traditional, simplified);
}
