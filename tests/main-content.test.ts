import { describe, expect, it } from 'vitest';
import { containerChains, findMainContainers, MAIN_MIN_SHARE, type MainContentInput } from '../src/classify/main-content.js';

/**
 * classify/main-content.ts: the main container, and the element above it that holds enough of the
 * body text when the top container and its siblings hold less than MAIN_MIN_SHARE of it.
 *
 * Element ids: 1 <body>, 2 the page's content wrapper, 3 the category text (the top container),
 * 6/8 product cards two levels down (their own containers are not siblings of 3), 30 a footer
 * outside the wrapper, 40 a region under a navigation cue.
 */
const body = (ancestors: number[], weight: number, plainWeight = weight): MainContentInput => ({ ancestors, isBody: true, weight, plainWeight });

const categoryText = body([1, 2, 3, 10], 100);
const cards = [body([1, 2, 6, 7, 12], 30), body([1, 2, 8, 9, 13], 30), body([1, 2, 20, 21, 22, 14], 30)];
const footer = body([1, 30, 31], 30);

describe('findMainContainers', () => {
  it('keeps the top container when it holds at least MAIN_MIN_SHARE of the body weight', () => {
    // 100 of 190: 0.53
    expect(findMainContainers([categoryText, ...cards])).toEqual(new Set([3]));
  });

  it('climbs to the nearest element above it that holds MAIN_MIN_SHARE when the top container holds less', () => {
    // 100 of 220 (0.45) in element 3; element 2 holds 190 of 220
    expect(100 / 220).toBeLessThan(MAIN_MIN_SHARE);
    expect(findMainContainers([categoryText, ...cards, footer])).toEqual(new Set([2]));
  });

  it('does not climb past an element that holds enough: the nearest one is the main container', () => {
    const deeper = [body([1, 2, 4, 3, 10], 100), body([1, 2, 4, 5, 11], 15), body([1, 2, 4, 6, 7, 12], 30), body([1, 2, 8, 9, 13], 90)];
    // element 3 holds 100 of 235 (0.43); its parent 4 holds 145 (0.62): 4, not the wrapper 2
    expect(findMainContainers(deeper)).toEqual(new Set([4]));
  });

  it('finds nothing when the element above holds enough body weight but not enough of the text counted in full', () => {
    // body-looking text under a navigation cue weighs 0 in the scores but 250 in full: element 2 holds 190 of 470
    const cued = body([1, 40, 41, 42], 0, 250);
    expect(findMainContainers([categoryText, ...cards, footer, cued])).toBeUndefined();
  });

  it('climbs when the navigation-cued text is light enough that the element above holds MAIN_MIN_SHARE of the full weight', () => {
    // element 2 holds 190 of 220 + 150 = 370 (0.51)
    const cued = body([1, 40, 41, 42], 0, 150);
    expect(findMainContainers([categoryText, ...cards, footer, cued])).toEqual(new Set([2]));
  });
});

describe('containerChains', () => {
  const main = new Set([3, 7]);
  it('one chain per main container, root down to it, in the order of the first segment inside each', () => {
    const segments = [
      { ancestors: [1, 2, 9] }, // outside both
      { ancestors: [1, 2, 7, 8] }, // inside 7 first
      { ancestors: undefined }, // head text
      { ancestors: [1, 2, 3, 4] },
      { ancestors: [1, 2, 7, 10] },
    ];
    expect(containerChains(segments, main)).toEqual([
      { first: 1, chain: [1, 2, 7] },
      { first: 3, chain: [1, 2, 3] },
    ]);
  });
  it('no segment inside a main container: none', () => {
    expect(containerChains([{ ancestors: [1, 2] }, { ancestors: undefined }], main)).toEqual([]);
  });
});
