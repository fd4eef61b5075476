/**
 * Labelled pool documents cut and tokenized as sift() cuts and tokenizes text input, with each
 * segment's gold spam mask: what the training and its cross-validation work on. The segments are
 * page-segments.ts's (the pipeline's own analysePage), not a copy of its stages: until session 32
 * this file cut the text with its own capSegments(mergeBlocks(segmentText(…))), which gave the same
 * spans on all 3,161 training pool documents but could drift as the pipeline's copy did.
 */
import { isSpamPhrase } from '../../src/lexicon/matcher.js';
import type { PoolDoc } from '../pool/cases.js';
import type { Resources } from '../../src/resources.js';
import { tokenize } from '../../src/tokenize/tokenize.js';
import { pageSegments } from './page-segments.js';

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

/**
 * `resources`: a sifter's (loadResources), so the text is cut, normalised and matched as sift()
 * does it. A segment's offsets are into the decoded text, which keeps the document's offsets (a
 * byte order mark becomes a space), so the gold regions apply as they stand.
 */
export function prepareDoc(doc: PoolDoc, resources: Resources): PreparedDoc {
  const segments = pageSegments(resources, { text: doc.text }).map(({ block, normalized, lexiconHits }): PreparedSegment => {
    // the pipeline keeps the lexicon hits but not the token boundaries: the same tokenizer gives them again
    const { boundary } = tokenize(normalized);
    const spamTerms = lexiconHits.filter(isSpamPhrase);
    const mask = new Uint8Array(block.text.length);
    for (const [start, end] of doc.regions) {
      for (let i = Math.max(start, block.start); i < Math.min(end, block.end); i++) mask[i - block.start] = 1;
    }
    const spamUnits = mask.reduce((a, b) => a + b, 0);
    return { text: block.text, normalized, boundary, mask, spamTerms, spamShare: block.text.length === 0 ? 0 : spamUnits / block.text.length };
  });
  return { doc, segments, normalizedText: segments.map((s) => s.normalized).join('\n') };
}
