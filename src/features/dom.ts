import type { Block } from '../segment/block.js';
import type { SetFeature } from './feature-set.js';

/** Class/id/role cue lists, loaded from data/cues/class-names.json. */
export interface CueLists {
  navigation: readonly string[];
  body: readonly string[];
}

function matchesCue(token: string, cues: readonly string[]): boolean {
  for (const cue of cues) {
    if (token === cue || token.startsWith(cue) || token.endsWith(cue)) return true;
  }
  return false;
}

export function domFeatures(block: Block, cues: CueLists, set: SetFeature): void {
  // The nearest element with a cue decides; within one element a navigation cue wins over a body
  // cue (comment-content, article-footer are navigation).
  let nav = 0;
  let body = 0;
  for (const group of block.cues) {
    nav = group.some((token) => matchesCue(token, cues.navigation)) ? 1 : 0;
    body = !nav && group.some((token) => matchesCue(token, cues.body)) ? 1 : 0;
    if (nav || body) break;
  }
  set('dom.hidden', block.hidden ? 1 : 0);
  set('dom.navCue', nav);
  set('dom.bodyCue', body);
  set('kind.title', block.kind === 'title' || block.kind === 'script-title' ? 1 : 0);
  set('kind.meta', block.kind === 'meta-description' || block.kind === 'meta-keywords' ? 1 : 0);
  set('kind.heading', block.kind === 'heading' ? 1 : 0);
  set('kind.list', block.list ? 1 : 0);
  set('headingLevel', block.headingLevel ?? 0);
}
