import type { RuleHit } from '../rules/engine.js';
import { containerChains, levelsAbove } from './main-content.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The article's dateline between its headline and its text. A news page's `<article>` often
 * holds the headline, then a date/byline line, a share bar, a figure, and only then the element
 * with the story's paragraphs — the main container (main-content.ts). The headline stays body
 * (`body.headline` is an anchor); a byline with a byline word does too (`body.byline`), but a bare
 * date with the author's name ("2024年3月14日 18:30（佐藤由美）", "Jane Doe March 5, 2024, 11:15pm")
 * got the outside-main score and became navigation. DESIGN §1 calls bylines body.
 *
 * A first-pass body segment that lies after the page's headline and before the main container's
 * first segment, inside the element that holds both the headline and the main container (the
 * article, or a forum thread's post list), that element being at most DATELINE_MAX_LEVELS above the
 * container, and that is a short dated line (at most DATELINE_MAX_CHARS characters, the `hasDate`
 * feature) is the article's dateline: it is not demoted. The same line in a sidebar (not under the
 * headline's and the container's common element), after the container's first segment, or on a
 * page without a headline is demoted as before.
 *
 * wcxb-dev training folds (session 35, helper byline-35): body F1 0.93704 -> 0.93706 (folds 1–2
 * 0.93260 -> 0.93261, folds 3–4 0.94121 -> 0.94123); forum +0.00045 (five Discourse threads whose
 * first post's "name date, time" line the gold keeps: openai, rust-lang, netlify, docker,
 * mssociety, +0.003 to +0.009), article −0.00002 (five pages whose gold leaves the byline out,
 * −0.001 to −0.007). Guards: l3s-gn1 +0.00046 (11 pages up), zh-news-clean +0.00018 (4 up),
 * readability +0.00003, zh-gbk −0.00007. Also keeping a `<figure>`/`<figcaption>` text of the same
 * length there: folds 1–2 and 3–4 each −0.00001 against this (three articles whose gold leaves the
 * caption out), no guard page changed: not done.
 */

export const DATELINE_MAX_LEVELS = 3;
/**
 * A dateline has at most this many characters: as `body.byline` (data/rules/30_body.json,
 * `chars` ≤ 120): a date, a name and a source fit, a paragraph of the story does not (that is the
 * lead's case, lead.ts).
 */
export const DATELINE_MAX_CHARS = 120;

export interface DatelineInput {
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
  /** First-pass body. */
  isBody: boolean;
  /** The page's headline (`body.headline` fired and the first pass calls it body). */
  headline: boolean;
  /** Characters of the text. */
  chars: number;
  /** The text holds a date (the `hasDate` feature). */
  dated: boolean;
}

/** Indices of the segments outside the main container that are the article's dateline (see above). */
export function findDatelines(segments: readonly DatelineInput[], main: ReadonlySet<number>): number[] {
  const found = containerChains(segments, main)[0];
  if (found === undefined) return [];
  const headline = segments.findIndex((s, i) => i < found.first && s.headline && s.isBody && s.ancestors !== undefined);
  if (headline < 0) return [];
  const headlineAncestors = segments[headline]!.ancestors!;
  const levels = levelsAbove(found.chain, headlineAncestors);
  if (levels === undefined || levels < 1 || levels > DATELINE_MAX_LEVELS) return [];
  // the element holding both: the last id the headline's ancestry shares with the container's chain
  const article = found.chain[found.chain.length - 1 - levels]!;
  const lines: number[] = [];
  for (let i = headline + 1; i < found.first; i++) {
    const s = segments[i]!;
    if (!s.isBody || !s.ancestors || s.headline || !s.dated || s.chars > DATELINE_MAX_CHARS) continue;
    if (s.ancestors.includes(article)) lines.push(i);
  }
  return lines;
}

/** One frozen hit, shared by every dateline it is given to (rules/relabel-hit.ts). */
export const DATELINE_HIT: RuleHit = relabelHit('context.dateline', 'body', 'a short dated line between the article\'s headline and the element that holds its text, inside the same article element: the byline or date of the article, not demoted as outside the main content');
