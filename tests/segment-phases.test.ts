import { describe, expect, it } from 'vitest';
import { BlockCollector } from '../src/segment/block-collector.js';
import { MAX_TRACKED_DEPTH, OpenElements } from '../src/segment/open-elements.js';
import { PageFacts } from '../src/segment/page-facts.js';
import { MAX_LABEL_NAME_CHARS, MAX_PATH_LABELS, PATH_ELISION, placeOf } from '../src/segment/place.js';
import { MAX_TITLE_REWRITE_CHARS, titleRewritesOf, unescapeJs } from '../src/segment/script-title.js';

/** The phases of segment/html.ts on their own (segment-html.test.ts tests them through segmentHtml). */

describe('script-title: titleRewritesOf and unescapeJs', () => {
  it('makes one block per assignment, spanning the literal with its quotes', () => {
    const source = `var a; document.title = "Cheap pills"; document.title='x'`;
    const rewrites = titleRewritesOf(source, 100);
    expect(rewrites.map((b) => [b.text, b.kind, b.start, b.end])).toEqual([
      ['Cheap pills', 'script-title', 100 + source.indexOf('"Cheap'), 100 + source.indexOf('"Cheap') + '"Cheap pills"'.length],
      ['x', 'script-title', 100 + source.indexOf("'x'"), 100 + source.indexOf("'x'") + 3],
    ]);
  });

  it('decodes escapes, collapses whitespace, skips empty payloads and cuts long ones', () => {
    expect(titleRewritesOf('document.title = "\\u0041\\x42 \\n\\t C"', 0).map((b) => b.text)).toEqual(['AB C']);
    expect(titleRewritesOf('document.title = "  "; document.title = ""', 0)).toEqual([]);
    const long = 'a'.repeat(MAX_TITLE_REWRITE_CHARS);
    expect(titleRewritesOf(`document.title = "${long}\\u0041"`, 0)).toEqual([]); // the literal is over the bound: not a rewrite
    expect(titleRewritesOf(`document.title = "${'\\x41'.repeat(MAX_TITLE_REWRITE_CHARS / 4)}bb"`, 0)[0]!.text).toHaveLength(MAX_TITLE_REWRITE_CHARS / 4 + 2);
  });

  it('unescapeJs reads \\u{…}, \\uXXXX, \\xXX, \\n, \\t and drops the backslash elsewhere', () => {
    expect(unescapeJs('\\u{1F600}\\u4e2d\\x41\\n\\t\\q\\"')).toBe('😀中A\n\tq"');
    expect(unescapeJs('\\u{FFFFFF}')).toBe(String.fromCodePoint(0x10ffff));
  });
});

describe('open-elements: OpenElements', () => {
  it('derives link, hidden, skip, heading and table facts from the parent', () => {
    const elements = new OpenElements();
    elements.open('table', {}, false);
    elements.open('h2', {}, false);
    const a = elements.open('a', { href: '/x' }, false)!;
    const span = elements.open('span', { style: 'display:none' }, false)!;
    expect([span.link, span.hidden, span.skip, span.headingLevel, span.tableDepth]).toEqual([true, true, false, 2, 0]);
    expect(elements.nearestLinkId()).toBe(a.id);
    expect(elements.open('a', { href: ' javascript:void(0)' }, false)!.link).toBe(true); // inside a real link
    expect(new OpenElements().open('a', { href: ' javascript:void(0)' }, false)!.link).toBe(false);
  });

  it('skips noscript content unless asked to read it, and everything under a skipped element', () => {
    expect(new OpenElements().open('noscript', {}, false)!.skip).toBe(true);
    const reading = new OpenElements();
    expect(reading.open('noscript', {}, true)!.skip).toBe(false);
    expect(reading.open('script', {}, true)!.skip).toBe(true);
    expect(reading.open('p', {}, true)!.skip).toBe(true);
  });

  it('past MAX_TRACKED_DEPTH counts opens and uncounts closes before popping frames', () => {
    const elements = new OpenElements();
    for (let i = 0; i < MAX_TRACKED_DEPTH; i++) expect(elements.open('div', {}, false)).toBeDefined();
    expect(elements.open('p', {}, false)).toBeUndefined();
    expect(elements.open('p', {}, false)).toBeUndefined();
    expect(elements.close()).toBeUndefined();
    expect(elements.close()).toBeUndefined();
    expect(elements.close()?.id).toBe(MAX_TRACKED_DEPTH);
    expect(elements.frames).toHaveLength(MAX_TRACKED_DEPTH - 1);
    expect(new OpenElements().close()).toBeUndefined();
  });
});

