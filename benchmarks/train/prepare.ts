/**
 * Labelled pool documents cut and tokenized exactly as sift() cuts and tokenizes text input, with
 * each segment's gold spam mask: what the training and its cross-validation work on.
 */
import { isSpamPhrase } from '../../src/lexicon/matcher.js';
import type { PoolDoc } from '../pool/cases.js';
import type { FeatureResources } from '../../src/features/extract.js';
import { capSegments, mergeBlocks } from '../../src/segment/merge.js';
import { segmentText } from '../../src/segment/text.js';
import { tokenize } from '../../src/tokenize/tokenize.js';

export interface PreparedSegment {
  text: string;
  normalized: string;
  boundary: Uint8Array;
  /** 1 where the unit lies in a gold spam region. */
  mask: Uint8Array;
  /** Share of the segment's units inside gold spam regions. */
  spamShare: number;
  /** Spam-lexicon hits (data/lexicons), as sift() finds them. */
  spamTerms: { start: number; end: number; weight: number }[];
}

export interface PreparedDoc {
  doc: PoolDoc;
  segments: PreparedSegment[];
  normalizedText: string;
}

/** `resources`: a sifter's normaliser and lexicon matcher (loadResources), so the text is cut as sift() cuts it. */
export function prepareDoc(doc: PoolDoc, resources: Pick<FeatureResources, 'normalize' | 'matcher'>): PreparedDoc {
  const { normalize, matcher } = resources;
  const { blocks } = capSegments(mergeBlocks(segmentText(doc.text).blocks), undefined, doc.text);
  const segments = blocks.map((block): PreparedSegment => {
    const normalized = normalize(block.text);
    const { boundary } = tokenize(normalized);
    const spamTerms = matcher.match(normalized, boundary).filter(isSpamPhrase);
    const mask = new Uint8Array(block.text.length);
    for (const [start, end] of doc.regions) {
      for (let i = Math.max(start, block.start); i < Math.min(end, block.end); i++) mask[i - block.start] = 1;
    }
    const spamUnits = mask.reduce((a, b) => a + b, 0);
    return { text: block.text, normalized, boundary, mask, spamTerms, spamShare: block.text.length === 0 ? 0 : spamUnits / block.text.length };
  });
  return { doc, segments, normalizedText: segments.map((s) => s.normalized).join('\n') };
}
