/**
 * The peer extractors of `eval --peers` (benchmarks/peers/): each gives the main text of a page,
 * reports a page where it found none or failed, and never throws into the eval. Fixtures are
 * small pages written here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDefuddleRunner, refusingFetch } from '../benchmarks/peers/defuddle.js';
import { textPageToHtml, type PeerRunner } from '../benchmarks/peers/input.js';
import { createReadabilityRunner } from '../benchmarks/peers/readability.js';

const ARTICLE_SENTENCES = [
  'The river town of Alderbrook rebuilt its wooden footbridge this spring after the winter floods carried the old one away.',
  'Volunteers from three neighbouring villages worked through April, cutting oak beams by hand and setting new stone piers in the riverbed.',
  'The mayor said the bridge would carry cyclists as well as walkers, and that the council had set aside money for a yearly inspection.',
  'Local schoolchildren painted the railings in the colours of the town flag, and a small plaque now names every family that gave timber.',
  'Engineers from the county checked the piers in May and found them sound, though they asked for a second handrail on the steep north ramp.',
];
const NAV_WORDS = 'Zephyrnav Quillmenu Brambletab';
const FOOTER_WORDS = 'Copyright Vantorix Holdings Glimmerfoot';

/** A small news page: navigation, an article of five paragraphs, a footer. */
function articlePage(charsetMeta = '<meta charset="utf-8">'): string {
  const paragraphs = ARTICLE_SENTENCES.map((s) => `<p>${s} ${s}</p>`).join('\n');
  return `<!DOCTYPE html><html><head>${charsetMeta}<title>Footbridge rebuilt</title></head><body>
<nav><ul><li><a href="/a">${NAV_WORDS.split(' ')[0]}</a></li><li><a href="/b">${NAV_WORDS.split(' ')[1]}</a></li><li><a href="/c">${NAV_WORDS.split(' ')[2]}</a></li></ul></nav>
<main><article><h1>Footbridge rebuilt</h1>
${paragraphs}
</article></main>
<footer><p>${FOOTER_WORDS}</p></footer>
</body></html>`;
}

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe.each<[string, () => Promise<PeerRunner>]>([
  ['readability', createReadabilityRunner],
  ['defuddle', createDefuddleRunner],
])('%s runner', (_name, create) => {
  it('returns the article text of a page given as bytes, without its navigation or footer', async () => {
    const runner = await create();
    const out = runner.run({ kind: 'bytes', bytes: bytes(articlePage()) });
    expect(out.error).toBeNull();
    expect(out.nullArticle).toBe(false);
    expect(out.charset).toBe('UTF-8');
    for (const s of ARTICLE_SENTENCES) expect(out.body).toContain(s);
    for (const w of [...NAV_WORDS.split(' '), ...FOOTER_WORDS.split(' ')]) expect(out.body).not.toContain(w);
    expect(out.ms).toBeGreaterThanOrEqual(0);
  });

  it('reports the charset jsdom sniffed from the bytes, and reads a string as UTF-8', async () => {
    const runner = await create();
    const latin = articlePage('<meta charset="iso-8859-1">').replace('Alderbrook', 'Alderbr\u00f6ok');
    const latinBytes = Uint8Array.from([...latin].map((c) => c.charCodeAt(0)));
    const fromBytes = runner.run({ kind: 'bytes', bytes: latinBytes });
    expect(fromBytes.charset).toBe('windows-1252');
    expect(fromBytes.body).toContain('Alderbr\u00f6ok');
    const fromString = runner.run({ kind: 'html', html: latin });
    expect(fromString.charset).toBe('UTF-8');
    expect(fromString.body).toContain('Alderbr\u00f6ok');
  });

  it('reads a text page as one paragraph per line', async () => {
    const runner = await create();
    const out = runner.run({ kind: 'text', text: ARTICLE_SENTENCES.map((s) => `${s} ${s}`).join('\n\n') });
    expect(out.error).toBeNull();
    for (const s of ARTICLE_SENTENCES) expect(out.body).toContain(s);
  });

  it('gives an empty body and nullArticle on a page with no text, without an error', async () => {
    const runner = await create();
    const out = runner.run({ kind: 'html', html: '<!DOCTYPE html><html><head><title></title></head><body></body></html>' });
    expect(out.body.trim()).toBe('');
    expect(out.nullArticle).toBe(true);
    expect(out.error).toBeNull();
  });
});

describe('Defuddle is given the text jsdom decodes for Readability', () => {
  const head = (meta: string) => `<!DOCTYPE html><html><head>${meta}<title>t</title></head><body><p>`;
  const tail = '</p></body></html>';
  const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
  it.each<[string, number[]]>([
    ['UTF-8 BOM, no meta', [0xef, 0xbb, 0xbf, ...ascii(head('')), 0xc3, 0xa9, ...ascii(tail)]],
    ['meta gbk', [...ascii(head('<meta charset="gbk">')), 0xc4, 0xe3, 0xba, 0xc3, ...ascii(tail)]],
    ['http-equiv shift_jis', [...ascii(head('<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">')), 0x82, 0xa0, ...ascii(tail)]],
    ['no charset anywhere (windows-1252)', [...ascii(head('')), 0xe9, 0xe8, ...ascii(tail)]],
    ['meta past the first 1024 bytes (not seen: windows-1252)', [...ascii(head(`<!--${'x'.repeat(1100)}--><meta charset="utf-8">`)), 0xc3, 0xa9, ...ascii(tail)]],
  ])('%s', async (_what, page) => {
    const input = { kind: 'bytes' as const, bytes: Uint8Array.from(page) };
    const [rb, df] = await Promise.all([createReadabilityRunner(), createDefuddleRunner()]);
    expect(df.run(input).charset).toBe(rb.run(input).charset);
  });
});

