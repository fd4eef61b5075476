import type { LexiconHit, LexiconMatcher } from '../lexicon/matcher.js';
import type { LexiconLabel } from '../lexicon/parse.js';

/** Per-category and per-label lexicon features of one segment. */
export function lexiconFeatures(hits: readonly LexiconHit[], matcher: LexiconMatcher, chars: number): Record<string, number> {
  const features: Record<string, number> = {};
  const covered = new Map<string, Uint8Array>();
  const terms = new Map<string, Set<string>>();
  const coverFor = (key: string, length: number): Uint8Array => {
    let cover = covered.get(key);
    if (!cover) covered.set(key, (cover = new Uint8Array(length)));
    return cover;
  };
  for (const category of matcher.categories.keys()) {
    features[`lex.${category}.hits`] = 0;
    features[`lex.${category}.terms`] = 0;
    features[`lex.${category}.share`] = 0;
  }
  const byLabel: Record<LexiconLabel, number> = { body: 0, navigation: 0, spam: 0 };
  const maxEnd = hits.reduce((m, h) => Math.max(m, h.end), 0);
  for (const hit of hits) {
    features[`lex.${hit.category}.hits`] = (features[`lex.${hit.category}.hits`] ?? 0) + hit.weight;
    byLabel[hit.label] += hit.weight;
    let set = terms.get(hit.category);
    if (!set) terms.set(hit.category, (set = new Set()));
    set.add(hit.term);
    for (const key of [hit.category, `label:${hit.label}`]) coverFor(key, maxEnd).fill(1, hit.start, hit.end);
  }
  for (const [category, set] of terms) features[`lex.${category}.terms`] = set.size;
  const share = (key: string): number => {
    const cover = covered.get(key);
    if (!cover || chars === 0) return 0;
    let n = 0;
    for (const c of cover) n += c;
    return Math.min(1, n / chars);
  };
  for (const category of matcher.categories.keys()) features[`lex.${category}.share`] = share(category);
  features['lex.any-spam.share'] = share('label:spam');
  features['lex.any-spam.hits'] = byLabel.spam;
  features['lex.any-navigation.hits'] = byLabel.navigation;
  features['lex.any-body.hits'] = byLabel.body;
  return features;
}
