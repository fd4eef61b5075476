import type { SetFeature } from './feature-set.js';

/**
 * Traces that hijack kits and parasite pages leave in visible text (DESIGN §4): asterisk runs
 * after a scraped headline, pinyin glosses such as 質(zhì) from a kit's converter, glyph noise
 * inserted between characters, and tag source leaked into text. Every pattern is linear: no
 * nested quantifiers, bounded repetitions.
 */

/** `******` ending a scraped headline (parasite pages): at least this many asterisks in a row, at the end (a censored word mid-title is not it). */
export const MIN_STARS = 4;
const STARS_TAIL = '*'.repeat(MIN_STARS);
// 質(zhì): a Han character followed by a tone-marked pinyin syllable in parentheses
// (the syllable must carry a tone mark: 数组(array) in a tutorial is not a gloss)
const PINYIN_GLOSS = /\p{Script=Han}[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]{1,6}[)）]/gu;
// symbols a kit scatters inside words to dodge keyword filters: 国♀产, 精☆品
const GLYPH_NOISE = /\p{Script=Han}[♀♂☆★◆◇■□▲△▼▽●○◎※]\p{Script=Han}/gu;
// markup of a kit template shown as text: <tr id="yyy80">, <span class="kw12"> (a random
// letters+digits id or class; code samples in a tech article rarely look like that)
const TAG_LEAK = /<[a-z]{1,8}\s+(?:id|class)=["']?[a-z]{2,6}\d{1,5}["']?\s*>/gi;
// a fake source line: a mobile phone number given as the source (来源: 15210273549)
const FAKE_SOURCE = /[来來]源\s*[:：]\s*1[3-9]\d{9}(?!\d)/;

function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}

export function markerFeatures(text: string, set: SetFeature): void {
  // endsWith, not /\*{4,}\s*$/: that regex is quadratic on a long run of asterisks
  if (text.trimEnd().endsWith(STARS_TAIL)) set('marker.stars', 1);
  set('marker.pinyinGloss', count(text, PINYIN_GLOSS));
  set('marker.glyphNoise', count(text, GLYPH_NOISE));
  set('marker.tagLeak', count(text, TAG_LEAK));
  if (FAKE_SOURCE.test(text)) set('marker.fakeSource', 1);
}
