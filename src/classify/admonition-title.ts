import { join } from 'node:path';
import { z } from 'zod';
import { DATA_DIR } from '../data-dir.js';
import { readDataFile } from '../data-file.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { LINKED_TEXT_MIN_LINK_DENSITY } from './linked-text.js';
import { normaliseLabel } from './related-line.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * A callout's title. Documentation tools print a note, a tip or a warning as a box whose first
 * line is a bare label — "Note", "Tip", "Warning", "See also" (Sphinx's and MkDocs' `admonition
 * title`, Microsoft Learn's alerts, a how-to site's callout heading) — and the box's text under
 * it. A one-word line in a bordered box reads as a control's or a menu's label (nav.short-bare,
 * context.border), so the first pass can make it navigation while the text under it is body;
 * WCXB's gold keeps the label with its text. A navigation block whose whole text is one of the
 * labels of ADMONITION_TITLES_FILE (a trailing colon allowed), that is not a link, and that stands
 * right before a body segment becomes body — a late promotion, on every page type but a forum.
 *
 * wcxb-dev training folds 1-2 (session 40, helper article-40; counted on the final labels of main
 * at 2fe65f7, then built): 57 lines of the list on documentation and article pages, 44 body
 * already; 5 navigation, gold and right before body on 4 sites (two MkDocs notes, a kernel Sphinx
 * warning, a how-to site's callout heading; a hidden Microsoft Learn alert, which the never-body
 * constraint keeps); 8 navigation over navigation (self-linked "See also" headings over link
 * lists, 5 gold and 3 not), which the pass leaves. Built: folds 1-2 0.93441 -> 0.93442 (3 pages up:
 * the MkDocs page +0.0019, the kernel page +0.0001, the how-to page +0.0003), folds 3-4 +0.000003
 * (4 up, 1 down -0.0001), documentation 0.95559 -> 0.95564; l3s-gn1, readability, zh-gbk and
 * zh-news-clean unchanged page for page. Text a never-body constraint holds (a hidden alert), the
 * site's chrome, footers, dialogs, controls and what a page-level pass demoted stay as they are
 * (late-promotions.ts `latePromotable`).
 */

/** The data file of the labels (data/cues). */
export const ADMONITION_TITLES_FILE = join(DATA_DIR, 'cues', 'admonition-titles.json');

/**
 * Below this share of link text: the link-dense rule's share (LINKED_TEXT_MIN_LINK_DENSITY). A
 * linked "See also" is a heading's self-anchor over a list of links (three on MDN pages of folds
 * 1-2, all over navigation), a linked "Tips" a menu entry.
 */
export const ADMONITION_TITLE_MAX_LINK_DENSITY = LINKED_TEXT_MIN_LINK_DENSITY;

/**
 * A title has at most this many characters: the longest label of the list is 13 ("avertissement");
 * the bound only keeps the test cheap on the long blocks every late pass is given.
 */
export const ADMONITION_TITLE_MAX_CHARS = 40;

const labelsSchema = z.object({ labels: z.array(z.string().min(1)).min(1) });

/** The labels of data/cues/admonition-titles.json, lower case, spaces collapsed (related-line.ts normaliseLabel). */
export function loadAdmonitionTitles(path: string = ADMONITION_TITLES_FILE): ReadonlySet<string> {
  const data = readDataFile(labelsSchema, path, 'a list of callout titles');
  return new Set(data.labels.map(normaliseLabel));
}

/** The colons a title may end with (ASCII and full-width). */
const COLONS: ReadonlySet<string> = new Set([':', '：']);

/**
 * Whether a block's whole text is a callout's bare label (normalised, one trailing colon taken
 * off). The colon is cut by hand, not by a pattern: `\s*[:：]\s*$` is quadratic on a run of white
 * space (recheck, tests/regex-safety.test.ts).
 */
export function isAdmonitionTitle(text: string, labels: ReadonlySet<string>): boolean {
  if (text.length > ADMONITION_TITLE_MAX_CHARS) return false;
  let label = normaliseLabel(text);
  if (COLONS.has(label.slice(-1))) label = label.slice(0, -1).trimEnd();
  return labels.has(label);
}

export interface AdmonitionTitleInput {
  label: Label;
  text: string;
  linkDensity: number;
  /** May be made body by a late pass, and no page-level pass demoted it. */
  candidate: boolean;
}

/** Indices of the navigation blocks that are a callout's title, not a link, right before a body segment. */
export function findAdmonitionTitles(segments: readonly AdmonitionTitleInput[], labels: ReadonlySet<string>): number[] {
  const found: number[] = [];
  for (let i = 0; i + 1 < segments.length; i++) {
    const s = segments[i]!;
    if (s.label !== 'navigation' || !s.candidate || s.linkDensity >= ADMONITION_TITLE_MAX_LINK_DENSITY) continue;
    if (segments[i + 1]!.label !== 'body') continue;
    if (isAdmonitionTitle(s.text, labels)) found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every title it is given to (rules/relabel-hit.ts). */
export const ADMONITION_TITLE_HIT: RuleHit = relabelHit('context.admonition-title', 'body', 'a callout\'s bare title ("Note", "Tip", "Warning") right before its text: part of the text');
