import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The captions of a grid of cards. A film, video or shop grid prints each item as a card: a
 * poster or picture link (often with an overlay panel over it), then the item's name as a short
 * link under it, then one detail line — a score, a price, a year ("天气之子" / "9.0"; "Blue Mug" /
 * "$12.00"). The classifier reads the detail line as body where the cards are the page's text and
 * the caption as navigation: a short text all link, what a menu entry looks like; and it is too
 * short to pass for an item's title (item-titles.ts ITEM_TITLE_MIN_CHARS), and item titles are
 * not looked for on pages typed forum, the type a grid of short lines often gets. So a navigation
 * segment that is one link alone, in a card (a list item of several blocks, segment/merge.ts
 * listItemOf), right before a short body line of the same card that holds no link, is the card's
 * caption and becomes body, when at least CARD_CAPTION_MIN_CARDS cards of one list are built so:
 * one such pair is a link beside a note, a repeated pair is a grid. A forum's poster name over a
 * post is no caption: the post is longer than a detail line (CARD_DETAIL_MAX_CHARS).
 *
 * Sites built so: Maoyan's film catalogue (`dl.movie-list > dd`: a poster link wrapping a hover
 * panel, `div.movie-item-title > a`, `div.channel-detail` score; listing-unseen, session 45), the
 * Chinese ticketing sites built on the same pattern (Taopiaopiao's and Mtime's film grids: poster,
 * name link, score line) and Shopify themes' product grids (`li.grid__item`: image link,
 * `h3.card__heading > a`, price line) — the last three named from their published markup, not
 * measured here. A caption may be a heading's link (`h3 > a`) or a plain block's: with headings or
 * without, no measured page moved.
 *
 * Measured (session 45, helper cards-45, with segment/merge.ts CARD_PANEL_MIN_LINES): the Maoyan
 * grid 0.431 -> 0.964 (P 0.80 -> 0.93, R 0.30 -> 1.00; typed forum, so neither the list
 * promotion nor item-titles.ts reach it), no other page of listing-unseen and listing-unseen2
 * moved; wcxb-dev training folds 1-2 0.93604 unchanged, 3-4 0.94283 -> 0.94290 (an NPS webcams
 * page 0.883 -> 0.922, not a caption grid: its components' "View Webcam" buttons and donation
 * links, over a short body line, came back as body, and its gold keeps them); the
 * guard sets (l3s-gn1, readability, zh-gbk, zh-news-clean) unchanged page for page. Before the
 * letter condition a MyBB thread's post numbers ("#2" over the post's date) were taken as captions
 * (0.931 -> 0.926).
 */

/**
 * At least this many cards of one list have a caption over a detail line (a pair alone is a link
 * beside a note). Chosen before measuring, as feature-rows.ts FEATURE_ROW_MIN_ROWS (4); the grids
 * that fired hold 30 cards (Maoyan) and 6 (NPS) (other values not measured).
 */
export const CARD_CAPTION_MIN_CARDS = 4;

/**
 * A card's detail line has at most this many characters (non-space): a score, a price, a date, a
 * count; a post under a poster's name is longer. Chosen before measuring as a long price or date
 * line; Maoyan's lines hold 3 or 4 ("9.0", "暂无评分").
 */
export const CARD_DETAIL_MAX_CHARS = 40;

export const CARD_CAPTION_HIT: RuleHit = relabelHit('context.card-caption', 'body', "a card's caption: one link alone right before a short body detail line of the same card (a score, a price), in a list of such cards");

export interface CardCaptionInput {
  label: Label;
  /** Has a letter or a digit (empty blocks, icons, are skipped). */
  hasText: boolean;
  /** The list item (segment/merge.ts listItemOf) the segment sits in, and its list container's group. */
  item: number | undefined;
  group: number | undefined;
  /** One link alone: a single block or heading (not a merged run) whose text is all link. */
  soleLink: boolean;
  /** Holds a letter: a name, not a post's number ("#2") or a page number. */
  hasLetter: boolean;
  /** No link text at all. */
  linkless: boolean;
  /** Characters, spaces set aside. */
  chars: number;
  /** May be made body (late promotion candidate). */
  candidate: boolean;
}

/** The indices of the captions to make body. */
export function findCardCaptions(segments: readonly CardCaptionInput[]): number[] {
  const byGroup = new Map<number, number[]>();
  let previous = -1;
  segments.forEach((s, i) => {
    if (!s.hasText) return;
    const at = previous;
    const caption = at >= 0 ? segments[at] : undefined;
    previous = i;
    if (caption === undefined || caption.label !== 'navigation' || !caption.candidate || !caption.soleLink || !caption.hasLetter) return;
    if (s.label !== 'body' || !s.linkless || s.chars > CARD_DETAIL_MAX_CHARS) return;
    if (caption.item === undefined || caption.item !== s.item || caption.group === undefined || caption.group !== s.group) return;
    const list = byGroup.get(caption.group) ?? [];
    list.push(at);
    byGroup.set(caption.group, list);
  });
  const found: number[] = [];
  for (const list of byGroup.values()) if (list.length >= CARD_CAPTION_MIN_CARDS) found.push(...list);
  return found.sort((a, b) => a - b);
}
