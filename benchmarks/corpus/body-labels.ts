/**
 * Body gold kept as CSS selectors (benchmarks/labels/body/<set>.json, format: the README there):
 * for a set whose pages have `body: null` in truth.json and a labels file here, the gold body of
 * each case is made at run time from its page, so no page text is stored in the repository.
 *
 * Two conventions: `full` (the project's: headline, byline/date/source line and article text, the
 * L3S and seed gold) and `text` (zh-gbk's: the article text only, i.e. the gold without the
 * case's `headSelectors`). Every failure names the set and the case: a case the file does not
 * label, page bytes that are not in the file's charset, a selector that matches nothing, a head
 * selector outside the chosen elements, chosen elements with no text.
 *
 * These sets are check sets: nothing under benchmarks/fit/ reads this module, and the fits'
 * TRAINABLE_SETS (clean-pages.ts) do not include them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectAll } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { z } from 'zod';
import { goldTextOf, insideAny, parsePage, selectedElements } from './label-by-selectors.js';

export const BODY_CONVENTIONS = ['full', 'text'] as const;
export type BodyConvention = (typeof BODY_CONVENTIONS)[number];

export function isBodyConvention(value: string): value is BodyConvention {
  return (BODY_CONVENTIONS as readonly string[]).includes(value);
}

/** The folder of the label files in the repository. */
export const BODY_LABELS_DIR = fileURLToPath(new URL('../labels/body/', import.meta.url));

const DEFAULT_CHARSET = 'utf-8';
/** A note must say something (what was chosen, anything odd): at least this many characters. */
const MIN_NOTE_CHARS = 10;

const selectorList = z.array(z.string().min(1));
const caseSchema = z.strictObject({
  goldSelectors: selectorList.min(1),
  headSelectors: selectorList,
  goldExclude: selectorList,
  note: z.string().min(MIN_NOTE_CHARS),
});
const fileSchema = z.strictObject({
  $comment: z.string().optional(),
  set: z.string().min(1),
  labelledBy: z.string().min(1),
  charset: z.string().min(1).optional(),
  cases: z.record(z.string(), caseSchema),
});

export type BodyLabel = z.infer<typeof caseSchema>;

export interface BodyLabels {
  set: string;
  charset: string;
  cases: ReadonlyMap<string, BodyLabel>;
}

const cache = new Map<string, BodyLabels | null>();

/** The body labels of a set, or null when the set has no labels file (the set is read as before). */
export function bodyLabelsOf(set: string, dir: string = BODY_LABELS_DIR): BodyLabels | null {
  const file = join(dir, `${set}.json`);
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  let labels: BodyLabels | null = null;
  if (existsSync(file)) {
    const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
    if (parsed.data.set !== set) throw new Error(`${file}: labels set "${parsed.data.set}", expected "${set}"`);
    labels = { set, charset: parsed.data.charset ?? DEFAULT_CHARSET, cases: new Map(Object.entries(parsed.data.cases)) };
  }
  cache.set(file, labels);
  return labels;
}

/** The page bytes as text in the labels' charset; bytes that are not in it are an error, not replaced. */
function decodePage(labels: BodyLabels, id: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(labels.charset, { fatal: true }).decode(bytes);
  } catch (e) {
    throw new Error(`${labels.set}/${id}: page bytes are not ${labels.charset} (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The gold body of a case from its page bytes, in the convention asked for. */
export function labelledBody(labels: BodyLabels, id: string, bytes: Uint8Array, convention: BodyConvention): string {
  const where = `${labels.set}/${id}`;
  const label = labels.cases.get(id);
  if (label === undefined) throw new Error(`${where}: no body label (the set has a labels file, so every case needs one)`);
  const doc = parsePage(decodePage(labels, id, bytes));
  for (const selector of [...label.goldSelectors, ...label.headSelectors, ...label.goldExclude]) {
    if (selectAll<AnyNode, Element>(selector, doc).length === 0) throw new Error(`${where}: selector "${selector}" matches nothing`);
  }
  const chosen = selectedElements(doc, label.goldSelectors);
  for (const selector of label.headSelectors) {
    for (const el of selectAll<AnyNode, Element>(selector, doc)) {
      if (!chosen.has(el) && !insideAny(el, chosen)) throw new Error(`${where}: head selector "${selector}" chooses an element outside the gold selectors`);
    }
  }
  const exclude = convention === 'text' ? [...label.goldExclude, ...label.headSelectors] : label.goldExclude;
  const body = goldTextOf(doc, label.goldSelectors, exclude);
  if (body.length === 0) throw new Error(`${where}: the selectors choose no text`);
  return body;
}
