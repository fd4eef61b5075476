import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { installLinearStack } from '../src/segment/element-stack.js';

/** Parse `html` and record every event, with or without the linear element stack. */
function events(html: string, linear: boolean): string[] {
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attribs) => out.push(`<${name} ${JSON.stringify(attribs)}>`),
      onclosetag: (name, implied) => out.push(`</${name}${implied ? '?' : ''}>`),
      ontext: (text) => out.push(`"${text}"`),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  if (linear) expect(installLinearStack(parser)).toBe(true);
  parser.write(html);
  parser.end();
  return out;
}

const TAGS = ['div', 'p', 'span', 'li', 'ul', 'td', 'tr', 'table', 'a', 'b', 'form', 'svg', 'math', 'br', 'img', 'option', 'select', 'dd', 'dt', 'h1', 'title', 'script'];
const token = fc.oneof(
  fc.constantFrom(...TAGS).map((t) => `<${t}>`),
  fc.constantFrom(...TAGS).map((t) => `</${t}>`),
  fc.constantFrom(...TAGS).map((t) => `<${t}/>`),
  fc.constantFrom('text', ' ', '&amp;', '<', '>', '国产', '<!-- c -->', '<![CDATA[x]]>'),
);

describe('linear element stack for htmlparser2', () => {
  it('installs on the pinned htmlparser2 Parser (its private stack array is still there)', () => {
    expect(installLinearStack(new Parser({}))).toBe(true);
  });

  it('refuses an object without the array it replaces', () => {
    expect(installLinearStack({})).toBe(false);
    expect(installLinearStack({ stack: ['div'] })).toBe(false);
  });

  it('gives the very same events as the original stack on random tag soup', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const html = tokens.join('');
        expect(events(html, true)).toEqual(events(html, false));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps nesting and implied closes on deep documents', () => {
    const html = `${'<div>'.repeat(2000)}<p>a<p>b${'</div>'.repeat(2000)}</span></span>`;
    expect(events(html, true)).toEqual(events(html, false));
  });
});