describe('place: placeOf', () => {
  it('names the path by id or first class word, cut to MAX_LABEL_NAME_CHARS', () => {
    const elements = new OpenElements();
    elements.open('div', { id: 'i'.repeat(40), class: 'c' }, false);
    elements.open('p', { class: '  first second' }, false);
    expect(placeOf(elements.frames).path).toBe(`div#${'i'.repeat(MAX_LABEL_NAME_CHARS)}>p.first`);
  });

  it('elides all but the nearest MAX_PATH_LABELS elements', () => {
    const elements = new OpenElements();
    for (let i = 0; i <= MAX_PATH_LABELS; i++) elements.open('b', {}, false);
    expect(placeOf(elements.frames).path.split('>')).toEqual([PATH_ELISION, ...Array<string>(MAX_PATH_LABELS).fill('b')]);
  });

  it('gives cues nearest first, semantic containers last, block ancestors and the list container as group', () => {
    const elements = new OpenElements();
    const nav = elements.open('nav', {}, false)!;
    const ul = elements.open('ul', { class: 'menu-top' }, false)!;
    const li = elements.open('li', {}, false)!;
    elements.open('a', { href: '/', id: 'home' }, false);
    const place = placeOf(elements.frames);
    expect(place.cues).toEqual([['home'], ['menu', 'top'], ['nav'], ['nav']]);
    expect(place.ancestors).toEqual([nav.id, ul.id, li.id]);
    expect(place.groupId).toBe(ul.id);
  });
});

describe('page-facts: PageFacts', () => {
  it('keeps the first non-empty title outside skipped content, metas and declared types', () => {
    const facts = new PageFacts();
    facts.elementOpened('title', {}, true, 0, 7); // an <svg>'s title
    expect(facts.inTitle).toBe(false);
    facts.elementOpened('title', {}, false, 10, 17);
    facts.titleText(' A &amp;\n B ', 17, 29, true);
    facts.elementClosed('title');
    facts.elementOpened('title', {}, false, 40, 47);
    expect(facts.inTitle).toBe(false);
    facts.elementOpened('meta', { name: 'Description', content: ' x  y ' }, false, 50, 90);
    facts.elementOpened('meta', { property: 'og:type', content: 'Article' }, false, 90, 120);
    facts.elementOpened('div', { itemtype: 'https://schema.org/Product' }, false, 120, 150);
    expect(facts.title).toEqual({ text: 'A & B', start: 17, end: 29 });
    expect(facts.blocks().map((b) => [b.kind, b.text, b.start, b.end])).toEqual([
      ['title', 'A & B', 17, 29],
      ['meta-description', 'x y', 50, 90],
    ]);
    expect([...facts.declared]).toEqual(['article', 'product']);
  });

  it('reads a closed script for JSON-LD types and title rewrites, from the offset of its first chunk', () => {
    const facts = new PageFacts();
    facts.scriptTextRead('ignored: no script open', 0);
    facts.scriptOpened();
    facts.scriptTextRead('{"@type": "NewsArticle"} document.title=', 200);
    facts.scriptTextRead('"T"', 260);
    facts.scriptClosed({ type: 'application/ld+json' });
    expect([...facts.declared]).toEqual(['newsarticle']);
    expect(facts.titleRewrites.map((b) => [b.text, b.start, b.end])).toEqual([['T', 240, 243]]);
  });
});

describe('block-collector: BlockCollector', () => {
  it('opens no block for whitespace alone, and separates adjacent links between word characters', () => {
    const elements = new OpenElements();
    const blocks = new BlockCollector();
    elements.open('p', {}, false);
    blocks.text('  \n', 0, 3, elements);
    blocks.flush();
    elements.open('a', { href: '/1' }, false);
    blocks.text('casino', 10, 16, elements);
    elements.close();
    elements.open('a', { href: '/2' }, false);
    blocks.text('bonus', 20, 25, elements);
    blocks.flush();
    const [block, ...rest] = blocks.finish(new Set());
    expect(rest).toEqual([]);
    expect(block).toMatchObject({ text: 'casino bonus', start: 10, end: 25, linkChars: 11, linkCount: 2, kind: 'block', path: 'p>a' });
  });
});
