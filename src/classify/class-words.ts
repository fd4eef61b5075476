/**
 * What the passes that read a block's class and id words share (call-to-action.ts, after-story.ts):
 * a data file of lower-case words (`{ description, words }`), and the test of a block's recorded
 * cue groups (Block.cues) for a token, leaving out the groups that frame the whole page
 * (Block.frameCues: a theme that names its body `has-cta` or `related-posts-enabled`).
 */
import { z } from 'zod';
import { readDataFile } from '../data-file.js';

const wordsSchema = z.strictObject({ description: z.string(), words: z.array(z.string().regex(/^[\p{Ll}\p{N}]+$/u)).min(1) });

/** The words of a class-word data file; `what` names the file in errors. */
export function loadClassWords(path: string, what: string): ReadonlySet<string> {
  return new Set(readDataFile(wordsSchema, path, what).words);
}

/** Whether a token of the block's cue groups, but for those framing the page (`frame`: from, up to), passes `test`. */
export function someCueToken(groups: readonly (readonly string[])[], frame: readonly [number, number] | undefined, test: (token: string) => boolean): boolean {
  return groups.some((group, i) => (frame === undefined || i < frame[0] || i >= frame[1]) && group.some(test));
}
