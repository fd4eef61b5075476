import { to as openccTargets } from 'opencc-js/preset/t2cn';

/**
 * Character-level Traditional → Simplified map, taken from OpenCC's TSCharacters dictionary
 * (the last dictionary of opencc-js's `to.cn` chain). Only one-unit → one-unit entries are kept,
 * so normalisation stays offset-preserving; phrase-level conversions are deliberately not used.
 * Imported from the `t2cn` preset, which holds the same `to.cn` chain without the Simplified →
 * Traditional dictionaries (STPhrases alone is 1 MB of source: ~40 ms of import).
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
