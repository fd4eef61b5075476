import type { SegmentedPage } from './block.js';
import { BlockCollector } from './block-collector.js';
import { DataTableTracker } from './data-table.js';
import { installLinearStack } from './element-stack.js';
import { dropHeadingSlugCues } from './heading-slug.js';
import { installHtmlCdata } from './html-cdata.js';
import { BLOCK_TAGS } from './html-tags.js';
import { OpenElements } from './open-elements.js';
import { PageFacts } from './page-facts.js';
import { scriptWrite } from './script-hiding.js';
import { SpanParser } from './span-parser.js';

/**
 * HTML → blocks with htmlparser2's streaming (SAX) parser: no DOM is built. Every text event
 * carries its raw offsets, so each block knows the span of the input it came from.
 *
 * The pipeline (segmentHtml): walk the parser's events, keeping
 *   - the stack of open elements (open-elements.ts), whose frames say where text sits (place.ts);
 *   - the block being filled with visible text, cut at every block-level element (block-collector.ts);
 *   - the page's title, title rewrites, metas and declared types (page-facts.ts, script-title.ts);
 *   - which tables hold data rather than layout (data-table.ts);
 * then finish the page: head blocks first, then the body blocks with each data table joined into one.
 */

export interface SegmentHtmlOptions {
  /** Read the content of `<noscript>` as page text (page.ts does so for script-rendered pages). */
  noscript?: boolean;
}

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** The state the parser's events build up, one part per concern. */
interface Walk {
  readonly elements: OpenElements;
  readonly blocks: BlockCollector;
  readonly facts: PageFacts;
  readonly tables: DataTableTracker;
  /** Whether `<noscript>` content is page text. */
  readonly readNoscript: boolean;
}

/** An HTML page → its blocks in document order (head blocks first), its title and declared types. */
export function segmentHtml(html: string, options: SegmentHtmlOptions = {}): SegmentedPage {
  const walk: Walk = { elements: new OpenElements(), blocks: new BlockCollector(), facts: new PageFacts(), tables: new DataTableTracker(), readNoscript: options.noscript === true };
  walkHtml(html, walk);
  return finishPage(walk);
}

/**
 * Parse the page, handing each event to the phase functions below, and close the last block.
 * The parser gets the linear element stack (element-stack.ts): its own is quadratic in depth.
 */
function walkHtml(html: string, walk: Walk): void {
  const parser: SpanParser = new SpanParser(
    html,
    {
      onopentag: (name, attribs) => elementOpened(walk, parser, name, attribs),
      onclosetag: (name) => elementClosed(walk, name),
      ontext: (text) => textRead(walk, parser, text),
    },
    PARSER_OPTIONS,
  );
  installLinearStack(parser);
  installHtmlCdata(parser);
  parser.write(html);
  parser.end();
  walk.blocks.flush();
}

/**
 * An element opens: it may be the title or a meta tag; a block-level element ends the block
 * being filled (unless it sits in skipped content, which makes no blocks); then it gets its frame
 * — a `<script>` starts collecting its source, and a table is followed to tell data from layout.
 */
function elementOpened(walk: Walk, parser: SpanParser, name: string, attribs: Record<string, string>): void {
  const parentSkipped = walk.elements.top()?.skip ?? false;
  walk.facts.elementOpened(name, attribs, parentSkipped, parser.tagStart, parser.endIndex + 1);
  if (BLOCK_TAGS.has(name) && !parentSkipped) walk.blocks.flush();
  const frame = walk.elements.open(name, attribs, walk.readNoscript);
  if (!frame) return;
  if (name === 'script') walk.facts.scriptOpened();
  if (!frame.skip) walk.tables.opened(frame.id, name, attribs);
}

/**
 * An element closes: the title ends at any depth; within the tracked depth its frame is popped,
 * a script is read for declared types and title rewrites, and a block-level element ends the
 * block being filled.
 */
function elementClosed(walk: Walk, name: string): void {
  walk.facts.elementClosed(name);
  const frame = walk.elements.close();
  if (!frame) return;
  if (name === 'script') scriptRan(walk, walk.facts.scriptClosed(frame.attribs));
  if (frame.skip) return;
  if (BLOCK_TAGS.has(name)) walk.blocks.flush();
  walk.tables.closed(frame.id);
}

/**
 * A script has been read: a write of a hidden element's opening tag (script-hiding.ts) opens that
 * element for what follows, a write of a closing tag closes it. Either ends the block being filled,
 * as the element would.
 */
function scriptRan(walk: Walk, source: string): void {
  if (walk.elements.top()?.skip) return;
  const write = scriptWrite(source);
  if (write === undefined) return;
  walk.blocks.flush();
  if (write.kind === 'open-hidden') walk.elements.openWritten(write.tag, WRITTEN_HIDDEN);
  else walk.elements.closeWritten();
}

/** The attributes a written hidden element's frame gets: enough for its frame to be hidden (the element's own attributes are not kept). */
const WRITTEN_HIDDEN: Readonly<Record<string, string>> = Object.freeze({ style: 'display:none' });

/** A text chunk goes to the title being read, else to the script being read, else (unless skipped) to the block being filled. */
function textRead(walk: Walk, parser: SpanParser, text: string): void {
  if (walk.facts.inTitle) {
    walk.facts.titleText(text, parser.textStart, parser.endIndex + 1, parser.rawText);
    return;
  }
  const frame = walk.elements.top();
  if (frame?.skip) {
    if (frame.tag === 'script') walk.facts.scriptTextRead(text, parser.textStart);
    return;
  }
  walk.blocks.text(text, parser.textStart, parser.endIndex + 1, walk.elements);
  walk.tables.text(text);
}

/** The segmented page: title, title rewrites and metas first, then the body blocks in document order, data tables joined. */
function finishPage(walk: Walk): SegmentedPage {
  const { facts } = walk;
  const blocks = facts.blocks().concat(walk.blocks.finish(walk.tables.dataTables));
  dropHeadingSlugCues(blocks);
  return { inputKind: 'html', blocks, ...(facts.title ? { title: facts.title.text } : {}), ...(facts.declared.size > 0 ? { declaredTypes: [...facts.declared] } : {}) };
}
