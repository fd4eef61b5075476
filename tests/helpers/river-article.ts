/**
 * Three paragraphs of an ordinary news article, written for the cue tests (bio-cue, ui-cues,
 * page-cues, not-cue): body text that a cue around it may or may not demote.
 */
export const RIVER_ARTICLE: readonly string[] = [
  'The river town rebuilt its old wooden bridge this spring, and the work took far longer than anyone in the council had planned for.',
  'Engineers found that the original oak beams were still sound, so they kept most of them and replaced only the rotten planks near the banks.',
  'Residents who crossed the bridge every morning said they were glad to have it back, even if the detour had taught them new paths.',
];