describe('textPageToHtml', () => {
  it('makes one escaped <p> per non-blank line', () => {
    const html = textPageToHtml('a < b & c\n\n  \r\n"d"\re');
    expect(html).toContain('<p>a &lt; b &amp; c</p>\n<p>&quot;d&quot;</p>\n<p>e</p>');
    expect(html.match(/<p>/g)).toHaveLength(3);
  });
});

describe('refusingFetch', () => {
  it('refuses every request', () => {
    expect(() => refusingFetch('https://example.com/')).toThrow(/network access refused/);
  });
});

describe('defuddle runner when Defuddle fails', () => {
  afterEach(() => {
    vi.doUnmock('defuddle/node');
    vi.resetModules();
  });

  interface Options {
    useAsync?: boolean;
    fetch?: (url: string) => unknown;
  }

  async function runnerWith(parse: (options: Options) => { content: string; wordCount: number }): Promise<PeerRunner> {
    vi.resetModules();
    vi.doMock('defuddle/node', () => ({
      DefuddleClass: class {
        constructor(
          _doc: unknown,
          private readonly options: Options,
        ) {}
        parse(): { content: string; wordCount: number } {
          return parse(this.options);
        }
      },
    }));
    const { createDefuddleRunner: create } = await import('../benchmarks/peers/defuddle.js');
    return create();
  }

  it('a throw is an error with an empty body, not a throw through the eval', async () => {
    const runner = await runnerWith(() => {
      throw new Error('boom in parse');
    });
    const out = runner.run({ kind: 'bytes', bytes: bytes(articlePage()) });
    expect(out.error).toContain('boom in parse');
    expect(out.body).toBe('');
    expect(out.nullArticle).toBe(false);
    expect(out.charset).toBe('UTF-8');
  });

  it('its own caught failure (console.error, whole-body fallback) is an error; its console is restored and not printed', async () => {
    const original = console.error;
    const printed = vi.spyOn(process.stderr, 'write');
    const runner = await runnerWith(() => {
      console.error('Defuddle', 'Error processing document:', new Error('bad selector'));
      console.warn('Defuddle: Failed to process stylesheet:', 'x');
      return { content: '<p>whole body fallback</p>', wordCount: 3 };
    });
    const out = runner.run({ kind: 'html', html: articlePage() });
    expect(out.error).toContain('Error processing document');
    expect(out.error).toContain('bad selector');
    expect(out.body).toBe('whole body fallback');
    expect(console.error).toBe(original);
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
  });

  it('console lines that are not a failure are dropped, not errors', async () => {
    const runner = await runnerWith(() => {
      console.warn('Defuddle: Failed to process stylesheet:', 'x');
      return { content: '<div><p>Some text</p></div>', wordCount: 2 };
    });
    const out = runner.run({ kind: 'html', html: articlePage() });
    expect(out.error).toBeNull();
    expect(out.body).toBe('Some text');
  });

  it('hands Defuddle useAsync false (no async extractors) and a fetch that refuses', async () => {
    const seen: Options[] = [];
    const runner = await runnerWith((options) => {
      seen.push(options);
      return { content: '<p>text</p>', wordCount: 1 };
    });
    runner.run({ kind: 'html', html: articlePage() });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.useAsync).toBe(false);
    expect(() => seen[0]?.fetch?.('https://example.com/')).toThrow(/network access refused/);
  });

  it('a fetch attempt fails the page even when Defuddle swallows the refusal', async () => {
    const runner = await runnerWith((options) => {
      try {
        options.fetch?.('https://api.example.com/transcript');
      } catch {
        // what an extractor that ignores its fetch's failure would do
      }
      return { content: '<p>fetched nothing</p>', wordCount: 2 };
    });
    const out = runner.run({ kind: 'html', html: articlePage() });
    expect(out.error).toBe('tried to fetch https://api.example.com/transcript');
  });

  it('content without words is a null article', async () => {
    const runner = await runnerWith(() => ({ content: '<div> <img src="a.png"> </div>', wordCount: 0 }));
    const out = runner.run({ kind: 'html', html: articlePage() });
    expect(out).toMatchObject({ body: expect.stringMatching(/^\s*$/), nullArticle: true, error: null });
  });
});

describe('readability runner when Readability throws', () => {
  afterEach(() => {
    vi.doUnmock('@mozilla/readability');
    vi.resetModules();
  });

  it('is an error with an empty body, not a throw through the eval', async () => {
    vi.resetModules();
    vi.doMock('@mozilla/readability', () => ({
      Readability: class {
        parse(): never {
          throw new Error('readability broke');
        }
      },
    }));
    const { createReadabilityRunner: create } = await import('../benchmarks/peers/readability.js');
    const out = (await create()).run({ kind: 'bytes', bytes: bytes(articlePage()) });
    expect(out.error).toContain('readability broke');
    expect(out).toMatchObject({ body: '', nullArticle: false, charset: 'UTF-8' });
  });
});
