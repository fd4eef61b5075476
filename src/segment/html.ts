import { MAX_DECLARED_TYPES, type Block, type SegmentedPage } from './block.js';
import { declaredTypesOfJsonLd, schemaTypeOf } from './declared-types.js';
import { installLinearStack } from './element-stack.js';
import { DataTableTracker, joinDataTables, type TablePlace } from './data-table.js';
import { isHiddenElement } from './hidden.js';
import { rcdataText, SpanParser } from './span-parser.js';
import { collapseSpaces, nonSpaceLength } from './whitespace.js';
import { BLOCK_TAGS, HEADING_LEVEL, LIST_CONTAINER_TAGS, SEMANTIC_CUE_TAGS, SKIPPED_TAGS } from './html-tags.js';

/**
 * HTML → blocks with htmlparser2's streaming (SAX) parser: no DOM is built. Every text event
 * carries its raw offsets, so each block knows the span of the input it came from.
 */

/** Deeper elements still get their text, but the stack of open elements stops growing (100,000 nested divs must not cost 100,000 frames of cue tokens). */
export const MAX_TRACKED_DEPTH = 256;
/** Ancestor class/id/role cues beyond this distance from the block are not recorded. */
export const MAX_CUE_ANCESTORS = 6;
const MAX_CUE_TOKENS_PER_ELEMENT = 12;
/**
 * A block's `path` names at most this many of its nearest elements, after "…>" when there are
 * more: 20,000 segments each with a 256-element path of 70-character labels would make a report
 * of hundreds of MB from a page of a few MB. Sixteen is deeper than any path needed to find a block.
 */
export const MAX_PATH_LABELS = 16;
export const PATH_ELISION = '…';

function pathOf(frames: readonly Frame[]): string {
  const from = Math.max(0, frames.length - MAX_PATH_LABELS);
  // joined once: appending label by label made two intermediate strings per label
  const labels: string[] = from > 0 ? [PATH_ELISION] : [];
  for (let i = from; i < frames.length; i++) labels.push(labelOf(frames[i]!));
  return labels.join('>');
}
const MAX_TITLE_REWRITE_CHARS = 2000;

interface Frame {
  id: number;
  tag: string;
  hidden: boolean;
  skip: boolean;
  link: boolean;
  /** The element's attributes; cue tokens and the path label are derived from them when a block needs them (most elements never head a block). */
  attribs: Readonly<Record<string, string>>;
  cues: readonly string[] | undefined;
  label: string | undefined;
  // Facts about the element and all its ancestors, taken from the parent when the element is
  // opened (the stack below a frame never changes while it is open), so a block reads them off its
  // innermost frame instead of scanning all its frames; blocks under one element share the
  // semantic array (the feature stage memoises cue bits per array). Block ancestors are not kept
  // per element: copying them at every block-level element cost more than a scan per block.
  /** Semantic container tags, outermost first, each once. */
  semantic: readonly string[];
  /** The outermost heading's level (h1–h6) at or above the element. */
  headingLevel: number | undefined;
  /** Where the innermost `<table>` at or above the element sits in the stack, or -1. */
  tableDepth: number;
  /** The place of a block whose innermost open element this is, made for the first such block (the stack below an open element never changes). */
  place: Place | undefined;
}

type Place = ReturnType<typeof placeOf>;

interface OpenBlock {
  parts: string[];
  start: number;
  end: number;
  chars: number;
  hiddenChars: number;
  linkChars: number;
  /** The first link the block's text sat in, and a set of the links only once there is a second. */
  firstLinkId: number | undefined;
  linkIds: Set<number> | undefined;
  place: Place;
  headingLevel: number | undefined;
  tableId: number | undefined;
}

