/** Everything one run measured, as the targets, tables and JSON read it. */
import type { ThreadScaling } from '../thread-scaling.js';
import type { ColdStart } from './cold-start.js';
import type { MemoryRun } from './memory.js';
import type { Options } from './options.js';
import type { Page } from './pages.js';
import type { Peer, PeerRunResult } from './peers.js';
import type { PoolRun } from './pool.js';
import type { Scaling } from './scaling.js';
import type { SetRun } from './single-thread.js';

export interface BenchRun {
  opts: Options;
  sets: string[];
  pages: Page[];
  totalBytes: number;
  /** ISO date of the start. */
  date: string;
  cores: number;
  cpuModel: string;
  machine: string;
  loadStart: number;
  loadEnd: number;
  cold: ColdStart;
  /** createSifter in the bench process (modules already imported). */
  createSifterMs: number;
  single: { overall: SetRun; sets: Map<string, SetRun>; warmupErrors: number };
  scale: Scaling | null;
  pool: PoolRun;
  machineScaling: ThreadScaling | null;
  memory: MemoryRun | null;
  peers: Map<Peer, PeerRunResult>;
  /** Pages over PEER_MAX_BYTES, not given to the peers. */
  peerSkipped: number;
  versions: Record<string, string | null>;
}
