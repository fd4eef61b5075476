/**
 * Offset-preserving normalisation for matching (never for display).
 *
 * Every UTF-16 code unit maps to exactly one code unit, so an index into the normalised text
 * is the same index into the original: offsets survive normalisation (the obscenity model).
 * Per unit: full-width ASCII → ASCII, ideographic space → space, NFKC where it yields one
 * unit, lower case where it yields one unit, Traditional → Simplified (character level).
 * Surrogate pairs pass through unchanged.
 */

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const NOT_COMPUTED = 0;

export type Normalize = (text: string) => string;

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** Rounds of the per-unit mapping until it is stable (NFKC → lower case → T→S can feed each other). */
const MAX_ROUNDS = 4;

/** Apply the per-unit steps until nothing changes, so normalising twice equals normalising once. */
function normaliseUnitStable(code: number, traditionalToSimplified: ReadonlyMap<string, string>): number {
  let current = code;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = normaliseUnit(current, traditionalToSimplified);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function normaliseUnit(code: number, traditionalToSimplified: ReadonlyMap<string, string>): number {
  if (isSurrogate(code)) return code;
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) code -= FULLWIDTH_OFFSET;
  if (code === IDEOGRAPHIC_SPACE) return 0x20;
  let ch = String.fromCharCode(code);
  const nfkc = ch.normalize('NFKC');
  if (nfkc.length === 1) ch = nfkc;
  const lower = ch.toLowerCase();
  if (lower.length === 1) ch = lower;
  const simplified = traditionalToSimplified.get(ch);
  if (simplified !== undefined) ch = simplified;
  return ch.charCodeAt(0);
}

/**
 * Texts up to this many units are mapped in one reused buffer: a fresh typed array per call cost a
 * backing-store allocation for every segment. Longer texts (rare) get their own, so the kept
 * buffer stays at 128 KB.
 */
const SCRATCH_UNITS = 0x10000;

/** Build a normaliser; the per-unit table is filled lazily and shared by every call. */
export function createNormalizer(traditionalToSimplified: ReadonlyMap<string, string>): Normalize {
  const table = new Uint16Array(0x10000);
  const scratch = new Uint16Array(SCRATCH_UNITS);
  return (text: string): string => {
    const out = text.length <= SCRATCH_UNITS ? scratch : new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let mapped = table[code] ?? NOT_COMPUTED;
      if (mapped === NOT_COMPUTED) {
        mapped = normaliseUnitStable(code, traditionalToSimplified);
        // U+0000 maps to itself; storing it would look "not computed", which only costs a recompute.
        table[code] = mapped;
      }
      out[i] = mapped;
    }
    return decodeUnits(out, text.length);
  };
}

const CHUNK = 8192;

/** The string of the first `length` units. */
function decodeUnits(units: Uint16Array, length: number): string {
  let result = '';
  for (let i = 0; i < length; i += CHUNK) {
    // apply with a typed array: 8–10× faster than spreading it (measured on Node 20)
    result += String.fromCharCode.apply(null, units.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]);
  }
  return result;
}
