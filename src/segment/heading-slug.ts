import type { Block } from './block.js';
import { MAX_CUE_TOKENS_PER_ELEMENT, valueTokens } from './place.js';

/**
 * An id that is a heading's slug is the heading's words, not a name the site gave a region.
 * Sphinx writes `<section id="respond-to-review-comments">` around a section headed "Respond to
 * review comments", DokuWiki `<h2 id="running_an_advanced_search">`, MDN and static-site
 * generators the same: the cue tokens of such an element (`comments`, `search`, `review`, `tip`…)
 * then read as a comment or navigation cue and a documentation page's section became navigation
 * (kernel.org: a whole section under nav.comment-cue). When a run of an element's cue tokens spells
 * a heading of the same page, those tokens are dropped from the element's cue group for every
 * block under it; the element's other tokens (its class words) stay.
 *
 * wcxb-dev (session 42, helper forum-42): folds 1-2 body F1 0.93529 -> 0.93534, folds 3-4 0.94256 ->
 * 0.94256; documentation 0.95683 -> 0.95726 (kernel.org 0.952 -> 0.967, zotero.org's DokuWiki
 * 0.981 -> 0.990, legacy.reactjs.org +0.001), two articles up by under 0.001; folds 1-2 no page
 * down. readability 0.96934 -> 0.96935, l3s-gn1, zh-gbk and zh-news-clean unchanged.
 */

/**
 * The fewest cue tokens (of two or more characters, as place.ts keeps them) a heading's slug must
 * have: two-word ids (`site-search`, `user-comments`, `related-posts`) are how sites name their
 * regions, and a two-word heading ("Comments", "Related posts") over such a region names the
 * region too. Three words or more read as a sentence, not a region's name. wcxb-dev (session 42):
 * folds 1-2 +0.00003 at 2 (a tree-planting article -0.016 there, and folds 3-4 -0.00018),
 * +0.00006 at 3 (folds 3-4 unchanged), +0.00004 at 4 (zotero.org's three-word
 * sections left as they were).
 */
export const MIN_SLUG_TOKENS = 3;

/**
 * The page's heading slugs as lookup keys (tokens joined by a space): `whole`, every heading's
 * spelling; `cut`, every prefix of at least MIN_SLUG_TOKENS tokens of a longer one, which is all
 * that is left of a slug in a group cut at MAX_CUE_TOKENS_PER_ELEMENT. Keys, not a list per first
 * token: 8,000 headings whose slugs share their first word made each group scan 8,000 slugs
 * (session 42 review: sift() time grew with the square of the headings).
 */
interface SlugKeys {
  whole: ReadonlySet<string>;
  cut: ReadonlySet<string>;
}

/** The cue-token spelling of each heading on the page with at least MIN_SLUG_TOKENS tokens. */
function headingSlugs(blocks: readonly Block[]): SlugKeys {
  const whole = new Set<string>();
  const cut = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    const tokens = valueTokens(block.text);
    if (tokens.length < MIN_SLUG_TOKENS) continue;
    const key = tokens.join(' ');
    if (whole.has(key)) continue;
    whole.add(key);
    for (let length = MIN_SLUG_TOKENS; length < tokens.length; length++) cut.add(tokens.slice(0, length).join(' '));
  }
  return { whole, cut };
}

/**
 * The length of the longest run of `group` from `from` that spells a slug: a whole slug, or, when
 * the group was cut at MAX_CUE_TOKENS_PER_ELEMENT, a slug's first tokens up to the cut (at least
 * MIN_SLUG_TOKENS); 0 when none. A group holds at most MAX_CUE_TOKENS_PER_ELEMENT tokens, so this
 * is a dozen lookups at most.
 */
function slugRun(group: readonly string[], from: number, slugs: SlugKeys): number {
  const groupCut = group.length === MAX_CUE_TOKENS_PER_ELEMENT;
  for (let length = group.length - from; length >= MIN_SLUG_TOKENS; length--) {
    const key = group.slice(from, from + length).join(' ');
    if (slugs.whole.has(key)) return length;
    if (groupCut && from + length === group.length && slugs.cut.has(key)) return length;
  }
  return 0;
}

/** `group` without the tokens of every heading slug it holds; the same array when it holds none. */
function withoutSlugs(group: readonly string[], slugs: SlugKeys): readonly string[] {
  let kept: string[] | undefined;
  let from = 0;
  while (from < group.length) {
    const run = slugRun(group, from, slugs);
    if (run > 0) {
      kept ??= group.slice(0, from);
      from += run;
    } else {
      kept?.push(group[from]!);
      from++;
    }
  }
  return kept ?? group;
}

/**
 * Drops heading slugs from the cue groups of `blocks` (in place: the blocks were just built). A group
 * array shared by several blocks (one element above them) is replaced by one shared copy, as the
 * feature stage memoises cue bits per array.
 */
export function dropHeadingSlugCues(blocks: readonly Block[]): void {
  const slugs = headingSlugs(blocks);
  if (slugs.whole.size === 0) return;
  const replaced = new Map<readonly string[], readonly string[]>();
  for (const block of blocks) {
    let changed = false;
    const cues = block.cues.map((group) => {
      if (group.length < MIN_SLUG_TOKENS) return group;
      let kept = replaced.get(group);
      if (kept === undefined) {
        kept = withoutSlugs(group, slugs);
        replaced.set(group, kept);
      }
      if (kept !== group) changed = true;
      return kept;
    });
    if (changed) block.cues = cues;
  }
}
