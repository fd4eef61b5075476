/**
 * The peers `eval --peers` can run beside pagesift, their result columns and their versions.
 *
 * Each peer has two columns: `<peer>` gets the page's raw bytes (decoded as jsdom decodes them) and
 * `<peer>-pd` ("pagesift-decoded") the text decoded with the charset pagesift's report names, which
 * isolates extraction from charset handling (eval/peer-page.ts reuses the first column's result
 * when both decodings give the same text, so the second costs a run only where they differ).
 *
 * Postlight Parser (`@postlight/parser` 2.2.3, MIT) is not among them: it depends on two packages
 * by git URL (github:postlight/browser-request, github:postlight/difflib.js), so it does not
 * install from the npm registry alone (`npm install` fails on the git fetch).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDefuddleRunner, DEFUDDLE_PACKAGES } from './defuddle.js';
import type { PeerRunner } from './input.js';
import { createReadabilityRunner, READABILITY_PACKAGES } from './readability.js';

export const PEER_READABILITY = 'readability';
export const PEER_DEFUDDLE = 'defuddle';
/** Peers in display order; `--peers` alone runs all of them. */
export const PEERS = [PEER_READABILITY, PEER_DEFUDDLE] as const;
export type Peer = (typeof PEERS)[number];

export const PEER_READABILITY_PD = 'readability-pd';
export const PEER_DEFUDDLE_PD = 'defuddle-pd';
/** Result columns (keys of a page's and a summary's `peers`), in display order. */
export const PEER_NAMES = [PEER_READABILITY, PEER_READABILITY_PD, PEER_DEFUDDLE, PEER_DEFUDDLE_PD] as const;
export type PeerName = (typeof PEER_NAMES)[number];

/** A peer's two columns: fed the bytes, fed pagesift's decoding. */
export const PEER_COLUMNS: Record<Peer, { bytes: PeerName; decoded: PeerName }> = {
  [PEER_READABILITY]: { bytes: PEER_READABILITY, decoded: PEER_READABILITY_PD },
  [PEER_DEFUDDLE]: { bytes: PEER_DEFUDDLE, decoded: PEER_DEFUDDLE_PD },
};

/** Column labels (results metadata, table titles). */
export const PEER_LABELS: Record<PeerName, string> = {
  [PEER_READABILITY]: 'Readability',
  [PEER_READABILITY_PD]: 'Readability (pagesift-decoded)',
  [PEER_DEFUDDLE]: 'Defuddle',
  [PEER_DEFUDDLE_PD]: 'Defuddle (pagesift-decoded)',
};

/** Short column names for tables. */
export const PEER_SHORT: Record<PeerName, string> = {
  [PEER_READABILITY]: 'RB',
  [PEER_READABILITY_PD]: 'RB-pd',
  [PEER_DEFUDDLE]: 'DF',
  [PEER_DEFUDDLE_PD]: 'DF-pd',
};

/** The packages whose versions the results record, per peer. */
const PEER_PACKAGES: Record<Peer, readonly string[]> = {
  [PEER_READABILITY]: READABILITY_PACKAGES,
  [PEER_DEFUDDLE]: DEFUDDLE_PACKAGES,
};

const CREATE: Record<Peer, () => Promise<PeerRunner>> = {
  [PEER_READABILITY]: createReadabilityRunner,
  [PEER_DEFUDDLE]: createDefuddleRunner,
};

export function isPeer(name: string): name is Peer {
  return (PEERS as readonly string[]).includes(name);
}

/**
 * `--peers` (no list: every peer) or `--peers=a,b` → the peers in display order, or an error
 * message naming what is not a peer.
 */
export function parsePeerList(list: string | null): Peer[] | string {
  if (list === null) return [...PEERS];
  const names = list.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  if (names.length === 0) return `--peers= needs a list (${PEERS.join(',')})`;
  const unknown = names.filter((n) => !isPeer(n));
  if (unknown.length > 0) return `unknown peer(s): ${unknown.join(', ')} (peers: ${PEERS.join(', ')})`;
  return PEERS.filter((p) => names.includes(p));
}

/** The columns of the given peers, in display order. */
export function peerColumnsOf(peers: readonly Peer[]): PeerName[] {
  return peers.flatMap((p) => [PEER_COLUMNS[p].bytes, PEER_COLUMNS[p].decoded]);
}

export async function createPeerRunners(peers: readonly Peer[]): Promise<Map<Peer, PeerRunner>> {
  return new Map(await Promise.all(peers.map(async (p) => [p, await CREATE[p]()] as const)));
}

/** Installed versions of the given peers' packages (for the results metadata). */
export async function peerVersions(peers: readonly Peer[] = PEERS): Promise<Record<string, string | null>> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
  const out: Record<string, string | null> = {};
  for (const name of new Set(peers.flatMap((p) => PEER_PACKAGES[p]))) {
    try {
      const pkg = JSON.parse(await readFile(join(root, name, 'package.json'), 'utf8')) as { version?: unknown };
      out[name] = typeof pkg.version === 'string' ? pkg.version : null;
    } catch (e) {
      // a peer package not installed: its version is unknown, the run goes on
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      out[name] = null;
    }
  }
  return out;
}
