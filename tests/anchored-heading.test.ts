import { beforeAll, describe, expect, it } from 'vitest';
import { ANCHORED_HEADING_HIT, findAnchoredHeadings, onlyPermalinks, type AnchoredHeadingInput } from '../src/classify/anchored-heading.js';
import { segmentHtml } from '../src/segment/html.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/**
 * classify/anchored-heading.ts: a navigation heading whose every link points at a place on the
 * same page (a permalink, a back-link to the contents) is body; segment/open-elements.ts marks the
 * link text that sits in such links. The inputs and pages below were written for these tests, in
 * the shapes documentation generators give an API reference page (an MDN-like interface page, a
 * docutils/Sphinx-like reference, a Doxygen-like class page, a rustdoc-like module page); no text
 * comes from a real page.
 */

describe('permalink text of a heading (segment/block.ts permalinkChars)', () => {
  const first = (inner: string): { linkChars: number; permalinkChars: number } => {
    const block = segmentHtml(`<html><body><h2 id="x">${inner}</h2></body></html>`).blocks.find((b) => b.kind === 'heading')!;
    return { linkChars: block.linkChars, permalinkChars: block.permalinkChars ?? 0 };
  };
  it.each([
    ['a permalink around the whole heading', '<a href="#x">Methods</a>', 7, 7],
    ['a back-link to the contents', '<a class="toc-backref" href="#id12">Events</a>', 6, 6],
    ['a pilcrow permalink after the text', 'Methods<a class="headerlink" href="#x">¶</a>', 1, 1],
    ['code inside the anchor', '<a href="#close"><code>close()</code></a>', 7, 7],
    ['a link to another page', '<a href="/docs/methods">Methods</a>', 7, 0],
    ['a link to a place on another page', '<a href="/docs/api#methods">Methods</a>', 7, 0],
    ['an absolute address with a fragment', '<a href="https://example.org/#methods">Methods</a>', 7, 0],
    ['a bare # (a script control)', '<a href="#">Methods</a>', 7, 0],
    ['a hash-bang route', '<a href="#!/methods">Methods</a>', 7, 0],
    ['no link at all', 'Methods', 0, 0],
    ['a permalink and a link away', '<a href="#x">Methods</a> <a href="/all">all</a>', 10, 7],
  ])('%s', (_name, inner, linkChars, permalinkChars) => {
    expect(first(inner)).toEqual({ linkChars, permalinkChars });
  });
  it('a link around the heading (a card, a jump menu entry) is no permalink', () => {
    const block = segmentHtml('<html><body><a href="#specs"><h3>Specifications</h3></a></body></html>').blocks.find((b) => b.kind === 'heading')!;
    expect(block.linkChars).toBe(14);
    expect(block.permalinkChars).toBeUndefined();
  });
  it('an in-page link outside a heading is no permalink (a contents entry)', () => {
    const block = segmentHtml('<html><body><ul><li><a href="#specs">Specifications</a></li></ul></body></html>').blocks[0]!;
    expect(block.linkChars).toBe(14);
    expect(block.permalinkChars).toBeUndefined();
  });
});

describe('onlyPermalinks', () => {
  it.each([
    [7, 7, true],
    [7, 0, false],
    [10, 7, false],
    [0, 0, false],
  ])('linkChars %i, permalink %i → %s', (linkChars, permalink, expected) => {
    expect(onlyPermalinks(linkChars, permalink)).toBe(expected);
  });
});

const heading = (over: Partial<AnchoredHeadingInput> = {}): AnchoredHeadingInput => ({ label: 'navigation', heading: true, linkChars: 8, permalinkChars: 8, candidate: true, commentCued: false, ...over });
const paragraph = (): AnchoredHeadingInput => ({ label: 'body', heading: false, linkChars: 0, permalinkChars: 0, candidate: true, commentCued: false });

