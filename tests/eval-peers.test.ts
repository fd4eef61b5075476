/**
 * The eval's side of the peers: which peers `--peers` selects, how a page's peer columns are
 * filled (runPeers: bytes column, pagesift-decoded column, reuse when the decodings agree), and how
 * failures and null articles are counted per column. Peers here are stand-ins; the real adapters
 * are tested in peer-adapters.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { takePeers } from '../benchmarks/eval/options.js';
import type { PageResult } from '../benchmarks/eval/page.js';
import { runPeers } from '../benchmarks/eval/peer-page.js';
import { summarise } from '../benchmarks/eval/summary.js';
import { peerColumns, peerRow, typeColumns, typeRows } from '../benchmarks/eval/tables.js';
import type { Truth } from '../benchmarks/eval/truth.js';
import type { PeerInput, PeerOutput, PeerRunner } from '../benchmarks/peers/input.js';
import { parsePeerList, PEERS, peerColumnsOf, type Peer } from '../benchmarks/peers/registry.js';

describe('--peers on the command line', () => {
  it.each<[string[], Peer[] | null, string[]]>([
    [['/corpus'], null, ['/corpus']],
    [['/corpus', '--peers'], ['readability', 'defuddle'], ['/corpus']],
    [['--peers', '/corpus'], ['readability', 'defuddle'], ['/corpus']],
    [['--peers=defuddle', '/corpus'], ['defuddle'], ['/corpus']],
    [['--peers', 'defuddle,readability', '/corpus'], ['readability', 'defuddle'], ['/corpus']],
    [['--peers', 'readability', '--set', 'zh-gbk', '/corpus'], ['readability'], ['--set', 'zh-gbk', '/corpus']],
    [['--peers=readability', '--peers=defuddle', '/corpus'], ['readability', 'defuddle'], ['/corpus']],
    // the argument after a bare --peers is its list only when it names peers alone
    [['--peers', 'readability,corpus-dir'], ['readability', 'defuddle'], ['readability,corpus-dir']],
  ])('%j → peers %j, rest %j', (argv, peers, rest) => {
    expect(takePeers(argv)).toEqual({ peers, rest });
  });

  it('names what is not a peer', () => {
    expect(parsePeerList('readability,postlight')).toBe('unknown peer(s): postlight (peers: readability, defuddle)');
    expect(parsePeerList(',')).toMatch(/needs a list/);
    expect(parsePeerList(null)).toEqual([...PEERS]);
  });
});

const TRUTH: Truth = {
  input: 'page.html',
  lang: 'en',
  pageType: 'article',
  body: 'alpha beta gamma delta',
  snippets: null,
  spam: [],
  pageSpam: false,
  url: null,
};

/** A stand-in peer: answers with a fixed output and records what it was given. */
function fakeRunner(out: Partial<PeerOutput> & { charset: string | null }): PeerRunner & { inputs: PeerInput[] } {
  const inputs: PeerInput[] = [];
  return {
    inputs,
    run(input) {
      inputs.push(input);
      return { body: 'alpha beta', nullArticle: false, error: null, ms: 1, ...out };
    },
  };
}

describe('runPeers', () => {
  it('runs a peer once when jsdom and pagesift decode the bytes alike, and reuses the result', () => {
    const runner = fakeRunner({ charset: 'UTF-8' });
    const result = runPeers(new Map([['defuddle', runner]]), TRUTH, { bytes: new TextEncoder().encode('<p>caf\u00e9</p>') }, 'utf-8', 'set', 'id');
    expect(runner.inputs).toHaveLength(1);
    expect(Object.keys(result)).toEqual(['defuddle', 'defuddle-pd']);
    expect(result.defuddle).toMatchObject({ fed: 'bytes', sameAs: null });
    expect(result['defuddle-pd']).toMatchObject({ fed: 'pagesift-decoded', sameAs: 'defuddle' });
    expect(result.defuddle?.body.recall).toBe(0.5);
    expect(result.defuddle?.body.precision).toBe(1);
  });

  it('runs the pagesift-decoded column on its own when the decodings differ', () => {
    const runner = fakeRunner({ charset: 'windows-1252' });
    const gbk = Uint8Array.from([0x3c, 0x70, 0x3e, 0xc4, 0xe3, 0xba, 0xc3, 0x3c, 0x2f, 0x70, 0x3e]); // <p>你好</p> in GBK
    const result = runPeers(new Map([['readability', runner]]), TRUTH, { bytes: gbk }, 'gbk', 'set', 'id');
    expect(runner.inputs.map((i) => i.kind)).toEqual(['bytes', 'html']);
    expect(runner.inputs[1]).toEqual({ kind: 'html', html: '<p>你好</p>' });
    expect(result['readability-pd']).toMatchObject({ fed: 'pagesift-decoded', sameAs: null });
  });

  it('gives a text page to both columns as the same input', () => {
    const runner = fakeRunner({ charset: 'UTF-8' });
    const result = runPeers(new Map([['readability', runner]]), TRUTH, { text: 'alpha beta' }, null, 'set', 'id');
    expect(runner.inputs).toEqual([{ kind: 'text', text: 'alpha beta' }]);
    expect(result['readability-pd']).toMatchObject({ fed: 'text', sameAs: 'readability' });
  });

  it('scores a failed peer as an empty body and keeps its error', () => {
    const runner = fakeRunner({ charset: 'UTF-8', body: '', error: 'it broke' });
    const result = runPeers(new Map([['defuddle', runner]]), TRUTH, { bytes: new TextEncoder().encode('<p>x</p>') }, 'utf-8', 'set', 'id');
    expect(result.defuddle).toMatchObject({ error: 'it broke', body: { recall: 0, precision: 0 } });
  });
});

