import { describe, expect, it } from 'vitest';
import { consecutiveRuns } from '../src/classify/runs.js';

describe('consecutiveRuns', () => {
  const isMember = (s: string): boolean => s !== '-';
  it.each([
    { items: ['a', 'a', '-', 'a'], runs: [[0, 1], [3]] },
    { items: ['-', '-'], runs: [] },
    { items: [], runs: [] },
    { items: ['a', 'b', 'b', '-', 'b'], runs: [[0, 1, 2], [4]] },
  ])('without a continuation test, members in a row make one run: $items', ({ items, runs }) => {
    expect(consecutiveRuns(items, isMember)).toEqual(runs);
  });
  it.each([
    { items: ['a', 'a', 'b', 'b', 'b'], runs: [[0, 1], [2, 3, 4]] },
    { items: ['a', '-', 'a'], runs: [[0], [2]] },
    { items: ['a', 'b', 'a'], runs: [[0], [1], [2]] },
  ])('a member that does not go on from the one before starts a new run: $items', ({ items, runs }) => {
    expect(consecutiveRuns(items, isMember, (previous, next) => previous === next)).toEqual(runs);
  });
});