const CUE_SPLIT = /[^a-z0-9]+/;
/** `<a href="javascript:…">` goes nowhere: its text is not link text (Readability unwraps such links too). */
const JS_HREF = /^\s*javascript:/i;
const WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;
const DOCUMENT_TITLE_ASSIGNMENT = /document\.title\s*=\s*(["'`])((?:\\.|(?!\1)[^\\]){0,2000})\1/g;

const FIRST_WORD = /\S+/;
const NO_CUES: readonly string[] = Object.freeze([]);
const CUE_ATTRIBUTES = ['class', 'id', 'role', 'itemprop'] as const;

function valueTokens(value: string): readonly string[] {
  const tokens: string[] = [];
  for (const token of value.toLowerCase().split(CUE_SPLIT)) {
    if (token.length > 1 && tokens.length < MAX_CUE_TOKENS_PER_ELEMENT) tokens.push(token);
  }
  return tokens;
}

function cueTokens(attribs: Readonly<Record<string, string>>, tag: string): readonly string[] {
  let tokens: string[] | undefined = SEMANTIC_CUE_TAGS.has(tag) ? [tag] : undefined;
  for (const name of CUE_ATTRIBUTES) {
    const value = attribs[name];
    if (!value) continue;
    for (const token of valueTokens(value)) {
      tokens ??= [];
      if (tokens.length < MAX_CUE_TOKENS_PER_ELEMENT) tokens.push(token);
    }
  }
  return tokens ?? NO_CUES;
}

function cuesOf(frame: Frame): readonly string[] {
  frame.cues ??= cueTokens(frame.attribs, frame.tag);
  return frame.cues;
}

function labelOf(frame: Frame): string {
  frame.label ??= frameLabel(frame.tag, frame.attribs);
  return frame.label;
}

function frameLabel(tag: string, attribs: Readonly<Record<string, string>>): string {
  const id = attribs['id'] ? `#${attribs['id'].slice(0, 32)}` : '';
  const cls = attribs['class'] ? `.${(FIRST_WORD.exec(attribs['class'])?.[0] ?? '').slice(0, 32)}` : '';
  return `${tag}${id || cls}`;
}

/** Decode JS string escapes (\uXXXX, \xXX, \n…) of a title-rewrite payload. */
function unescapeJs(text: string): string {
  return text.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, esc: string) => {
    if (esc.startsWith('u{')) return String.fromCodePoint(Math.min(0x10ffff, parseInt(esc.slice(2, -1), 16)));
    if (esc[0] === 'u' && esc.length === 5) return String.fromCharCode(parseInt(esc.slice(1), 16));
    if (esc[0] === 'x' && esc.length === 3) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return esc === 'n' ? '\n' : esc === 't' ? '\t' : esc;
  });
}

/** A block's place on the page, from the elements open around it (outermost first). */
function placeOf(frames: readonly Frame[]): TablePlace & { path: string; cues: (readonly string[])[]; ancestors: readonly number[] } {
  const cues: (readonly string[])[] = [];
  for (let i = frames.length - 1; i >= 0 && cues.length < MAX_CUE_ANCESTORS; i--) {
    const tokens = cuesOf(frames[i]!);
    if (tokens.length > 0) cues.push(tokens);
  }
  const innermost = frames[frames.length - 1];
  // semantic containers count however far up they are
  const semantic = innermost?.semantic ?? NO_CUES;
  if (semantic.length > 0) cues.push(semantic);
  // the block-level elements, root first; the group is the innermost list container, else the
  // innermost block-level element
  const ancestors: number[] = [];
  let listId: number | undefined;
  for (const frame of frames) {
    if (BLOCK_TAGS.has(frame.tag)) ancestors.push(frame.id);
    if (LIST_CONTAINER_TAGS.has(frame.tag)) listId = frame.id;
  }
  const groupId = listId ?? ancestors[ancestors.length - 1];
  return { path: pathOf(frames), cues, ancestors, ...(groupId !== undefined ? { groupId } : {}) };
}

export interface SegmentHtmlOptions {
  /** Read the content of `<noscript>` as page text (page.ts does so for script-rendered pages). */
  noscript?: boolean;
}

