import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { installHtmlCdata } from '../src/segment/html-cdata.js';
import { segmentHtml } from '../src/segment/html.js';

/** segment/html-cdata.ts: `<![CDATA[` outside SVG and MathML is a bogus comment to the next `>`, as in a browser. */

const texts = (html: string): string[] => segmentHtml(html).blocks.map((b) => b.text);

describe('<![CDATA[ in HTML content', () => {
  it('installs on the pinned htmlparser2 Parser (its tokenizer still has the states it wraps)', () => {
    expect(installHtmlCdata(new Parser({}))).toBe(true);
  });

  it('refuses a parser without a tokenizer of that shape', () => {
    expect(installHtmlCdata({})).toBe(false);
    expect(installHtmlCdata({ tokenizer: { stateBeforeDeclaration: 1 } })).toBe(false);
  });

  it('an unclosed <![CDATA[ at the top of the body ends at the next >, not at a ]]> near the end', () => {
    const html = '<html><body><![CDATA[ <div id="top"></div><div><p>First post of the thread.</p><p>A reply to it.</p></div><script>//]]></script><p>After.</p></body></html>';
    expect(texts(html)).toEqual(['First post of the thread.', 'A reply to it.', 'After.']);
  });

  it('a closed CDATA section in HTML content still shows no text (a bogus comment up to its >)', () => {
    expect(texts('<p>one</p><![CDATA[hidden]]><p>two</p>')).toEqual(['one', 'two']);
  });

  it('inside SVG a CDATA section runs to its ]]>, > and all', () => {
    const html = '<p>one</p><svg><style><![CDATA[ a > b { fill: red } ]]></style></svg><p>two</p>';
    expect(texts(html).filter((t) => t.includes('one') || t.includes('two') || t.includes('fill'))).toEqual(['one', 'two']);
  });

  it('leaves <!-- comments --> and <!DOCTYPE> alone', () => {
    expect(texts('<!DOCTYPE html><p>one</p><!-- a > b --><p>two</p>')).toEqual(['one', 'two']);
  });
});
