import { beforeAll, describe, expect, it } from 'vitest';
import { isHiddenElement, TINY_MARQUEE_PX } from '../src/segment/hidden.js';
import { MAX_SCRIPT_CHARS, scriptWrite } from '../src/segment/script-hiding.js';
import { segmentHtml } from '../src/segment/html.js';
import type { Sifter } from '../src/index.js';
import { defaultSifter } from './helpers/sifter.js';

/** Link blocks hidden by scripts that write a hidden element around them, and by tiny marquees. */

describe('scriptWrite: the writes that hide what follows', () => {
  const fires: [string, string, ReturnType<typeof scriptWrite>][] = [
    ['a hidden div', `document.write("<div style='display:none'>")`, { kind: 'open-hidden', tag: 'div' }],
    ['writeln, single quotes, escaped double quotes', `document.writeln('<span style=\\"visibility:hidden\\">');`, { kind: 'open-hidden', tag: 'span' }],
    ['off-screen, with other attributes', 'document.write("<div id=\\"x\\" style=\\"position:absolute;left:-9999px\\">");', { kind: 'open-hidden', tag: 'div' }],
    ['the hidden attribute', 'document.write("<div hidden>")', { kind: 'open-hidden', tag: 'div' }],
    ['the closing write', 'document.write("</div>")', { kind: 'close', tag: 'div' }],
    ['the last of several writes counts', `document.write("<p>a</p>"); document.write("<div style='display:none'>");`, { kind: 'open-hidden', tag: 'div' }],
  ];
  const silent: [string, string][] = [
    ['a visible div', `document.write("<div style='color:red'>")`],
    ['a hidden div closed in the same write', `document.write("<div style='display:none'>ad</div>")`],
    ['text, no tag', 'document.write("hello")'],
    ['an ad script writing an iframe', 'document.write("<iframe src=\\"https://ads.example/\\" width=\\"300\\" height=\\"250\\"></iframe>")'],
    ['a write built from variables', 'document.write(openTag + hidden)'],
    ['no document.write', 'var x = "<div style=\'display:none\'>";'],
    ['an off-screen link round a tracking pixel, closed by the next write', `document.write('<a style="position:absolute; left:-1000px" href="https://ads.example/">'); document.write('<img src="https://ads.example/p.gif" width="1" height="1"></a>');`],
    ['a hidden div closed by a later write of the same script', `document.write("<div style='display:none'>"); document.write("<img src='x.gif'></div>");`],
    ['a script over MAX_SCRIPT_CHARS', `/*${'x'.repeat(MAX_SCRIPT_CHARS)}*/ document.write("<div style='display:none'>")`],
  ];
  it.each(fires)('fires: %s', (_name, source, expected) => {
    expect(scriptWrite(source)).toEqual(expected);
  });
  it.each(silent)('silent: %s', (_name, source) => {
    expect(scriptWrite(source)).toBeUndefined();
  });
});

describe('what a hiding write wraps is hidden text', () => {
  const blocks = (body: string) => segmentHtml(`<html><body>${body}</body></html>`).blocks.map((b) => [b.text, b.hidden] as const);
  const open = `<script>document.write("<div style='display:none'>")</script>`;
  const close = `<script>document.write("</div>")</script>`;

  it('from the opening write to the closing one', () => {
    expect(blocks(`<p>before</p>${open}<a href="/1">one</a> <a href="/2">two</a>${close}<p>after</p>`)).toEqual([
      ['before', false],
      ['one two', true],
      ['after', false],
    ]);
  });

  it('up to the end of the element around it when no closing write comes', () => {
    expect(blocks(`<div>${open}<a href="/1">one</a></div><p>after</p>`)).toEqual([
      ['one', true],
      ['after', false],
    ]);
  });

  it('a closing write with nothing written open changes nothing', () => {
    expect(blocks(`<p>a</p>${close}<p>b</p>`)).toEqual([
      ['a', false],
      ['b', false],
    ]);
  });

  it('a script inside skipped content writes nothing', () => {
    expect(blocks(`<template>${open}</template><p>after</p>`)).toEqual([['after', false]]);
  });

  it('a visible write leaves the text visible', () => {
    expect(blocks(`<script>document.write("<div class='ad'>")</script><p>shown</p>`)).toEqual([['shown', false]]);
  });
});

describe(`a <marquee> of TINY_MARQUEE_PX (${TINY_MARQUEE_PX}) pixels or less`, () => {
  it.each([
    [{ height: '1', width: '1' }, 'marquee', true],
    [{ height: `${TINY_MARQUEE_PX}px` }, 'marquee', true],
    [{ height: `${TINY_MARQUEE_PX + 1}` }, 'marquee', false],
    [{ width: '0' }, 'marquee', true],
    [{ style: 'height:2px;' }, 'marquee', true],
    [{ style: `width: ${TINY_MARQUEE_PX + 1}px` }, 'marquee', false],
    [{ height: '30' }, 'marquee', false],
    [{ height: '100%' }, 'marquee', false],
    [{}, 'marquee', false],
    // only a marquee: a table cell or image that small is a spacer, not a hiding trick
    [{ height: '1', width: '1' }, 'td', false],
    [{ height: '1' }, undefined, false],
  ] as const)('isHiddenElement(%j, %s) → %s', (attribs, tag, expected) => {
    expect(isHiddenElement(attribs, tag)).toBe(expected);
  });
});

describe('end to end: a school page with a betting link block', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const article =
    '<h1>本校举行春季田径运动会</h1><p>4月12日，我校第三十届春季田径运动会在学校体育场开幕，来自全校各班的八百余名运动员参加了短跑、跳远、铅球和接力等十六个项目的比赛。经过两天的角逐，高二（3）班获得团体总分第一名。</p>';
  const links = '<a href="/a">新葡京</a> <a href="/b">太阳城集团</a> <a href="/c">皇冠体育</a>';
  const page = (around: (links: string) => string): string => `<html><head><title>本校举行春季田径运动会</title></head><body>${article}${around(links)}</body></html>`;
  const hiddenLinkHits = (html: string): number => sifter.sift({ html }).segments.flatMap((s) => s.hits).filter((h) => h.rule === 'spam.hidden-links').length;

  it('is hidden links when scripts write a hidden div around it, or a tiny marquee holds it', () => {
    expect(hiddenLinkHits(page((l) => `<script>document.write("<div style='display:none'>")</script>${l}<script>document.write("</div>")</script>`))).toBe(1);
    expect(hiddenLinkHits(page((l) => `<marquee height="1" width="1">${l}</marquee>`))).toBe(1);
  });

  it('is no hidden block where nothing hides it', () => {
    expect(hiddenLinkHits(page((l) => `<div>${l}</div>`))).toBe(0);
    expect(hiddenLinkHits(page((l) => `<marquee height="30">${l}</marquee>`))).toBe(0);
  });
});
