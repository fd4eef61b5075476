import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addJiebaWords, jiebaPieces } from '../src/tokenize/jieba.js';
import { createNormalizer } from '../src/tokenize/normalize.js';
import { countScripts, hasHan } from '../src/tokenize/script.js';
import { JIEBA_CHUNK_UNITS, tokenize } from '../src/tokenize/tokenize.js';
import { join } from 'node:path';
import { DATA_DIR } from '../src/data-dir.js';
import { loadScriptChars, SCRIPT_CHARS_FILE } from '../src/tokenize/foreign-chars.js';
import { loadTraditionalToSimplified } from '../src/tokenize/traditional.js';
import { createVariantCounter } from '../src/tokenize/variant.js';
import { hasWordChar, markWordRuns } from '../src/tokenize/word-chars.js';

/** tokenize/: offset-preserving normalisation, jieba spans, the tokenizer and its chunking. */

const traditional = loadTraditionalToSimplified();
const normalize = createNormalizer(traditional);

/** Strings of arbitrary UTF-16 code units: lone surrogates, pairs, CJK, full-width, ASCII. */
const anyUnits = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xffff }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0xff01, max: 0xff5e }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0x20, max: 0x7e }),
    ),
    { maxLength: 64 },
  )
  .map((codes) => String.fromCharCode(...codes));

describe('normalize', () => {
  it('output length always equals input length (fast-check, any UTF-16 units)', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnits, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (text) => {
        expect(normalize(text).length).toBe(text.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('surrogate units pass through unchanged (fast-check)', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        const out = normalize(text);
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code >= 0xd800 && code <= 0xdfff) expect(out.charCodeAt(i)).toBe(code);
        }
      }),
    );
  });

  it.each([
    ['ＡＢＣ１２３！？', 'abc123!?'],
    ['ｐｋ１０\u3000快三', 'pk10 快三'],
    ['國產精品', '国产精品'],
    ['馬斯克說', '马斯克说'],
    ['經濟與發展', '经济与发展'],
    ['Hello WORLD Café NAÏVE', 'hello world café naïve'],
    ['①②③', '123'],
    ['ｶﾀｶﾅ', 'カタカナ'],
    ['𠀀國𠀀', '𠀀国𠀀'],
    ['ﬁ', 'ﬁ'], // NFKC gives two units: kept
    ['İ', 'İ'], // lower case gives two units: kept
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });

  it('uses a character-level Traditional → Simplified map of single units', () => {
    expect(traditional.get('國')).toBe('国');
    expect(traditional.get('馬')).toBe('马');
    expect(traditional.has('国')).toBe(false);
    for (const [from, to] of traditional) {
      expect(from.length).toBe(1);
      expect(to.length).toBe(1);
    }
  });

  // Regression: 薴 → 苧 → 苎 made a term spelled 苧 miss text spelled 薴.
  it('is idempotent on every BMP code unit', () => {
    const unstable: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const once = normalize(ch);
      if (normalize(once) !== once) unstable.push(`${ch} → ${once} → ${normalize(once)}`);
    }
    expect(unstable).toEqual([]);
  });
});

describe('script counts', () => {
  it('counts characters by script, skipping spaces', () => {
    expect(countScripts('中文 abc ひらカタ 한국 123 𠀀 é!')).toEqual({ han: 3, kana: 4, hangul: 2, latin: 4, digits: 3, chars: 17 });
    expect(hasHan('abc')).toBe(false);
    expect(hasHan('abc中')).toBe(true);
  });
});

describe('jiebaPieces', () => {
  it('cuts BMP text into words that tile it', () => {
    expect(jiebaPieces('马斯克说中国很好')).toEqual(['马斯克', '说', '中国', '很', '好']);
  });

  it('tiles text with astral characters in UTF-16 units, never splitting a surrogate pair', () => {
    const text = '𠀀中国𠀁人民a𠀂';
    const pieces = jiebaPieces(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces).toContain('中国');
    expect(pieces).toContain('人民');
    for (const piece of pieces) expect(piece).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
  });

  it('addJiebaWords keeps 一区二区 whole (it is split before)', () => {
    const text = '最新一区二区视频';
    const before = jiebaPieces(text);
    expect(before).not.toContain('一区二区');
    addJiebaWords(['一区二区', 'latin-only word']);
    const after = jiebaPieces(text);
    expect(after).toContain('一区二区');
    expect(after.join('')).toBe(text);
  });

  it('a dictionary word does not swallow a substring of a clean compound (巨大发展)', () => {
    addJiebaWords(['大发']);
    const text = '经济取得巨大发展';
    expect(jiebaPieces(text)).not.toContain('大发');
  });
});

