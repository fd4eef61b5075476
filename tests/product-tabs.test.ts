import { describe, expect, it } from 'vitest';
import { foldedHit, refoldedHit } from '../src/classify/folded.js';
import { OUTSIDE_MAIN_HIT } from '../src/classify/main-content.js';
import { findProductTabs, type ProductTabInput } from '../src/classify/product-tabs.js';
import type { RuleHit } from '../src/rules/engine.js';

/**
 * classify/product-tabs.ts: on a page typed product, folded tab panels that the outside-main pass
 * folded again are the product's content. The segments below were written for these tests.
 */

const PROSE_HIT: RuleHit = { rule: 'body.medium-text', label: 'body', score: 6, description: 'prose' };
const HIDDEN_HIT: RuleHit = { rule: 'nav.hidden', label: 'navigation', score: 10, description: 'hidden' };
const UNFOLD = foldedHit([HIDDEN_HIT]);

/** A folded panel outside the main container: prose 6 and the unfold 10 against hidden 10, outside-main 8 and the refold 10. */
function refolded(overrides: Partial<ProductTabInput> = {}): ProductTabInput {
  return { label: 'navigation', scores: { body: 16, navigation: 28, spam: 0 }, hits: [PROSE_HIT, HIDDEN_HIT, UNFOLD, OUTSIDE_MAIN_HIT, refoldedHit(UNFOLD)], ...overrides };
}

describe('findProductTabs', () => {
  it('a panel folded again outside the main container that reads as body without those scores is a tab', () => {
    expect(findProductTabs([refolded()])).toEqual([0]);
  });

  it('a panel that would not be body without them stays: its own scores decide', () => {
    // the prose counts 1 instead of 6: body 11 against navigation 10 once the two hits are off, under the decisive margin
    expect(findProductTabs([refolded({ scores: { body: 11, navigation: 28, spam: 0 } })])).toEqual([]);
  });

  it('text demoted outside the main container that was never folded, and body text, are not tabs', () => {
    expect(findProductTabs([{ label: 'navigation', scores: { body: 6, navigation: 8, spam: 0 }, hits: [PROSE_HIT, OUTSIDE_MAIN_HIT] }])).toEqual([]);
    expect(findProductTabs([refolded({ label: 'body' })])).toEqual([]);
    expect(findProductTabs([refolded({ label: 'spam' })])).toEqual([]);
  });
});
