/** The peers (benchmarks/peers/: Readability.js, Defuddle) on one page with body gold, scored with the same metric as pagesift. */
import { bagOfTexts, pageScore, tallySnippets, type SnippetTally } from '../metric.js';
import { decodeWith, type PeerInput, type PeerOutput, type PeerRunner } from '../peers/input.js';
import { PEER_COLUMNS, type Peer, type PeerName } from '../peers/registry.js';
import { withF1, type ScoreWithF1 } from './page.js';
import type { SiftInput } from './report.js';
import type { Truth } from './truth.js';

/** One peer's outcome on one page (body metric only; peers do not label spam). */
export interface PeerPageResult {
  /** What the peer was given: raw bytes (jsdom decodes), text pagesift decoded, or a .txt page. */
  fed: 'bytes' | 'pagesift-decoded' | 'text';
  /** Encoding jsdom used (document.characterSet). */
  charset: string | null;
  /** Same input as another column, so its result was reused instead of run twice. */
  sameAs: PeerName | null;
  ms: number;
  error: string | null;
  nullArticle: boolean;
  body: ScoreWithF1;
  snippets: SnippetTally | null;
}

function scorePeer(truth: Truth, fed: PeerPageResult['fed'], out: PeerOutput, sameAs: PeerName | null): PeerPageResult {
  const predBody = bagOfTexts([out.body]);
  return {
    fed,
    charset: out.charset,
    sameAs,
    ms: out.ms,
    error: out.error,
    nullArticle: out.nullArticle,
    body: withF1(pageScore(predBody, bagOfTexts([truth.body ?? '']))),
    snippets: truth.snippets === null ? null : tallySnippets(predBody, truth.snippets),
  };
}

/** WHATWG canonical name of an encoding label (jsdom says "UTF-8"/"GBK", TextDecoder "utf-8"/"gbk"). */
function encodingName(label: string): string {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return label.toLowerCase();
  }
}

/** Encodings in which bytes below 0x80 are plain ASCII (all WHATWG encodings but these few). */
function asciiCompatible(encoding: string): boolean {
  return !encoding.startsWith('utf-16') && encoding !== 'replacement' && encoding !== 'iso-2022-jp';
}

function isAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return false;
  return true;
}

/** Whether two encodings turn these bytes into the same text (same encoding, or ASCII-only bytes). */
function sameDecoding(bytes: Uint8Array, a: string, b: string): boolean {
  const ea = encodingName(a);
  const eb = encodingName(b);
  return ea === eb || (asciiCompatible(ea) && asciiCompatible(eb) && isAscii(bytes));
}

/**
 * Runs one peer on one page with body gold, into its two columns. Column `<peer>` gets the bytes
 * (jsdom decodes); `<peer>-pd` gets the text decoded with pagesift's charset. When both decodings
 * give the same text (same encoding, or ASCII-only bytes) the inputs are the same string, so the
 * first result is reused (sameAs) instead of running the peer twice. Text pages are the same input
 * for both columns.
 */
function runPeer(peer: Peer, runner: PeerRunner, truth: Truth, input: SiftInput, pagesiftCharset: string | null, set: string, id: string): [PeerName, PeerPageResult][] {
  const { bytes: first, decoded: second } = PEER_COLUMNS[peer];
  const warn = (name: PeerName, out: PeerOutput): PeerOutput => {
    if (out.error !== null) process.stderr.write(`PEER ERROR ${set}/${id}: ${name}: ${out.error}\n`);
    return out;
  };
  if ('text' in input) {
    const peerInput: PeerInput = { kind: 'text', text: input.text };
    const out = warn(first, runner.run(peerInput));
    return [
      [first, scorePeer(truth, 'text', out, null)],
      [second, scorePeer(truth, 'text', out, first)],
    ];
  }
  const own = warn(first, runner.run({ kind: 'bytes', bytes: input.bytes }));
  // A page pagesift threw on has no charset in its (empty) report: UTF-8 then.
  const charset = pagesiftCharset ?? 'utf-8';
  const same = own.charset !== null && sameDecoding(input.bytes, own.charset, charset);
  const decoded = same ? own : warn(second, runner.run({ kind: 'html', html: decodeWith(input.bytes, charset) }));
  return [
    [first, scorePeer(truth, 'bytes', own, null)],
    [second, scorePeer(truth, 'pagesift-decoded', decoded, same ? first : null)],
  ];
}

/** Runs every selected peer on one page with body gold (a peer's failure is its column's error, never a throw). */
export function runPeers(runners: ReadonlyMap<Peer, PeerRunner>, truth: Truth, input: SiftInput, pagesiftCharset: string | null, set: string, id: string): Partial<Record<PeerName, PeerPageResult>> {
  return Object.fromEntries([...runners].flatMap(([peer, runner]) => runPeer(peer, runner, truth, input, pagesiftCharset, set, id)));
}
