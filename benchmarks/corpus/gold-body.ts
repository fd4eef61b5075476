/**
 * Whether a segment is gold body, from its overlap with the page's gold body text in the metric's
 * tokens (benchmarks/metric.ts): at least GOLD_BODY_SHARE of its token trigrams occur in the gold
 * body; a segment under three tokens, when its tokens occur in the gold in that order. A bag of
 * single tokens, as the metric's P/R count them, is too loose for one segment: "Home", "Share"
 * and most menu words occur somewhere in a long article. Used by the body fit and mass-check.
 */
import { tokens } from '../metric.js';

export const GOLD_BODY_SHARE = 0.5;

export type GoldBodyTest = (segmentText: string) => boolean | undefined;

/** A test for the segments of one page; it answers undefined for a segment without tokens. */
export function goldBodyTest(goldBody: string): GoldBodyTest {
  const gold = tokens(goldBody);
  const goldText = ` ${gold.join(' ')} `;
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < gold.length; i++) trigrams.add(`${gold[i]} ${gold[i + 1]} ${gold[i + 2]}`);
  return (segmentText) => {
    const own = tokens(segmentText);
    if (own.length === 0) return undefined;
    if (own.length < 3) return goldText.includes(` ${own.join(' ')} `);
    let inGold = 0;
    for (let i = 0; i + 2 < own.length; i++) if (trigrams.has(`${own[i]} ${own[i + 1]} ${own[i + 2]}`)) inGold++;
    return inGold >= GOLD_BODY_SHARE * (own.length - 2);
  };
}
