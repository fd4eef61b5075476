import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { trainingStampFields } from '../bayes/model.js';
import { parseDataFile } from '../data-file.js';

/**
 * Simplified characters that Traditional-Chinese text does not use (data/models/script-chars.json,
 * made by `npm run train:script`, script in benchmarks/script/). OpenCC's table says which
 * characters are the Simplified forms of others, but many of them are also ordinary Traditional
 * characters (出 for 齣, 台 for 臺, 面 for 麵, 周 for 週, 于 the surname): a text's count of them says
 * little. The file keeps those the clean Traditional pages of the training folds (almost) never use
 * (们, 爱, 网, 视…): one of them in a Traditional paragraph is a foreign character, as the Simplified
 * keyword strings of a hijack kit are.
 */
export const scriptCharsSchema = z.strictObject({
  $comment: z.string().optional(),
  version: z.literal(1),
  trainedAt: z.string(),
  trainedOn: z.strictObject({
    ...trainingStampFields,
    documents: z.int().nonnegative(),
    chars: z.int().nonnegative(),
  }),
  /** How a character was judged foreign: at most this share of its uses (with its Traditional forms') in the clean Traditional text. */
  maxShare: z.number().min(0).max(1),
  /** The foreign characters, as one string, in code-point order. */
  foreignToTraditional: z.string(),
});
export type ScriptChars = z.infer<typeof scriptCharsSchema>;

export const SCRIPT_CHARS_FILE = 'script-chars.json';

export async function loadScriptChars(path: string): Promise<ScriptChars> {
  return parseDataFile(scriptCharsSchema, JSON.parse(await readFile(path, 'utf8')), path, 'a script-chars file');
}
