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
