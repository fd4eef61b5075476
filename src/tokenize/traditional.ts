import { to as openccTargets } from 'opencc-js/preset';

/**
 * Character-level Traditional → Simplified map, taken from OpenCC's TSCharacters dictionary
 * (the last dictionary of opencc-js's `to.cn` chain). Only one-unit → one-unit entries are kept,
 * so normalisation stays offset-preserving; phrase-level conversions are deliberately not used.
 */
export function loadTraditionalToSimplified(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of openccTargets['cn'] ?? []) {
    for (const dict of group) {
      if (typeof dict !== 'string') continue;
      for (const entry of dict.split('|')) {
        const [from, to] = entry.split(' ');
        if (from === undefined || to === undefined) continue;
        if (from.length !== 1 || to.length !== 1 || from === to) continue;
        map.set(from, to);
      }
    }
  }
  return map;
}
