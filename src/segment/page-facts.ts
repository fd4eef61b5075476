import { MAX_DECLARED_TYPES, type Block } from './block.js';
import { declaredTypesOfJsonLd, schemaTypeOf } from './declared-types.js';
import { titleRewritesOf } from './script-title.js';
import { rcdataText } from './span-parser.js';

/**
 * What a page says about itself rather than shows: its `<title>`, the titles its scripts assign
 * to `document.title`, its meta description and keywords, and the page types its markup declares
 * (`og:type`, JSON-LD `@type`, microdata `itemtype`). The first three become blocks of their own
 * at the head of the page; the types go to `declaredTypes`.
 */
export class PageFacts {
  /** The first non-empty `<title>` outside skipped content. */
  title: { text: string; start: number; end: number } | undefined;
  /** Whether the parser is inside the `<title>` being read: its text goes to the title, not to a block. */
  inTitle = false;
  private titleParts: string[] = [];
  private titleStart = -1;
  private titleEnd = -1;
  readonly titleRewrites: Block[] = [];
  readonly metas: Block[] = [];
  readonly declared = new Set<string>();
  /** The text of the `<script>` being read, and its offset. */
  private scriptText: string[] | undefined;
  private scriptStart = 0;

  private declare(type: string | undefined): void {
    if (type && this.declared.size < MAX_DECLARED_TYPES) this.declared.add(type);
  }

  /**
   * An element opened (before its frame is pushed): a `<title>` starts the title unless one was
   * read or the parent is skipped content (an `<svg>`'s title); a `<meta>` may be a description,
   * keywords or `og:type`; any element may declare an `itemtype`. `[tagStart, tagEnd)` is the tag.
   */
  elementOpened(name: string, attribs: Readonly<Record<string, string>>, parentSkipped: boolean, tagStart: number, tagEnd: number): void {
    if (name === 'title' && !this.title && !this.inTitle && !parentSkipped) {
      this.inTitle = true;
      this.titleParts = [];
      this.titleStart = -1;
    }
    if (name === 'meta') this.metaRead(attribs, tagStart, tagEnd);
    if (attribs['itemtype'] !== undefined) this.declare(schemaTypeOf(attribs['itemtype']));
  }

  /** A `<meta>`: description and keywords become blocks spanning the tag; `og:type` is a declared type. */
  private metaRead(attribs: Readonly<Record<string, string>>, tagStart: number, tagEnd: number): void {
    const key = (attribs['name'] ?? attribs['property'] ?? '').toLowerCase();
    const content = attribs['content']?.replace(/\s+/g, ' ').trim();
    const kind = key === 'description' ? 'meta-description' : key === 'keywords' ? 'meta-keywords' : undefined;
    if (key === 'og:type' && content) this.declare(content.toLowerCase());
    if (kind && content) {
      this.metas.push({ text: content, kind, start: tagStart, end: tagEnd, path: `meta[name=${key}]`, cues: [], linkChars: 0, linkCount: 0, hidden: false });
    }
  }

  /** A chunk of the title's text, `[start, end)` in the input; `raw`: the chunk is a raw slice (it may still hold references). */
  titleText(text: string, start: number, end: number, raw: boolean): void {
    if (this.titleStart < 0) this.titleStart = start;
    this.titleEnd = end;
    this.titleParts.push(rcdataText(text, raw));
  }

  /** An element closed (before its frame is popped, whatever the depth): a `</title>` ends the title being read. */
  elementClosed(name: string): void {
    if (name !== 'title' || !this.inTitle) return;
    this.inTitle = false;
    const text = this.titleParts.join('').replace(/\s+/g, ' ').trim();
    if (text) this.title = { text, start: this.titleStart, end: this.titleEnd };
  }

  /** A `<script>` opened within the tracked depth: its text is collected until it closes. */
  scriptOpened(): void {
    this.scriptText = [];
  }

  /** A chunk of text inside a `<script>`, starting at `start`. */
  scriptTextRead(text: string, start: number): void {
    if (!this.scriptText) return;
    if (this.scriptText.length === 0) this.scriptStart = start;
    this.scriptText.push(text);
  }

  /** A `</script>` (its frame popped): JSON-LD declares types; any script may rewrite the title. Returns the script's source (empty when its opening tag was past the tracked depth, so that no text was collected). */
  scriptClosed(attribs: Readonly<Record<string, string>>): string {
    if (!this.scriptText) return '';
    const source = this.scriptText.join('');
    this.scriptText = undefined;
    if (attribs['type']?.toLowerCase() === 'application/ld+json') for (const type of declaredTypesOfJsonLd(source)) this.declare(type);
    // a loop, not push(...): a script may assign the title more times than a call takes arguments
    for (const rewrite of titleRewritesOf(source, this.scriptStart)) this.titleRewrites.push(rewrite);
    return source;
  }

  /** The blocks the facts make, in page order: title, title rewrites, metas (concat, not push(...spread): a page may hold 150,000 meta tags). */
  blocks(): Block[] {
    const title = this.title;
    const head: Block[] = title ? [{ text: title.text, kind: 'title', start: title.start, end: title.end, path: 'title', cues: [], linkChars: 0, linkCount: 0, hidden: false }] : [];
    return head.concat(this.titleRewrites, this.metas);
  }
}
