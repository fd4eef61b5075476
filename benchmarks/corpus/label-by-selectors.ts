/**
 * Gold body text from CSS selectors chosen by reading a page (session 32, the zh-unseen check set).
 *
 *   npx tsx benchmarks/corpus/label-by-selectors.ts CASE_DIR…
 *
 * Each CASE_DIR holds `page.html` (UTF-8) and a `truth.json` in the corpus format that already
 * names, in `goldSelectors`, the elements a reader chose as the main content (the article's
 * paragraphs and captions; every post of a forum thread; the items of a listing), and may name in
 * `goldExclude` elements inside them that are not content (share bars, vote buttons, ads). The
 * script writes the text of the chosen elements into `body`, in document order, and leaves every
 * other field as it was. Nothing here reads pagesift or a peer: the selectors are the label, this
 * only turns them into text so a reader can check one against the other.
 *
 * Text rules (those of the corpus README for the Readability and L3S gold): script, style,
 * noscript, template, select and hidden elements (`hidden`, `display:none`) are dropped, one line
 * per block element and per `<br>`, white space collapsed inside a line, empty lines dropped. An
 * element chosen by two selectors, or inside another chosen element, counts once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectAll } from 'css-select';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Document, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';

const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'select', 'head', 'title']);

/** Elements that end a line of text (the HTML block elements, table cells and list items). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

const HIDDEN_STYLE = /display\s*:\s*none/i;

function hidden(el: Element): boolean {
  return el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? '');
}

/** The visible text of the nodes, one entry per line (before white space is collapsed). */
function linesOf(nodes: readonly AnyNode[], excluded: ReadonlySet<Element>): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    lines.push(current);
    current = '';
  };
  const walk = (node: AnyNode): void => {
    if (isText(node)) {
      current += node.data;
      return;
    }
    if (!isTag(node)) return;
    if (excluded.has(node) || DROPPED_TAGS.has(node.name) || hidden(node)) return;
    if (node.name === 'br') {
      breakLine();
      return;
    }
    const block = BLOCK_TAGS.has(node.name);
    if (block) breakLine();
    for (const child of node.children) walk(child);
    if (block) breakLine();
  };
  for (const node of nodes) walk(node);
  breakLine();
  return lines;
}

/** True when an ancestor of the element (not the element itself) is in the set. */
export function insideAny(el: Element, chosen: ReadonlySet<Element>): boolean {
  for (let p = el.parent; p !== null; p = p.parent) if (isTag(p) && chosen.has(p)) return true;
  return false;
}

/** A page parsed as the gold is read from it (htmlparser2, as css-select expects). */
export function parsePage(html: string): Document {
  return parseDocument(html);
}

/** The elements the selectors choose, each once (document order is not kept). */
export function selectedElements(doc: Document, selectors: readonly string[]): Set<Element> {
  const chosen = new Set<Element>();
  for (const selector of selectors) for (const el of selectAll<AnyNode, Element>(selector, doc)) chosen.add(el);
  return chosen;
}

/**
 * The gold text of a page from the selectors: the chosen elements' text in document order, each
 * once, without the `exclude`d elements inside them (text rules: the header comment). Used by
 * this script's CLI and by body-labels.ts (the set label files of benchmarks/labels/body/).
 */
export function goldTextOf(page: string | Document, selectors: readonly string[], exclude: readonly string[] = []): string {
  if (selectors.length === 0) return '';
  const doc = typeof page === 'string' ? parsePage(page) : page;
  const chosen = selectedElements(doc, selectors);
  const excluded = selectedElements(doc, exclude);
  // document order, outermost only: selectAll over the whole list returns document order
  const roots = selectAll<AnyNode, Element>(selectors.join(', '), doc).filter((el) => chosen.has(el) && !insideAny(el, chosen));
  return linesOf(roots, excluded)
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function labelCase(caseDir: string): void {
  const truthPath = join(caseDir, 'truth.json');
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, unknown>;
  const selectors = truth.goldSelectors;
  if (!Array.isArray(selectors) || selectors.length === 0 || !selectors.every((s) => typeof s === 'string')) {
    throw new Error(`${truthPath}: goldSelectors must be a non-empty list of CSS selectors`);
  }
  const exclude = Array.isArray(truth.goldExclude) ? (truth.goldExclude as string[]) : [];
  const html = readFileSync(join(caseDir, String(truth.input ?? 'page.html')), 'utf8');
  const body = goldTextOf(html, selectors as string[], exclude);
  if (body.length === 0) throw new Error(`${truthPath}: the selectors chose no text`);
  truth.body = body;
  writeFileSync(truthPath, `${JSON.stringify(truth, null, 2)}\n`);
  process.stdout.write(`${caseDir}\t${body.length} chars\t${body.slice(0, 40).replace(/\n/g, ' | ')}…\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    process.stderr.write('usage: npx tsx benchmarks/corpus/label-by-selectors.ts CASE_DIR…\n');
    process.exit(2);
  }
  for (const dir of dirs) labelCase(dir);
}