/** A page result as evaluateCase makes it, with the given peers' outcomes. */
function pageWith(id: string, peers: PageResult['peers']): PageResult {
  const body = { precision: 1, recall: 1, f1: 1, predTokens: 4, goldTokens: 4, overlap: 4 };
  return {
    set: 'set',
    id,
    fold: null,
    pageType: 'article',
    predictedPageType: 'article',
    lang: 'en',
    host: null,
    input: 'page.html',
    charset: 'utf-8',
    ms: 2,
    error: null,
    body,
    spam: body,
    snippets: null,
    pageSpam: false,
    flagged: false,
    verdictScore: 0,
    categories: [],
    peers,
  };
}

describe('peer summaries and tables', () => {
  const run = (nullArticle: boolean, error: string | null, recall: number) => {
    const body = { precision: 1, recall, f1: 0, predTokens: 1, goldTokens: 1, overlap: 1 };
    return { fed: 'bytes' as const, charset: 'UTF-8', sameAs: null, ms: 10, error, nullArticle, body, snippets: null };
  };
  const results = [
    pageWith('1', { readability: run(false, null, 1), 'readability-pd': run(false, null, 1), defuddle: run(true, null, 0), 'defuddle-pd': run(true, null, 0) }),
    pageWith('2', { readability: run(false, 'x', 0), 'readability-pd': run(false, 'x', 0), defuddle: run(false, null, 1), 'defuddle-pd': run(false, null, 1) }),
  ];

  it('counts errors and null articles per column', () => {
    const s = summarise(results, peerColumnsOf(['readability', 'defuddle']));
    expect(s.peers?.readability).toMatchObject({ pages: 2, errors: 1, nullArticles: 0 });
    expect(s.peers?.defuddle).toMatchObject({ pages: 2, errors: 0, nullArticles: 1, lowRecall: 1 });
  });

  it('counts a page with snippet gold only (body null) for the snippets, not for the body', () => {
    const snippets = { bodyFound: 1, bodyTotal: 2, boilerplateDropped: 1, boilerplateTotal: 1 };
    const snippetOnly = { ...pageWith('3', { readability: { ...run(false, null, 0), snippets } }), body: null };
    const s = summarise([results[0]!, snippetOnly], peerColumnsOf(['readability']));
    expect(s.peers?.readability).toMatchObject({ pages: 2, lowRecall: 0 });
    expect(s.peers?.readability?.body.pages).toBe(1);
    expect(s.peers?.readability?.body.recall).toBe(1);
    expect(s.peers?.readability?.snippets).toMatchObject({ pages: 1, accuracy: 2 / 3 });
  });

  it('summarises only the columns run', () => {
    const s = summarise(results, peerColumnsOf(['defuddle']));
    expect(Object.keys(s.peers ?? {})).toEqual(['defuddle', 'defuddle-pd']);
    expect(summarise(results).peers).toBeUndefined();
  });

  it.each<[Peer[]]>([[['readability']], [['defuddle']], [['readability', 'defuddle']]])('rows have as many cells as the headers for %j', (peers) => {
    const s = summarise(results, peerColumnsOf(peers));
    expect(peerRow('set', s, peers)).toHaveLength(peerColumns(peers).length);
    const rows = typeRows(new Map([['set', new Map([['article', s]])]]), new Map([['set', s]]), peers);
    for (const row of rows) expect(row).toHaveLength(typeColumns(peers).length);
  });
});
