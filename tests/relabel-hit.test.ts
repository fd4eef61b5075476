import { describe, expect, it } from 'vitest';
import { relabelHit } from '../src/rules/relabel-hit.js';
import { DUPLICATE_HIT } from '../src/classify/duplicates.js';
import { TEMPLATE_PAGE_HIT } from '../src/classify/template-page.js';

describe('relabelHit', () => {
  it('names the pass, sets the label and adds no score', () => {
    for (const label of ['body', 'navigation', 'spam'] as const) {
      const hit = relabelHit('context.example', label, 'why the pass set this label');
      expect(hit).toEqual({ rule: 'context.example', label, score: 0, description: 'why the pass set this label' });
    }
  });

  it('is frozen, so one hit can be shared by every segment a pass gives it to', () => {
    const hit = relabelHit('context.example', 'navigation', 'shared');
    expect(Object.isFrozen(hit)).toBe(true);
    expect(() => {
      (hit as { score: number }).score = 3;
    }).toThrow(TypeError);
  });

  it('is what the passes declare their hits with', () => {
    expect(DUPLICATE_HIT).toMatchObject({ rule: 'context.duplicate', label: 'navigation', score: 0 });
    expect(TEMPLATE_PAGE_HIT).toMatchObject({ rule: 'context.template-page', label: 'spam', score: 0 });
    expect(Object.isFrozen(DUPLICATE_HIT) && Object.isFrozen(TEMPLATE_PAGE_HIT)).toBe(true);
  });
});
