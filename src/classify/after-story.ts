import { join } from 'node:path';
import { DATA_DIR } from '../data-dir.js';
import type { PageType } from '../pagetype/model.js';
import type { RuleHit } from '../rules/engine.js';
import type { Label } from '../rules/schema.js';
import { loadClassWords, someCueToken } from './class-words.js';
import { relabelHit } from '../rules/relabel-hit.js';

/**
 * The site's sections after the story. Under an article a site sets blocks of its own: customers'
 * testimonials, a "related reading" box or a list of other posts, cards of other pages or offers,
 * a slideshow of other stories, the author's bio. They are written as sentences, and when they
 * sit inside the main container (after-main.ts does not reach them) or carry body cues they stay
 * body. Their class or id names
 * them (div.testimonials-wrapper, div.related-reading, section.related-posts, ul.slides,
 * div.author-bio), but those words mark a page's own content elsewhere: a service page's
 * testimonials are its gold, a slideshow of a product's photos is its own, a story may open with a
 * related box. What tells them apart is the place: nothing of the story follows them. So, on a
 * page typed article (AFTER_STORY_PAGE_TYPES), the story's end is its last body segment of
 * running text (STORY_TEXT_RULE) that no such word marks; a body segment after it (a whole block,
 * not an inline cut) with an after-story word (data/cues/after-story.json) among the class/id
 * tokens of its recorded cue groups — not those that frame the page — becomes navigation.
 *
 * wcxb-dev training folds (session 28, helper body-28a; simulated on the final labels, then
 * built): body F1 0.93342 -> 0.93405 (folds 1–2 +0.00088, folds 3–4 +0.00039), article 0.96215 ->
 * 0.96311 (P 0.9440 -> 0.9458, R unchanged), service +0.0006, other types unchanged, snippets
 * 0.8906 -> 0.8909; 17 pages up on 16 sites (a podcast's newsletter page with readers' reviews
 * under it 0.57 -> 0.90, a clinic's article over its patients' testimonials 0.45 -> 0.69, a blog
 * post over its related reading 0.85 -> 0.98, a paywalled story over its plans' cards 0.86 ->
 * 0.93), none down. Guards: readability 0.96772 -> 0.96789 (a magazine's slideshow of other
 * stories up, a news page's one-line author bio down by 0.005), l3s-gn1 −0.00001 (a photo
 * caption in a related column), zh-gbk unchanged. Pages typed out of fold (--cv-page-types): the
 * same 17 pages, +0.00063. Any one site left out, both halves still gain (+0.00012 at least).
 * The author cue as well (dom.authorCue after the story: names, titles, one-line bios in an
 * author's card) added 12 article pages of 12 sites by up to 0.013 each (+0.00009), but took
 * three l3s-gn1 stories' closing bylines ("Posted By: … | December 13 2007"), which that gold
 * keeps and DESIGN §1 calls body (l3s-gn1 −0.00011): left out. Matched as prefixes and suffixes
 * (as navigation cues are), related took a story's own last section, whose id was a slug of its
 * heading ("…-related-articles"), and would take nonrelated: whole tokens only.
 */

/** The page types the pass runs on: on a service or listing page testimonials and cards are often the content. */
export const AFTER_STORY_PAGE_TYPES: readonly PageType[] = ['article'];

/**
 * The rule whose hit marks running text (data/rules/30_body.json: weighted length 60 or more,
 * about ten English words, not a list, under 30 % links): a paragraph of the story, or its closing
 * note. Its last body segment outside the cues is the story's end. Set on the wcxb-dev training
 * folds (session 28, helper body-28a): with body.long-text (150) the end came before a story's
 * closing editor's note, and a last section of the story whose id reads "…-related-articles" was
 * taken (one page, recall 0.99 -> 0.78); with body.medium-text two pages of an author's one-line
 * card after a closing note keep it (simulated: 15 article sites up instead of 17, none down).
 */
export const STORY_TEXT_RULE = 'body.medium-text';

/** The data file of the after-story words (data/cues). */
export const AFTER_STORY_CUES_FILE = join('cues', 'after-story.json');

/** The after-story words (data/cues/after-story.json). */
export function loadAfterStoryCues(dataDir: string = DATA_DIR): ReadonlySet<string> {
  return loadClassWords(join(dataDir, AFTER_STORY_CUES_FILE), 'a list of after-story words');
}

/** Whether a block's recorded cue groups, but for those framing the page (`frame`: from, up to), hold an after-story token. */
export function inAfterStoryCue(groups: readonly (readonly string[])[], frame: readonly [number, number] | undefined, words: ReadonlySet<string>): boolean {
  return someCueToken(groups, frame, (token) => words.has(token));
}

export interface AfterStoryInput {
  label: Label;
  /** A whole block (not an inline cut). */
  block: boolean;
  /** The block carries the running-text hit (STORY_TEXT_RULE). */
  storyText: boolean;
  /** The block sits under an after-story word (inAfterStoryCue). */
  cued: boolean;
}

/** Indices of the cued body segments after the story's last running text outside the cues. */
export function findAfterStory(segments: readonly AfterStoryInput[]): number[] {
  let end = -1;
  segments.forEach((s, i) => {
    if (s.label === 'body' && s.storyText && !s.cued) end = i;
  });
  if (end < 0) return [];
  const found: number[] = [];
  for (let i = end + 1; i < segments.length; i++) {
    const s = segments[i]!;
    if (s.label === 'body' && s.block && s.cued) found.push(i);
  }
  return found;
}

/** One frozen hit, shared by every segment it is given to (rules/relabel-hit.ts). */
export const AFTER_STORY_HIT: RuleHit = relabelHit('context.after-story', 'navigation', "after the article's last paragraph, text in the site's own sections (testimonials, related posts, cards, a slideshow, the author's bio): the site's text, not the article");