describe('findAnchoredHeadings: each condition, both sides', () => {
  const cases: [string, () => AnchoredHeadingInput[], number[]][] = [
    ['a permalinked heading between paragraphs', () => [paragraph(), heading(), paragraph()], [1]],
    ['a permalinked heading over a list still navigation (no body needed around it)', () => [heading(), heading({ label: 'body' }), heading()], [0, 2]],
    ['already body', () => [heading({ label: 'body' })], []],
    ['spam is left alone', () => [heading({ label: 'spam' })], []],
    ['not a heading (a contents entry linking to the section)', () => [heading({ heading: false })], []],
    ['a heading linking away', () => [heading({ permalinkChars: 0 })], []],
    ['a heading with a permalink and a link away', () => [heading({ linkChars: 12, permalinkChars: 8 })], []],
    ['a heading without links (other passes decide it)', () => [heading({ linkChars: 0, permalinkChars: 0 })], []],
    ['not a candidate (the chrome, a footer, a dialog, a control, outside the main container)', () => [heading({ candidate: false })], []],
    ["a comment section's heading (\"7 Comments »\" linking to the reply form)", () => [heading({ commentCued: true })], []],
  ];
  it.each(cases)('%s', (_name, segments, expected) => {
    expect(findAnchoredHeadings(segments())).toEqual(expected);
  });
});

const INTRO = 'The Spindle interface drives a woodturning lathe over the workshop network and reports its state to the dashboard every second.';
const LATER = 'Every call returns at once; the events below tell a program when the spindle has reached the speed it asked for.';

/**
 * A written page: site header and footer, a sidebar contents tree of in-page links to `sections`
 * (so that each section heading's text is shown twice, as on the generators' pages), and
 * `content` in the main element.
 */
const page = (title: string, sections: readonly string[], content: string): string => `<!doctype html><html><head><title>${title} - Workshop API</title></head><body>
<header class="site-header"><nav class="menu"><a href="/">Home</a> <a href="/docs">Docs</a> <a href="/blog">Blog</a> <a href="/about">About</a></nav></header>
<aside class="sidebar"><h3><a href="#top">On this page</a></h3><ul class="toc">${sections.map((name, k) => `<li><a href="#s${k}">${name}</a></li>`).join('')}</ul></aside>
<main id="top"><article>${content}</article></main>
<footer class="site-footer"><h3><a href="#top">Back to top</a></h3><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul><p>Workshop Networks Ltd.</p></footer></body></html>`;

/** An MDN-like interface page: each section heading a link to its own id, over a member list. */
const mdnLike = page('Spindle', ['Instance methods', 'Events'], `<h1>Spindle</h1><p>${INTRO}</p>
<h2 id="methods"><a class="heading-anchor" href="#methods">Instance methods</a></h2>
<dl><dt id="spindle.start"><a href="/docs/spindle/start"><code>Spindle.start()</code></a></dt><dd><p>Starts the spindle at the speed last set, ramping up over two seconds so that the work does not slip.</p></dd>
<dt id="spindle.halt"><a href="/docs/spindle/halt"><code>Spindle.halt()</code></a></dt><dd><p>Brakes the spindle and waits until it has come to rest before the guard may be opened again.</p></dd></dl>
<h2 id="events"><a class="heading-anchor" href="#events">Events</a></h2><p>${LATER}</p>`);

/** A docutils-like reference: nested sections without text between their headings, each heading a link back to the contents box. */
const docutilsLike = page('Lathe events', ['Event reference', 'Spindle events', 'spindle-started', 'spindle-halted'], `<h1>Lathe events</h1><p>${INTRO}</p>
<section id="event-reference"><h2><a class="toc-backref" href="#id2" role="doc-backlink">Event reference</a></h2>
<section id="spindle-events"><h3><a class="toc-backref" href="#id3" role="doc-backlink">Spindle events</a></h3>
<section id="spindle-started"><h4><a class="toc-backref" href="#id4" role="doc-backlink">spindle-started</a></h4><p>Sent when the spindle has reached the speed it was asked for, with the speed and the time it took in milliseconds.</p></section>
<section id="spindle-halted"><h4><a class="toc-backref" href="#id5" role="doc-backlink">spindle-halted</a></h4><p>Sent when the spindle has come to rest after a halt, with the reason the operator or the guard switch gave for it.</p></section></section></section>`);

/** A Doxygen-like class page: each member's title a permalink mark and its name, over its signature and description. */
const doxygenLike = page('Spindle Class Reference', ['◆ setSpeed()'], `<div class="headertitle"><div class="title">Spindle Class Reference</div></div><p>${INTRO}</p>
<h2 class="memtitle"><span class="permalink"><a href="#a3f9c2">◆ </a></span><a href="#a3f9c2">setSpeed()</a></h2>
<div class="memitem"><div class="memproto"><table class="memname"><tr><td class="memname">void Spindle::setSpeed</td><td>(int rpm)</td></tr></table></div>
<div class="memdoc"><p>Sets the spindle speed in revolutions per minute; values above the rating of the lathe are refused with an error.</p></div></div>`);