describe('tokenize', () => {
  it('Latin text goes through natural and keeps accented words whole', () => {
    expect(tokenize('Café naïve résumé, l’été — don\'t stop 123').words).toEqual(['Café', 'naïve', 'résumé', 'l’été', "don't", 'stop', '123']);
  });

  // Regression: the Latin path did not fill `boundary`, so @token terms could not hit Latin text.
  it('Latin text gets token boundaries too (for @token terms)', () => {
    const { boundary } = tokenize('casino royale');
    expect([...boundary]).toEqual([1, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1]);
  });

  it('Han text goes through jieba; words skip punctuation; boundary marks every token edge', () => {
    const text = '马斯克说，中国很好。';
    const { words, boundary } = tokenize(text);
    expect(words).toEqual(['马斯克', '说', '中国', '很', '好']);
    expect(boundary).toHaveLength(text.length + 1);
    expect([...boundary]).toEqual([1, 0, 0, 1, 1, 1, 0, 1, 1, 1, 1]);
  });

  it(`text longer than JIEBA_CHUNK_UNITS (${JIEBA_CHUNK_UNITS}) is cut at punctuation: same tokens as one jieba pass`, () => {
    const sentence = '本市今年夏季用电负荷持续攀升，电力部门提前部署迎峰度夏工作。';
    const repeats = Math.ceil((JIEBA_CHUNK_UNITS * 2.5) / sentence.length);
    const text = sentence.repeat(repeats);
    expect(text.length).toBeGreaterThan(JIEBA_CHUNK_UNITS * 2);
    const chunked = tokenize(text);
    const whole = new Uint8Array(text.length + 1);
    let at = 0;
    for (const piece of jiebaPieces(text)) {
      whole[at] = 1;
      at += piece.length;
      whole[at] = 1;
    }
    expect(chunked.boundary).toEqual(whole);
    expect(chunked.words).toEqual(Array.from({ length: repeats }, () => tokenize(sentence).words).flat());
  });

  it('text without any punctuation is cut at JIEBA_CHUNK_UNITS; tokens still tile the text', () => {
    const text = '中国人民'.repeat(Math.ceil((JIEBA_CHUNK_UNITS * 1.5) / 4));
    const { words, boundary } = tokenize(text);
    expect(words.join('')).toBe(text);
    expect(boundary[0]).toBe(1);
    expect(boundary[JIEBA_CHUNK_UNITS]).toBe(1);
    expect(boundary[text.length]).toBe(1);
    let edges = 0;
    for (const b of boundary) edges += b;
    expect(edges).toBe(words.length + 1);
  });

  it.each([JIEBA_CHUNK_UNITS - 1, JIEBA_CHUNK_UNITS, JIEBA_CHUNK_UNITS + 1])(
    'a surrogate pair never straddles a cut (pair at %i)',
    (at) => {
      const text = '中'.repeat(at) + '𠀀' + '中'.repeat(JIEBA_CHUNK_UNITS);
      const { words, boundary } = tokenize(text);
      expect(words.join('')).toBe(text);
      for (const word of words) expect(word).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
      expect(boundary[at + 1]).toBe(0); // never inside the pair
    },
  );

  it('every boundary index is within the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('中', '国', '人', '，', ' ', 'a', '𠀀', '1'), maxLength: 200 }), (text) => {
        const { words, boundary } = tokenize(text);
        expect(boundary).toHaveLength(text.length + 1);
        for (const word of words) expect(text).toContain(word);
      }),
      { numRuns: 200 },
    );
  });
});

describe('word-chars (table lookups standing in for \\p{L}\\p{M}\\p{N} regexes)', () => {
  const WORD = /[\p{L}\p{M}\p{N}]/u;
  const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;
  function regexRuns(text: string): Uint8Array {
    const boundary = new Uint8Array(text.length + 1);
    for (const m of text.matchAll(WORD_RUN)) {
      boundary[m.index] = 1;
      boundary[m.index + m[0].length] = 1;
    }
    return boundary;
  }
  function tableRuns(text: string): Uint8Array {
    const boundary = new Uint8Array(text.length + 1);
    markWordRuns(text, boundary);
    return boundary;
  }
  // astral letters (𝐀 U+1D400), digits (𝟘 U+1D7D8), symbols (😀) and a Han extension B character next to BMP units
  const withAstral = fc
    .array(fc.oneof(anyUnits, fc.constantFrom('𝐀', '𝟘', '😀', '𠀀', '\u0301', 'a', ' ', '-')), { maxLength: 12 })
    .map((parts) => parts.join(''));

  it('agree with the regexes on any UTF-16 units, lone surrogates and astral characters (fast-check)', () => {
    fc.assert(
      fc.property(withAstral, (text) => {
        expect(hasWordChar(text)).toBe(WORD.test(text));
        expect(tableRuns(text)).toEqual(regexRuns(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('edge cases', () => {
    for (const text of ['', ' ', 'a', '\uD800', '\uDC00a', '😀', '𝐀', 'e\u0301', '—', '１２']) {
      expect(hasWordChar(text)).toBe(WORD.test(text));
      expect(tableRuns(text)).toEqual(regexRuns(text));
    }
  });
});

describe('variant counts with characters foreign to Traditional text', () => {
  const t2s = loadTraditionalToSimplified();
  it('counts a listed Simplified character as foreign, and an unlisted one only as Simplified', () => {
    const count = createVariantCounter(t2s, '们');
    // 们 (listed), 台 (a Simplified form, unlisted), 灣 and 國 (Traditional)
    expect(count('我们在台灣國')).toEqual({ traditional: 2, simplified: 2, foreign: 1 });
  });
  it('ignores a listed character that is not a Simplified form', () => {
    expect(createVariantCounter(t2s, '國a')('國a')).toEqual({ traditional: 1, simplified: 0, foreign: 0 });
  });
  it('counts nothing as foreign without a list', () => {
    expect(createVariantCounter(t2s)('我们').foreign).toBe(0);
  });
  it('ships a list that keeps characters Traditional text shares with Simplified out', async () => {
    const { foreignToTraditional } = await loadScriptChars(join(DATA_DIR, 'models', SCRIPT_CHARS_FILE));
    for (const simplifiedOnly of ['们', '爱', '网', '线']) expect(foreignToTraditional).toContain(simplifiedOnly);
    for (const shared of ['出', '台', '于', '后']) expect(foreignToTraditional).not.toContain(shared);
  });
});
