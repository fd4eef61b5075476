import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * Blocks built alike are alike. A page repeats one element path (tag.class chain, ids included)
 * for the items of one list — a shop's product names (`div.grid-item > span.…__desc`), a docs
 * page's parameter rows, a thread's posts, a service page's plan cards — and the segment rules
 * judge each item on its own: the longer names read as body (medium text, stop words), the
 * shorter ones of the same list fall short and stay navigation, so half a list is kept. When at
 * least SIBLING_ITEMS_MIN_SEGMENTS whole blocks (blocks and lists, not inline cuts) share one path
 * and at least SIBLING_ITEMS_MIN_BODY_SHARE of those labelled body or navigation are body, the
 * navigation ones among them become body — unless something other than their own weak text made
 * them navigation: a never-body constraint (hidden, head text), a page-level demotion (outside the
 * main container, teaser, forum furniture, pasted log), a footer, control or dialog cue, the
 * site's chrome, or a rule that reads the text itself as navigation (`HARD_NAVIGATION_RULES`).
 * Consent text, screen-reader text and repeated copies are settled by the passes that run after.
 *
 * Where a shared path does not make items, each found on the other sets and simulated on the
 * session's labels with the other guards in place:
 * - Blocks in a table cell (`td` on the recorded path): a table layout puts a whole post and its
 *   replies, or a page's link lists, under one `td` path (without this guard, on every page type:
 *   zh-gbk −0.0013, three bulletin-board threads whose gold keeps only the first post).
 * - On pages not typed article, blocks demoted as outside the main container: a listing's
 *   "more slideshows" links and a blog's trackback lines beside its post (without this guard,
 *   the table guard in place, on every page type: l3s-gn1 −0.0007).
 * - On pages typed article the shared path is the article's own paragraphs
 *   (`div.entry-content > p`), and an old portal's "·headline (date)" related list that the rules
 *   had half called body shares a path too (zh-gbk −0.0005, two pages −0.03 and −0.02). There a
 *   path is a list only when one of its body blocks is a paragraph of running text
 *   (`ARTICLE_PARAGRAPH_RULE`), and link text (`ARTICLE_LINK_RULES`: a "related" line between
 *   paragraphs) is not promoted; blocks outside the main container are, when a body block of their
 *   path is inside it — an article whose sections sit in sibling containers
 *   (`div.sect1 > div.sectionbody > div.paragraph > p`) lost all but one section's short
 *   paragraphs to the main-container pass; a column of other stories' summaries outside it, some
 *   of them long enough to stay body, is not the article (built without that condition: one
 *   article −0.026).
 *
 * wcxb-dev training folds (session 19, helper 61; simulated on the session's labels, then built):
 * see benchmarks/RESULTS.md "Session 19 (helper 61 …)".
 */

/**
 * A path shared by at least this many blocks is a list of items. Simulated on the wcxb-dev
 * training folds on every page type (blocks and lists, share 0.4, before the article and table
 * guards): 3 gave body F1 +0.0016, 4 +0.0017, 5 +0.0016, 6 +0.0015.
 */
export const SIBLING_ITEMS_MIN_SEGMENTS = 4;

/**
 * At least this share of the path's labelled blocks is body. Simulated on the wcxb-dev training
 * folds on every page type (four blocks or more): 0.3 all +0.0018 but service snippets down one;
 * 0.4 all +0.0017, collection +0.0047 (a shop's list of 14 product names, 6 of them body: 0.67 ->
 * 1.00); 0.5 all +0.0012 and collection unchanged (that list is under half body); 0.6 +0.0011.
 */
export const SIBLING_ITEMS_MIN_BODY_SHARE = 0.4;

/**
 * Rules that read a block's own text as navigation, whatever its place: a navigation word in a
 * short text, two navigation terms, a bare label of ten characters or fewer
 * (data/rules/20_navigation.json). A block they hit stays navigation: a run of menu words
 * typeset as paragraphs (`div.article-content > p`: Home, Latest News, India News…) shares its
 * path with the article's own paragraphs. Simulated without the first and the last (before the
 * article and table guards): body F1 +0.0018 against +0.0017, but snippet accuracy +0.0016 against
 * +0.0019 (a bare price or badge among the items; a service page's snippet lost).
 */
export const HARD_NAVIGATION_RULES: readonly string[] = ['nav.lexicon-short', 'nav.lexicon-many', 'nav.short-bare'];

/** Whether a recorded element path passes through a table cell (`td`, `td.x`, `td#x`). */
export function inTableCell(path: string): boolean {
  return path.split('>').some((label) => label === 'td' || label.startsWith('td.') || label.startsWith('td#'));
}

/**
 * On pages typed article, a path is a list only when one of its body blocks reads as running text
 * (data/rules/30_body.json: weighted length 60 or more, not a list, not mostly links). Simulated
 * on the wcxb-dev training folds (session 19), link text kept out: without it, articles +0.0005
 * but zh-gbk −0.0003 (related-headline lists); with it, articles +0.0005 and zh-gbk unchanged;
 * `body.long-text` instead: the same.
 */
export const ARTICLE_PARAGRAPH_RULE = 'body.medium-text';

/**
 * On pages typed article, text with many links is not promoted: a "Related:" or "Also read:" line
 * between paragraphs shares their path (data/rules/20_navigation.json nav.link-dense, nav.link-only).
 * Simulated with them promoted: articles +0.0008 against +0.0005, but l3s-gn1 −0.0001, product
 * −0.0003 (a product page typed article: its cross-sell links under the description's path).
 */
export const ARTICLE_LINK_RULES: readonly string[] = ['nav.link-dense', 'nav.link-only'];

export interface SiblingItemInput {
  label: Label;
  /** The block's element path (Block.path); undefined for head text. */
  path: string | undefined;
  /** A whole block or list (not an inline cut, a heading, the title or meta text). */
  item: boolean;
  /** May become body: no constraint, page-level demotion, footer, control, dialog or chrome cue, no hard navigation rule. */
  candidate: boolean;
  /** Reads as running text (ARTICLE_PARAGRAPH_RULE): a body block that makes its path a list where one is required. */
  paragraph: boolean;
  /** Demoted as outside the main container: promoted only when a body block of its path is inside it. */
  outside: boolean;
}

export interface SiblingItemOptions {
  /** A path is a list only when one of its body blocks is a paragraph (pages typed article). */
  requireParagraph: boolean;
}

/** Indices of navigation blocks that share their path with enough body blocks to be items of one list. */
export function findSiblingItems(segments: readonly SiblingItemInput[], options: SiblingItemOptions): number[] {
  const groups = new Map<string, number[]>();
  segments.forEach((s, i) => {
    if (!s.item || s.path === undefined || s.path === '' || inTableCell(s.path)) return;
    const group = groups.get(s.path);
    if (group === undefined) groups.set(s.path, [i]);
    else group.push(i);
  });
  const found: number[] = [];
  for (const group of groups.values()) {
    if (group.length < SIBLING_ITEMS_MIN_SEGMENTS) continue;
    let body = 0;
    let navigation = 0;
    let paragraph = false;
    let inside = false;
    for (const i of group) {
      const s = segments[i]!;
      if (s.label === 'body') {
        body++;
        paragraph ||= s.paragraph;
        inside ||= !s.outside;
      } else if (s.label === 'navigation') navigation++;
    }
    if (navigation === 0 || body < SIBLING_ITEMS_MIN_BODY_SHARE * (body + navigation)) continue;
    if (options.requireParagraph && !paragraph) continue;
    for (const i of group) {
      const s = segments[i]!;
      if (s.label === 'navigation' && s.candidate && (inside || !s.outside)) found.push(i);
    }
  }
  return found.sort((a, b) => a - b);
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const SIBLING_ITEM_HIT: RuleHit = relabelHit('context.sibling-item', 'body', 'built like the body blocks around it (the same element path as a list of items, a good share of them body): an item of the same list');
