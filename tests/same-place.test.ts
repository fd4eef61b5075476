import { describe, expect, it } from 'vitest';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findSamePlaceItems, SAME_PLACE_HIT, type SamePlaceInput } from '../src/classify/same-place.js';
import { BETWEEN_NAVIGATION, BORDER_CUED, BORDER_NAVIGATION, DOM_CUE, HIDDEN, LINK_DENSE, SENTENCE, SHORT_BARE } from './helpers/context-hits.js';
import { ruleHit as hit } from './helpers/rule-hit.js';

/**
 * classify/same-place.ts: an undecided segment that the context pass alone made navigation is body
 * when body text decided by its own rules sits at the exact same element path. The segments below
 * were written for these tests (a product's feature bullets under a description).
 */

const LISTING_ITEM = hit('context.listing-item', 'body', 0);

const LIST = 'html>body>main>div.product>ul.features>li';

/** A sentence-long bullet that the rules made body. */
const bodyItem = (overrides: Partial<SamePlaceInput> = {}): SamePlaceInput => ({ label: 'body', path: LIST, hits: [SENTENCE, DOM_CUE], candidate: true, ...overrides });
/** A two-word bullet that no rule decided and that the context pass made navigation. */
const shortItem = (overrides: Partial<SamePlaceInput> = {}): SamePlaceInput => ({ label: 'navigation', path: LIST, hits: [DOM_CUE, BETWEEN_NAVIGATION], candidate: true, ...overrides });

describe('findSamePlaceItems', () => {
  const cases: { name: string; segments: SamePlaceInput[]; items: number[] }[] = [
    { name: 'a bullet between menus, at the path of a body bullet', segments: [bodyItem(), shortItem()], items: [1] },
    { name: 'before the body bullet as well as after it', segments: [shortItem(), bodyItem(), shortItem()], items: [0, 2] },
    { name: 'made navigation at a border, very short', segments: [bodyItem(), shortItem({ hits: [SHORT_BARE, BORDER_NAVIGATION] })], items: [1] },
    { name: 'no body at that path: a list of its own', segments: [bodyItem({ path: 'html>body>main>div.product>p' }), shortItem()], items: [] },
    { name: 'the same shape but other digits (paths compared exactly)', segments: [bodyItem({ path: 'html>body>main>div.product>ul.features>li.item-1' }), shortItem({ path: 'html>body>main>div.product>ul.features>li.item-2' })], items: [] },
    { name: 'the same digits: the same place', segments: [bodyItem({ path: 'html>body>main>div.product>ul.features>li.item-1' }), shortItem({ path: 'html>body>main>div.product>ul.features>li.item-1' })], items: [1] },
    { name: 'the body bullet was promoted by a page-level pass', segments: [bodyItem({ hits: [SENTENCE, LISTING_ITEM] }), shortItem()], items: [] },
    { name: 'a navigation rule fired on the bullet', segments: [bodyItem(), shortItem({ hits: [LINK_DENSE, BETWEEN_NAVIGATION] })], items: [] },
    { name: 'hidden (a constraint)', segments: [bodyItem(), shortItem({ hits: [HIDDEN, BETWEEN_NAVIGATION] })], items: [] },
    { name: 'outside the main container', segments: [bodyItem(), shortItem({ hits: [SENTENCE, OUTSIDE_MAIN_HIT] })], items: [] },
    { name: 'a cued border segment (context.border-cued)', segments: [bodyItem(), shortItem({ hits: [DOM_CUE, BORDER_CUED] })], items: [] },
    { name: 'decided navigation by its rules, not by the context pass', segments: [bodyItem(), shortItem({ hits: [SHORT_BARE] })], items: [] },
    { name: 'not a candidate (screen-reader text, an inline piece)', segments: [bodyItem(), shortItem({ candidate: false })], items: [] },
    { name: 'the body text is not a candidate', segments: [bodyItem({ candidate: false }), shortItem()], items: [] },
    { name: 'a bare tag path (a table layout) names no element', segments: [bodyItem({ path: 'html>body>table>tr>td>font>b' }), shortItem({ path: 'html>body>table>tr>td>font>b' })], items: [] },
    { name: 'an id anywhere on the path names it', segments: [bodyItem({ path: 'html>body>div#page>table>tr>td' }), shortItem({ path: 'html>body>div#page>table>tr>td' })], items: [1] },
    { name: 'plain text: no path', segments: [bodyItem({ path: undefined }), shortItem({ path: undefined })], items: [] },
    { name: 'spam stays spam', segments: [bodyItem(), shortItem({ label: 'spam' })], items: [] },
  ];
  for (const { name, segments, items } of cases) {
    it(name, () => {
      expect(findSamePlaceItems(segments)).toEqual(items);
    });
  }

  it('the hit is a frozen body hit from the context family', () => {
    expect(SAME_PLACE_HIT.label).toBe('body');
    expect(SAME_PLACE_HIT.rule.startsWith('context.')).toBe(true);
    expect(Object.isFrozen(SAME_PLACE_HIT)).toBe(true);
  });
});
