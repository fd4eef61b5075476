import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { LATE_DEMOTIONS, type LateDemotion } from '../src/classify/late-demotions.js';
import { parseOptions, type SifterOptions } from '../src/options.js';
import { LATE_PROMOTIONS } from '../src/classify/late-promotions.js';
import { siftPage, type LatePass, type LatePassObserver } from '../src/pipeline.js';
import { loadResources, type Resources } from '../src/resources.js';
import { footbridgeArticle, footbridgePage } from './helpers/footbridge-story.js';

/**
 * src/pipeline.ts LatePassObserver: the late demotions, each seen with the segments before and
 * after it (benchmarks/diagnose/late-passes.ts reads the pipeline through it), and every late pass,
 * promotions too, by name, which the observer may skip (benchmarks/diagnose/ablation.ts). Pages
 * written for these tests.
 */

interface Seen {
  pass: LateDemotion;
  before: readonly LabelledSegment[];
  after: readonly LabelledSegment[];
}

describe('the late demotions seen one by one', () => {
  let resources: Resources;
  let options: SifterOptions;
  beforeAll(async () => {
    options = parseOptions({});
    resources = await loadResources(options);
  });
  const observe = (html: string): { seen: Seen[]; labels: string[] } => {
    const seen: Seen[] = [];
    const observer: LatePassObserver = { demoted: (pass, before, after) => seen.push({ pass, before, after }) };
    const report = siftPage(resources, options, { html }, undefined, observer);
    return { seen, labels: report.segments.map((s) => s.label) };
  };
  // a sign-up box under the story, named cta: the call-to-action pass takes it
  const APPEAL = 'Enjoy stories like this one every week by taking out a subscription to the printed edition, delivered to your door on Friday mornings.';
  const html = footbridgePage(footbridgeArticle(`<div class="story-cta"><p>${APPEAL}</p></div>`));

  it('on an article: the passes of every page and of articles, in the pipeline order, the forum ones not', () => {
    const { seen } = observe(html);
    const names = seen.map((s) => s.pass);
    expect(names).toEqual(LATE_DEMOTIONS.filter((p) => names.includes(p)));
    expect(names).toEqual(expect.arrayContaining(['consent-text', 'screen-reader', 'duplicate', 'call-to-action', 'after-main', 'status-message', 'form-message']));
    expect(names).not.toContain('pasted-log');
    expect(names).not.toContain('forum-chrome');
    expect(names).not.toContain('profile-field');
  });

  it('each pass sees as many segments after as before, and the next pass starts where it ended', () => {
    const { seen } = observe(html);
    for (const s of seen) expect(s.after).toHaveLength(s.before.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.before.map((x) => x.label)).toEqual(seen[i - 1]!.after.map((x) => x.label));
  });

  it('the call-to-action pass is seen turning the box from body to navigation, and the report agrees', () => {
    const { seen, labels } = observe(html);
    const cta = seen.find((s) => s.pass === 'call-to-action');
    const index = cta?.before.findIndex((x) => x.block.text === APPEAL) ?? -1;
    expect(index).toBeGreaterThanOrEqual(0);
    expect(cta?.before[index]?.label).toBe('body');
    expect(cta?.after[index]?.label).toBe('navigation');
    expect(labels[index]).toBe('navigation');
  });

  it('without an observer the report is the same', () => {
    const withObserver = siftPage(resources, options, { html }, undefined, { demoted: () => undefined });
    const without = siftPage(resources, options, { html });
    expect(withObserver.segments.map((s) => [s.label, s.hits.map((h) => h.rule)])).toEqual(without.segments.map((s) => [s.label, s.hits.map((h) => h.rule)]));
  });
});

describe('every late pass seen by name, and skipped by the observer', () => {
  let resources: Resources;
  let options: SifterOptions;
  beforeAll(async () => {
    options = parseOptions({});
    resources = await loadResources(options);
  });
  const APPEAL = 'Enjoy stories like this one every week by taking out a subscription to the printed edition, delivered to your door on Friday mornings.';
  const html = footbridgePage(footbridgeArticle(`<div class="story-cta"><p>${APPEAL}</p></div>`));
  const labelsOf = (observer?: LatePassObserver): string[] => siftPage(resources, options, { html }, undefined, observer).segments.map((s) => s.label);

  it('promotions and demotions are seen, each promotion by its name in LATE_PROMOTIONS order, each demotion also seen by demoted', () => {
    const passes: LatePass[] = [];
    const demoted: string[] = [];
    labelsOf({ replace: (pass) => void passes.push(pass), demoted: (pass) => void demoted.push(pass) });
    const promotions = passes.filter((p) => (LATE_PROMOTIONS as readonly string[]).includes(p));
    expect(promotions).toEqual(LATE_PROMOTIONS.filter((p) => promotions.includes(p)));
    expect(promotions).toEqual(expect.arrayContaining(['item-title', 'sibling-item', 'undecided-list', 'same-place', 'spec-list', 'list-in-text', 'feature-row']));
    expect(passes.filter((p) => !promotions.includes(p as (typeof LATE_PROMOTIONS)[number]))).toEqual(demoted);
    expect(new Set(passes).size).toBe(passes.length);
  });

  it('an observer that replaces nothing leaves the report as it is', () => {
    expect(labelsOf({ replace: () => undefined })).toEqual(labelsOf());
  });

  it('skipping a demotion keeps what it took', () => {
    const index = siftPage(resources, options, { html }).segments.findIndex((s) => s.text === APPEAL);
    expect(labelsOf()[index]).toBe('navigation');
    expect(labelsOf({ replace: (pass, before) => (pass === 'call-to-action' ? before : undefined) })[index]).toBe('body');
  });

  it('skipping every pass leaves the labels the first late pass was given', () => {
    let first: string[] | undefined;
    const skipAll: LatePassObserver = {
      replace: (_pass, before) => {
        first ??= before.map((s) => s.label);
        return before;
      },
    };
    expect(labelsOf(skipAll)).toEqual(first);
  });
});