/** A rustdoc-like module page: section headers carry a § permalink to their own id, three of them in a row. */
const rustdocLike = page('Module spindle', ['§Examples', '§Starting', '§With a ramp'], `<h1>Module spindle</h1><p>${INTRO}</p>
<h2 id="examples"><a class="doc-anchor" href="#examples">§</a><a href="#examples">Examples</a></h2>
<h3 id="starting"><a class="doc-anchor" href="#starting">§</a><a href="#starting">Starting</a></h3>
<h4 id="with-a-ramp"><a class="doc-anchor" href="#with-a-ramp">§</a><a href="#with-a-ramp">With a ramp</a></h4><p>${LATER}</p>
<pre><code>let spindle = Spindle::connect("lathe-2")?;
spindle.ramp_to(1200, Duration::from_secs(2))?;</code></pre>`);

describe('anchored headings on written API reference pages', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  // the last segment of that text: a section heading's copy in the sidebar's contents comes first
  const segment = (html: string, text: string) => sifter.sift({ html }).segments.findLast((s) => s.text.trim() === text);

  // decisive: the heading is navigation until this pass (a member list's terms after it, or a run
  // of three linked headings, longer than linked-heading.ts takes); the others are body by it or by
  // an earlier pass (linked-heading.ts)
  it.each([
    ['MDN-like: a section heading linking to its own id, over a member list', mdnLike, 'Instance methods', true],
    ['MDN-like: a short section heading over a paragraph', mdnLike, 'Events', false],
    ['docutils-like: a section heading linking back to the contents', docutilsLike, 'Event reference', true],
    ['docutils-like: its subsection heading', docutilsLike, 'Spindle events', true],
    ["docutils-like: an event's heading", docutilsLike, 'spindle-started', true],
    ["docutils-like: the next event's heading, between two paragraphs", docutilsLike, 'spindle-halted', false],
    ["Doxygen-like: a member's permalinked title over its signature", doxygenLike, '◆ setSpeed()', true],
    ['rustdoc-like: a section header with its § permalink', rustdocLike, '§Examples', true],
    ['rustdoc-like: its subsection header', rustdocLike, '§Starting', true],
  ])('%s is body', (_name, html, text, decisive) => {
    const s = segment(html, text);
    expect(s?.label, text).toBe('body');
    if (decisive) expect(s?.hits.map((h) => h.rule), text).toContain(ANCHORED_HEADING_HIT.rule);
  });

  it.each([
    ["the sidebar's contents tree of in-page links", mdnLike, 'Instance methods Events'],
    ["the sidebar's heading linking to the top", mdnLike, 'On this page'],
    ["the footer's heading linking to the top", docutilsLike, 'Back to top'],
    ["the site header's menu", rustdocLike, 'Home Docs Blog About'],
  ])('%s stays navigation, not by this rule', (_name, html, text) => {
    const s = segment(html, text);
    expect(s, text).toBeDefined();
    expect(s?.label, text).toBe('navigation');
    expect(s?.hits.map((h) => h.rule), text).not.toContain(ANCHORED_HEADING_HIT.rule);
  });

  it("a blog's comment section heading linking to its reply form stays navigation", () => {
    const html = page('A day at the lathe', [], `<h1>A day at the lathe</h1><p>${INTRO}</p><p>${LATER}</p>
<div id="comments-area"><h3 id="comments"><a href="#respond">2 Comments »</a></h3><ol class="commentlist"><li class="comment"><p>Great write-up, thanks for sharing the ramp settings with us.</p></li><li class="comment"><p>Which chuck did you use for the bowl in the second photo?</p></li></ol></div>`);
    const s = segment(html, '2 Comments »');
    expect(s?.label).toBe('navigation');
    expect(s?.hits.map((h) => h.rule)).not.toContain(ANCHORED_HEADING_HIT.rule);
  });

  it('a heading linking to another page is not taken by this rule', () => {
    const html = page('Tools', ['Spindle'], `<h1>Tools</h1><p>${INTRO}</p><h2><a href="/docs/spindle">Spindle</a></h2><p>${LATER}</p>`);
    const s = segment(html, 'Spindle');
    expect(s?.hits.map((h) => h.rule) ?? []).not.toContain(ANCHORED_HEADING_HIT.rule);
  });
});
