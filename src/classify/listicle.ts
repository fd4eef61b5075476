/**
 * A listicle's items look like teasers (teasers.ts): a linked heading over one paragraph, repeated
 * unit after unit ("The 10 best trails": each trail's name links to its site, a paragraph under it).
 * What tells them apart is where the units sit. A "related posts" grid, a "latest articles"
 * carousel or a category's cards stand after the story or alone in their element; a listicle's
 * items stand inside the article, with its own text (the introduction, the verdict) before the
 * first unit and after the last one, in the element that holds every unit. Such units are the
 * article's body, not teasers.
 *
 * wcxb-dev training folds (session 23, helper body-23c): body F1 0.9301 -> 0.9305, snippets
 * 6702 -> 6708 of 7571; article 0.9601 -> 0.9606, documentation 0.9509 -> 0.9518, every other type
 * unchanged; 5 pages up (a listicle of trails 0.785 -> 0.948, of design courses 0.895 -> 0.995, a
 * sewing-machine round-up 0.924 -> 0.985, an Android docs landing page 0.780 -> 0.831), one down
 * (a course page whose cards stand between its own paragraphs, 0.959 -> 0.911). Guards unchanged
 * (readability, l3s-gn1, zh-gbk: no page changed). Measured and dropped: own text before OR after
 * the units (any own body text in the holder): snippets +8 but F1 0.9299, listing 0.8459 -> 0.8389
 * (three listing pages whose list holder also holds a sidebar or an intro lost their teaser demotion).
 */

/** At least this many body segments of the holder's own, outside the units, both before the first unit and after the last. 1 and 2 gave the same training pages. */
export const LISTICLE_MIN_OWN_SEGMENTS = 1;

export interface ListicleSegment {
  /** Block-element ancestry, outermost first, ending with the block's own element. */
  ancestors: readonly number[] | undefined;
  isBody: boolean;
}

/** One teaser unit: the index of its summary segment and its element's ancestry (outermost first, ending with the unit's element). */
export interface TeaserUnit {
  summary: number;
  path: readonly number[];
}

/** Depth of the deepest element that holds every unit (the length of their common ancestry, less one), or -1 when none. */
export function holderDepth(units: readonly TeaserUnit[]): number {
  if (units.length === 0) return -1;
  const first = units[0]!.path;
  let depth = 0;
  while (depth < first.length && units.every((u) => u.path[depth] === first[depth])) depth++;
  return depth - 1;
}

/** Whether the element that holds every unit also holds body text of its own, outside the units, before the first unit and after the last: the units are items of an article. */
export function isListicle(segments: readonly ListicleSegment[], units: readonly TeaserUnit[]): boolean {
  const depth = holderDepth(units);
  if (depth < 0) return false;
  const holder = units[0]!.path[depth];
  const unitIds = new Set(units.map((u) => u.path[u.path.length - 1]));
  const firstSummary = Math.min(...units.map((u) => u.summary));
  const lastSummary = Math.max(...units.map((u) => u.summary));
  let before = 0;
  let after = 0;
  segments.forEach((s, i) => {
    const ancestors = s.ancestors;
    if (!s.isBody || ancestors === undefined || ancestors[depth] !== holder || ancestors.some((a) => unitIds.has(a))) return;
    if (i < firstSummary) before++;
    else if (i > lastSummary) after++;
  });
  return before >= LISTICLE_MIN_OWN_SEGMENTS && after >= LISTICLE_MIN_OWN_SEGMENTS;
}
