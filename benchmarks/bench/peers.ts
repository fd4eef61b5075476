/** 6. Peers: Readability.js on jsdom and on linkedom, on the same pages, pagesift timed right before each. */
import { performance } from 'node:perf_hooks';
import type { Sifter } from '../../src/index.js';
import { decodeWith, textPageToHtml } from '../peers/input.js';
import { createReadabilityRunner } from '../peers/readability.js';
import { errorMessage } from '../error-message.js';
import { log } from './log.js';
import { groupBySet, utf8, type Page } from './pages.js';
import { summariseTimes, type SetRun } from './single-thread.js';
import { sum } from './stats.js';

/** Pages each peer sifts untimed before its timed pass (JIT, lazy module loading). */
export const WARMUP_PEER = 10;
/**
 * Pages larger than this are not given to the peers (pagesift cuts pages there by default):
 * Readability on jsdom runs in this process, and a page of tens of MB could take minutes and
 * gigabytes, or end the whole run. Skipped pages are counted in the table's note; the ratio
 * judged then compares pagesift on every page with the peer on the others (which favours the peer).
 */
export const PEER_MAX_BYTES = 10 * 1024 * 1024;

export const PEERS = ['jsdom', 'linkedom'] as const;
export type Peer = (typeof PEERS)[number];

export interface PeerSetRun {
  pages: number;
  rounds: number;
  pagesPerSecond: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
  nullArticles: number;
  /** pagesift pages/s (the single-thread measurement) ÷ this peer's pages/s, same pages. */
  ratio: number;
  /**
   * Paired: pagesift's time on each page measured right before the peer's, in the same pass, so a
   * change of machine load hits both alike. Peer time ÷ pagesift time, summed over the pages.
   */
  pairedRatio: number;
  /** pagesift pages/s in the paired pass. */
  pairedPagesiftPagesPerSecond: number;
}

export interface PeerRunResult {
  overall: PeerSetRun;
  sets: Map<string, PeerSetRun>;
}

type PeerFn = (page: Page) => { error: string | null; nullArticle: boolean };

export async function peerFunctions(): Promise<Record<Peer, PeerFn>> {
  const jsdom = await createReadabilityRunner();
  const [{ DOMParser }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  return {
    jsdom(page) {
      const out = jsdom.run(page.kind === 'text' ? { kind: 'text', text: utf8.decode(page.bytes) } : { kind: 'bytes', bytes: page.bytes });
      return { error: out.error, nullArticle: out.nullArticle };
    },
    linkedom(page) {
      try {
        const html = page.kind === 'text' ? textPageToHtml(utf8.decode(page.bytes)) : decodeWith(page.bytes, page.charset ?? 'utf-8');
        const document = new DOMParser().parseFromString(html, 'text/html');
        const article = new Readability(document).parse();
        return { error: null, nullArticle: article === null };
      } catch (e) {
        return { error: errorMessage(e), nullArticle: false };
      }
    },
  };
}

export function runPeer(name: Peer, fn: PeerFn, sifter: Sifter, pages: readonly Page[], rounds: number, single: { overall: SetRun; sets: Map<string, SetRun> }): PeerRunResult {
  for (const page of pages.slice(0, WARMUP_PEER)) fn(page);
  const times = new Map<Page, number[]>(pages.map((p) => [p, []]));
  const pagesiftTimes = new Map<Page, number[]>(pages.map((p) => [p, []]));
  const errors = new Map<string, number>();
  const nulls = new Map<string, number>();
  const reported = new Set<string>();
  for (let round = 0; round < rounds; round++) {
    const roundStart = performance.now();
    for (const page of pages) {
      const own = performance.now();
      try {
        sifter.sift(page.input);
      } catch {
        // counted in the single-thread passes
      }
      pagesiftTimes.get(page)?.push(performance.now() - own);
      const start = performance.now();
      const out = fn(page);
      times.get(page)?.push(performance.now() - start);
      if (out.error !== null) {
        errors.set(page.set, (errors.get(page.set) ?? 0) + 1);
        const key = `${page.set}/${page.id}`;
        if (!reported.has(key)) log(`PEER ERROR ${key}: Readability on ${name} threw: ${out.error}`);
        reported.add(key);
      }
      if (out.nullArticle) nulls.set(page.set, (nulls.get(page.set) ?? 0) + 1);
    }
    log(`  ${name}: round ${round + 1}/${rounds} ${((performance.now() - roundStart) / 1000).toFixed(1)} s`);
  }
  const summarise = (setPages: readonly Page[], run: SetRun | undefined, errorCount: number, nullCount: number): PeerSetRun => {
    const t = summariseTimes(setPages, times, rounds, errorCount);
    const own = summariseTimes(setPages, pagesiftTimes, rounds, 0);
    return {
      pages: setPages.length,
      rounds,
      pagesPerSecond: t.pagesPerSecond,
      meanMs: t.meanMs,
      p50Ms: t.p50Ms,
      p95Ms: t.p95Ms,
      errors: errorCount,
      nullArticles: nullCount / rounds,
      ratio: (run?.throughput.pagesPerSecond ?? Number.NaN) / t.pagesPerSecond,
      pairedRatio: own.pagesPerSecond / t.pagesPerSecond,
      pairedPagesiftPagesPerSecond: own.pagesPerSecond,
    };
  };
  const sets = new Map<string, PeerSetRun>();
  for (const [set, setPages] of groupBySet(pages)) sets.set(set, summarise(setPages, single.sets.get(set), errors.get(set) ?? 0, nulls.get(set) ?? 0));
  // Overall ratio from the per-page time sums (same pages) so both sides weigh pages alike.
  const overall = summarise(pages, single.overall, sum([...errors.values()]), sum([...nulls.values()]));
  return { overall, sets };
}
