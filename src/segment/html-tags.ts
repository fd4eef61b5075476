/** Tag classes for HTML segmentation (WHATWG rendering defaults, as used by extractors). */

/** Elements whose start or end breaks the text flow into a new block. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never visible page text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'template', 'noscript', 'textarea', 'select', 'iframe', 'object', 'embed',
  'svg', 'math', 'canvas', 'audio', 'video', 'datalist', 'noframes', 'title', 'meta',
]);

/** Semantic containers that count as cues for the blocks inside them. */
export const SEMANTIC_CUE_TAGS: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'article', 'main']);

/**
 * ARIA landmark roles of the site's chrome, and the tag each stands for (WAI-ARIA: a `<div
 * role="navigation">` is a `<nav>`): read where the site's chrome is told (segment/place.ts
 * isInSiteChrome), not as cue tokens. wcxb-dev training folds, session 15 (helper 46), body F1
 * 0.9187 -> 0.9188: listing 0.8167 -> 0.8192 (a study-abroad listing whose sign-up rail and
 * teasers sit in a `div role="complementary"`, 0.33 -> 0.63), a service page +0.002, none down;
 * readability one page +0.001, l3s-gn1 and zh-gbk unchanged. The content
 * roles (main, article) as well, so that they end a chrome element as the tags do: readability's
 * yahoo-3 −0.007 (a role="main" wrapper around the site's header), nothing else; not read.
 */
export const CHROME_ROLES: ReadonlyMap<string, string> = new Map([
  ['navigation', 'nav'],
  ['complementary', 'aside'],
  ['banner', 'header'],
]);

/**
 * Elements that name themselves in their cue tokens under a token of their own, which no class or
 * id can spell (cue tokens of attributes are split at every character but a-z and 0-9, so none
 * holds a `-`). A `<label>` is the caption of a form control — "Order number *", "Your Name*",
 * "Refine by Color: Black" — and data/cues/class-names.json lists its token as a navigation cue.
 * Its own token, not `label`: a `<span class="label">` is a tag or a badge, often in an article.
 */
export const TAG_CUE_TOKENS: ReadonlyMap<string, string> = new Map([['label', 'form-label']]);

/** Containers whose children are items of one list (their blocks share a group for merging). */
export const LIST_CONTAINER_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'menu', 'dl', 'tr', 'nav', 'select']);

/** A Map, not an object literal: a `<constructor>` element must not find Object.prototype's entry. */
export const HEADING_LEVEL: ReadonlyMap<string, number> = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);
