import { describe, expect, it } from 'vitest';
import { STORY_TEXT_RULE } from '../src/classify/after-story.js';
import { BESIDE_MAIN_WEAK_RULES } from '../src/classify/beside-main.js';
import { HEADLINE_RULE, META_RULE } from '../src/classify/classify.js';
import { HIDDEN_RULE } from '../src/classify/folded.js';
import { CLASS_CUE_RULE, COMMENT_CUE_RULE } from '../src/classify/forum.js';
import { SENTENCE_RULE } from '../src/classify/label.js';
import { SAME_PLACE_SOFT_NAVIGATION } from '../src/classify/same-place.js';
import { LONG_TEXT_RULE } from '../src/classify/showcase.js';
import { ARTICLE_LINK_RULES, ARTICLE_PARAGRAPH_RULE, HARD_NAVIGATION_RULES } from '../src/classify/sibling-items.js';
import { rulesOnDisk } from './helpers/rule-ids.js';

// The late passes read a segment's hits by rule id: a pass that names a data rule
// (data/rules/*.json) which was renamed or removed would silently read nothing and change the
// labels without an error. Every id the code names is checked here against the rule files; the
// `context.*` ids are the passes' own hits, made in code, and are left out. A `nav.` rule must stand
// in 20_navigation.json and a `body.` rule in 30_body.json.

/** The rule file each kind of data rule stands in, by its id's prefix. */
const FILE_OF_KIND: Record<string, string> = { 'body.': '30_body.json', 'nav.': '20_navigation.json' };

const NAMED: [string, readonly string[]][] = [
  ['after-story.ts STORY_TEXT_RULE', [STORY_TEXT_RULE]],
  ['beside-main.ts BESIDE_MAIN_WEAK_RULES', BESIDE_MAIN_WEAK_RULES],
  ['classify.ts HEADLINE_RULE', [HEADLINE_RULE]],
  ['classify.ts META_RULE', [META_RULE]],
  ['folded.ts HIDDEN_RULE', [HIDDEN_RULE]],
  ['forum.ts CLASS_CUE_RULE', [CLASS_CUE_RULE]],
  ['forum.ts COMMENT_CUE_RULE', [COMMENT_CUE_RULE]],
  ['label.ts SENTENCE_RULE', [SENTENCE_RULE]],
  ['same-place.ts SAME_PLACE_SOFT_NAVIGATION', SAME_PLACE_SOFT_NAVIGATION],
  ['showcase.ts LONG_TEXT_RULE', [LONG_TEXT_RULE]],
  ['sibling-items.ts ARTICLE_LINK_RULES', ARTICLE_LINK_RULES],
  ['sibling-items.ts ARTICLE_PARAGRAPH_RULE', [ARTICLE_PARAGRAPH_RULE]],
  ['sibling-items.ts HARD_NAVIGATION_RULES', HARD_NAVIGATION_RULES],
];

describe('every data rule the late passes name exists in data/rules', () => {
  const fileOf = new Map(rulesOnDisk().map(({ id, file }) => [id, file]));

  it('reads the rule files', () => {
    expect(fileOf.size).toBeGreaterThan(20);
  });

  it.each(NAMED)('%s', (_where, ids) => {
    const dataIds = ids.filter((id) => !id.startsWith('context.'));
    expect(dataIds.filter((id) => !fileOf.has(id))).toEqual([]);
    for (const id of dataIds) {
      const kind = Object.keys(FILE_OF_KIND).find((prefix) => id.startsWith(prefix));
      expect(kind, `${id}: a data rule named in code is a body. or nav. rule`).toBeDefined();
      expect(fileOf.get(id), id).toBe(FILE_OF_KIND[kind!]);
    }
  });

  it('tells a missing id (the check can fail)', () => {
    expect(fileOf.has('nav.no-such-rule')).toBe(false);
    expect(fileOf.get(SENTENCE_RULE)).toBe('30_body.json');
  });
});