export function segmentHtml(html: string, options: SegmentHtmlOptions = {}): SegmentedPage {
  const blocks: Block[] = [];
  /** The innermost table around each of `blocks` (parallel to it), and the elements open at each table (itself last). */
  const tableIds: (number | undefined)[] = [];
  const tableFrames = new Map<number, Frame[]>();
  const tables = new DataTableTracker();
  const titleRewrites: Block[] = [];
  const stack: Frame[] = [];
  let overflowDepth = 0;
  let nextId = 1;
  let title: { text: string; start: number; end: number } | undefined;
  let inTitle = false;
  let titleParts: string[] = [];
  let titleStart = -1;
  let titleEnd = -1;
  let scriptText: string[] | undefined;
  let scriptStart = 0;
  let current: OpenBlock | undefined;
  /** The link the last text chunk sat in: two different links back to back get a space between word characters. */
  let lastLinkId: number | undefined;
  const metas: Block[] = [];
  const declared = new Set<string>();
  const declare = (type: string | undefined): void => {
    if (type && declared.size < MAX_DECLARED_TYPES) declared.add(type);
  };

  const top = (): Frame | undefined => stack[stack.length - 1];
  const nearestLinkId = (): number | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.tag === 'a') return stack[i]!.id;
    return undefined;
  };

  function openBlock(start: number, end: number): OpenBlock {
    const innermost = top();
    const place = innermost ? (innermost.place ??= placeOf(stack)) : placeOf(stack);
    let tableId: number | undefined;
    if (innermost && innermost.tableDepth >= 0) {
      tableId = stack[innermost.tableDepth]!.id;
      if (!tableFrames.has(tableId)) tableFrames.set(tableId, stack.slice(0, innermost.tableDepth + 1));
    }
    return { parts: [], start, end, chars: 0, hiddenChars: 0, linkChars: 0, firstLinkId: undefined, linkIds: undefined, place, headingLevel: innermost?.headingLevel, tableId };
  }

  function flush(): void {
    const block = current;
    current = undefined;
    lastLinkId = undefined;
    if (!block) return;
    const text = collapseSpaces(block.parts.join('')).trim();
    if (text === '') return;
    const { path, cues, groupId, ancestors } = block.place;
    const { headingLevel } = block;
    tableIds.push(block.tableId);
    blocks.push({
      text,
      kind: headingLevel ? 'heading' : 'block',
      start: block.start,
      end: block.end,
      path,
      cues,
      linkChars: block.linkChars,
      linkCount: block.linkIds?.size ?? (block.firstLinkId === undefined ? 0 : 1),
      hidden: block.hiddenChars * 2 > block.chars,
      ...(headingLevel ? { headingLevel } : {}),
      ...(groupId !== undefined ? { groupId } : {}),
      ancestors,
    });
  }

  const parser = new SpanParser(
    html,
    {
      onopentag(name, attribs) {
        if (name === 'title' && !title && !inTitle && !(top()?.skip ?? false)) {
          inTitle = true;
          titleParts = [];
          titleStart = -1;
        }
        if (name === 'meta') {
          const key = (attribs['name'] ?? attribs['property'] ?? '').toLowerCase();
          const content = attribs['content']?.replace(/\s+/g, ' ').trim();
          const kind = key === 'description' ? 'meta-description' : key === 'keywords' ? 'meta-keywords' : undefined;
          if (key === 'og:type' && content) declare(content.toLowerCase());
          if (kind && content) {
            metas.push({ text: content, kind, start: parser.tagStart, end: parser.endIndex + 1, path: `meta[name=${key}]`, cues: [], linkChars: 0, linkCount: 0, hidden: false });
          }
        }
        // Every element gets a frame (meta and title too): htmlparser2 closes elements in LIFO
        // order, implied closes included, so each close event pops exactly its own frame.
        const parent = top();
        if (attribs['itemtype'] !== undefined) declare(schemaTypeOf(attribs['itemtype']));
        if (BLOCK_TAGS.has(name) && !(parent?.skip ?? false)) flush();
        if (stack.length >= MAX_TRACKED_DEPTH) {
          overflowDepth++;
          return;
        }
        const skip = (parent?.skip ?? false) || (SKIPPED_TAGS.has(name) && !(name === 'noscript' && options.noscript === true));
        if (name === 'script') scriptText = [];
        const id = nextId++;
        if (!skip) tables.opened(id, name, attribs);
        const parentSemantic = parent?.semantic ?? NO_CUES;
        const parentTableDepth = parent?.tableDepth ?? -1;
        stack.push({
          id,
          tag: name,
          hidden: (parent?.hidden ?? false) || isHiddenElement(attribs),
          skip,
          link: (parent?.link ?? false) || (name === 'a' && 'href' in attribs && !JS_HREF.test(attribs['href'] ?? '')),
          attribs,
          cues: undefined,
          label: undefined,
          semantic: SEMANTIC_CUE_TAGS.has(name) && !parentSemantic.includes(name) ? [...parentSemantic, name] : parentSemantic,
          headingLevel: parent?.headingLevel ?? HEADING_LEVEL.get(name),
          tableDepth: name === 'table' ? stack.length : parentTableDepth,
          place: undefined,
        });
      },
      onclosetag(name) {
        if (name === 'title' && inTitle) {
          inTitle = false;
          const text = titleParts.join('').replace(/\s+/g, ' ').trim();
          if (text) title = { text, start: titleStart, end: titleEnd };
        }
        if (overflowDepth > 0) {
          overflowDepth--;
          return;
        }
        const frame = top();
        if (!frame) return;
        if (name === 'script' && scriptText) {
          const source = scriptText.join('');
          scriptText = undefined;
          if (frame.attribs['type']?.toLowerCase() === 'application/ld+json') for (const type of declaredTypesOfJsonLd(source)) declare(type);
          for (const match of source.matchAll(DOCUMENT_TITLE_ASSIGNMENT)) {
            const payload = unescapeJs(match[2] ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_REWRITE_CHARS);
            const literal = scriptStart + match.index + match[0].indexOf(match[1]!);
            if (payload) {
              titleRewrites.push({ text: payload, kind: 'script-title', start: literal, end: literal + match[0].length - match[0].indexOf(match[1]!), path: 'script', cues: [], linkChars: 0, linkCount: 0, hidden: false });
            }
          }
        }
        if (BLOCK_TAGS.has(name) && !frame.skip) flush();
        if (!frame.skip) tables.closed(frame.id);
        stack.pop();
      },
      ontext(text) {
        if (inTitle) {
          if (titleStart < 0) titleStart = parser.textStart;
          titleEnd = parser.endIndex + 1;
          titleParts.push(rcdataText(text, parser.rawText));
          return;
        }
        const frame = top();
        if (frame?.skip) {
          if (scriptText && frame.tag === 'script') {
            if (scriptText.length === 0) scriptStart = parser.textStart;
            scriptText.push(text);
          }
          return;
        }
        const length = nonSpaceLength(text);
        if (!current) {
          if (length === 0) return;
          current = openBlock(parser.textStart, parser.endIndex + 1);
        }
        const linkId = frame?.link ? nearestLinkId() : undefined;
        if (length > 0 && linkId !== undefined && lastLinkId !== undefined && linkId !== lastLinkId) {
          // <a>online casino</a><a>casino bonus</a> reads as two link texts, not "casinocasino"
          const last = current.parts[current.parts.length - 1];
          if (last !== undefined && WORD_CHAR.test(last[last.length - 1] ?? '') && WORD_CHAR.test(text[0] ?? '')) current.parts.push(' ');
        }
        if (length > 0) lastLinkId = linkId;
        current.parts.push(text);
        if (length > 0) current.end = parser.endIndex + 1;
        current.chars += length;
        if (frame?.hidden) current.hiddenChars += length;
        if (linkId !== undefined && length > 0) {
          current.linkChars += length;
          if (current.firstLinkId === undefined) current.firstLinkId = linkId;
          else if (linkId !== current.firstLinkId) (current.linkIds ??= new Set([current.firstLinkId])).add(linkId);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  installLinearStack(parser);
  parser.write(html);
  parser.end();
  flush();

  const head: Block[] = title ? [{ text: title.text, kind: 'title', start: title.start, end: title.end, path: 'title', cues: [], linkChars: 0, linkCount: 0, hidden: false }] : [];
  // concat, not push(...spread): a page may hold 150,000 meta tags, more than a call takes arguments
  return { inputKind: 'html', blocks: head.concat(titleRewrites, metas, joinDataTables(blocks, tableIds, tables.dataTables, (id) => {
    const frames = tableFrames.get(id);
    return frames && placeOf(frames);
  })), ...(title ? { title: title.text } : {}), ...(declared.size > 0 ? { declaredTypes: [...declared] } : {}) };
}
