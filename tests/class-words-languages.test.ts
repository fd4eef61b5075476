import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAfterStoryCues } from '../src/classify/after-story.js';
import { DATA_DIR } from '../src/data-dir.js';
import { cueRoles, type CueLists, type CueRole } from '../src/features/dom.js';
import type { Report, Sifter } from '../src/index.js';
import { defaultSifter, segmentWith } from './helpers/sifter.js';

/**
 * Class and id words in other languages (session 37, data/cues/class-names.json and
 * data/cues/after-story.json): German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish,
 * Indonesian and Vietnamese words and Chinese pinyin that sites use for their comment lists, ad slots,
 * related-reading boxes, footers and article text. The pages in tests/fixtures/pages
 * (de-news-kommentare, pt-news-comentarios, zh-news-pinyin-blocks) and below were written for these tests.
 */

const FIXTURES = join(import.meta.dirname, 'fixtures', 'pages');
const cues = JSON.parse(readFileSync(join(DATA_DIR, 'cues', 'class-names.json'), 'utf8')) as CueLists;
const afterStory = loadAfterStoryCues();

type ListName = 'navigation' | 'navigationStrong' | 'navigationExact' | 'body' | 'comment' | 'footer' | 'notCue';

/** Every word session 37 added, with the lists it went into. */
const ADDED: readonly [string, readonly ListName[]][] = [
  // comments (comment: whole tokens; navigation: as a prefix or suffix)
  ['kommentar', ['navigation', 'navigationStrong', 'comment']],
  ['kommentare', ['comment']],
  ['kommentarer', ['comment']],
  ['commentaires', ['comment']],
  ['commenti', ['comment']],
  ['comentario', ['navigation', 'comment']],
  ['comentarios', ['comment']],
  ['reacties', ['navigation', 'comment']],
  ['komentar', ['navigation', 'navigationStrong', 'comment']],
  ['komentarze', ['comment']],
  ['yorum', ['navigation', 'navigationStrong', 'comment']],
  ['yorumlar', ['comment']],
  ['binhluan', ['navigation', 'navigationStrong', 'comment']],
  // ads
  ['werbung', ['navigation']],
  ['publicidad', ['navigation']],
  ['publicite', ['navigation']],
  ['pubblicita', ['navigation']],
  ['quangcao', ['navigation']],
  ['guanggao', ['navigation']],
  ['reklama', ['navigationExact']],
  ['reklam', ['navigationExact']],
  // related reading, recommendations, sharing
  ['xiangguan', ['navigation', 'navigationStrong']],
  ['xgwz', ['navigation', 'navigationStrong']],
  ['xgxw', ['navigation', 'navigationStrong']],
  ['relacionado', ['navigation', 'navigationStrong']],
  ['relacionada', ['navigation', 'navigationStrong']],
  ['terkait', ['navigation', 'navigationStrong']],
  ['ilgili', ['navigation', 'navigationStrong']],
  ['gerelateerd', ['navigation']],
  ['tuijian', ['navigation']],
  ['rmtj', ['navigation']],
  ['fenxiang', ['navigation']],
  ['compartir', ['navigation']],
  // menus, breadcrumbs, friend links, copyright
  ['daohang', ['navigation']],
  ['mianbaoxie', ['navigation', 'navigationStrong']],
  ['weizhi', ['navigation']],
  ['ariane', ['navigationExact']],
  ['youqing', ['navigation']],
  ['yqlj', ['navigation']],
  ['banquan', ['navigation', 'navigationStrong']],
  // footers
  ['yejiao', ['navigation', 'footer']],
  ['rodape', ['navigation', 'footer']],
  ['stopka', ['navigation', 'footer']],
  ['fusszeile', ['navigation', 'footer']],
  ['dibu', ['navigationExact']],
  // the article's text
  ['artikel', ['body']],
  ['inhalt', ['body']],
  ['contenu', ['body']],
  ['contenido', ['body']],
  ['conteudo', ['body']],
  ['konten', ['body']],
  ['noidung', ['body']],
  ['neirong', ['body']],
  ['zhengwen', ['body']],
  ['unionstyle', ['body']],
  // words of their own
  ['inhaltsverzeichnis', ['notCue']],
];

/** The cue lists with every list empty but notCue (as shipped), plus `words` in the lists they went into: what those words alone make of a token. */
function listsWith(words: readonly (readonly [string, readonly ListName[]])[]): CueLists {
  const lists = Object.fromEntries(Object.entries(cues).map(([name, entries]) => [name, Array.isArray(entries) ? [] : entries])) as unknown as Record<ListName, string[]>;
  for (const [word, names] of words) for (const name of names) if (name !== 'notCue') lists[name].push(word);
  lists.notCue = [...cues.notCue];
  return lists as unknown as CueLists;
}

describe('the shipped lists hold the words of session 37', () => {
  it.each(ADDED)('%s', (word, lists) => {
    for (const list of lists) expect(cues[list], list).toContain(word);
  });

  it.each(['testimonios', 'testimonio', 'depoimentos', 'depoimento', 'temoignages', 'temoignage', 'relacionados', 'relacionadas', 'gerelateerd', 'gerelateerde', 'terkait', 'ilgili', 'xiangguan', 'xgwz', 'xgxw'])('after-story word %s', (word) => {
    expect(afterStory.has(word)).toBe(true);
  });
});

describe('how the feature stage reads a token with the new words (dom.ts cueRoles, the rule itself)', () => {
  const cases: [string, CueRole, boolean][] = [
    // prefixes and suffixes, as the English words match
    ['kommentarliste', 'navigation', true],
    ['comentarios', 'navigation', true],
    ['komentarze', 'navigation', true],
    ['yorumlar', 'navigation', true],
    ['publicidade', 'navigation', true],
    ['publicites', 'navigation', true],
    ['guanggaowei', 'navigation', true],
    ['youqinglianjie', 'navigation', true],
    ['relacionados', 'navigationStrong', true],
    ['gerelateerde', 'navigation', true],
    ['artikeltext', 'body', true],
    ['contenuto', 'body', true],
    ['neirong4', 'body', true],
    ['yejiao1', 'footer', true],
    // whole tokens only: dibu is the start of Spanish dibujo (a drawing), reklam of German Reklamation
    // and Polish reklamacje (a customer's complaint), ariane of nothing but a name
    ['dibu', 'navigation', true],
    ['dibujo', 'navigation', false],
    ['reklama', 'navigation', true],
    ['reklamation', 'navigation', false],
    ['reklamacje', 'navigation', false],
    ['ariane', 'navigation', true],
    ['arianespace', 'navigation', false],
    // comment words are whole tokens, as comment and comments are
    ['kommentare', 'comment', true],
    ['kommentarfeld', 'comment', false],
    // a table of contents is no article text: inhaltsverzeichnis begins with the body word inhalt, notCue overrides it
    ['inhalt', 'body', true],
    ['inhaltsverzeichnis', 'body', false],
  ];
  it.each(cases)('%s as %s: %s', (token, role, expected) => {
    expect(cueRoles(token, cues).has(role)).toBe(expected);
  });
});

/** A page's class and id tokens, split as segment/place.ts splits them (lower case, at every character that is not a letter or digit). */
function classTokens(html: string): Set<string> {
  const tokens = new Set<string>();
  for (const match of html.matchAll(/\b(?:class|id)\s*=\s*"([^"]*)"/gi)) {
    for (const token of match[1]!.toLowerCase().split(/[^a-z0-9]+/)) if (token.length > 1) tokens.add(token);
  }
  return tokens;
}

describe('English pages hold no token that matches a new word', () => {
  // English words whose letters the new words share: they must stay out of every new word's reach
  const ENGLISH = ['correlation', 'correlations', 'publicity', 'publication', 'userattrs', 'contents', 'content', 'comments', 'commentary', 'article', 'articles', 'stock', 'related', 'footer', 'advertisement', 'inline', 'trstf', 'banner'];
  const englishPages = readdirSync(FIXTURES).filter((name) => name.startsWith('en-'));

  it('the fixtures have English pages', () => {
    expect(englishPages.length).toBeGreaterThan(5);
  });

  it.each(englishPages)('%s', (name) => {
    // the roles a token has with the new words and nothing else, against those it has with no words at all (nav, footer, aside are tags' roles)
    const added = listsWith(ADDED);
    const none = listsWith([]);
    const tokens = [...classTokens(readFileSync(join(FIXTURES, name), 'utf8')), ...ENGLISH];
    for (const token of tokens) expect([...cueRoles(token, added)], token).toEqual([...cueRoles(token, none)]);
  });
});

function labelAndRules(report: Report, text: string): [string | undefined, string[]] {
  const segment = segmentWith(report, text);
  expect(segment, text).toBeDefined();
  return [segment?.label, segment?.hits.map((h) => h.rule) ?? []];
}

/** The page with its class words replaced by words that are no cue in any language. */
function neutral(html: string, words: readonly string[]): string {
  let out = html;
  for (const [i, word] of words.entries()) out = out.replaceAll(`class="${word}"`, `class="block${i}"`).replaceAll(`id="${word}"`, `id="block${i}"`);
  return out;
}

describe('written pages through the sifter', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });

  describe('a German news page (de-news-kommentare.html)', () => {
    const html = readFileSync(join(FIXTURES, 'de-news-kommentare.html'), 'utf8');
    const STORY = ['Der Stadtrat hat am Montagabend', 'Die Verwaltung rechnet mit Kosten', 'Anwohner hatten sich seit Jahren', 'Die Bauarbeiten sollen abschnittsweise'];
    const AD = 'Jetzt im Autohaus am Markt';
    const COMMENTS = ['Endlich passiert etwas', 'Ich hoffe nur, dass während der Bauzeit'];
    const FOOTER = 'Der Kreisbote berichtet seit über siebzig Jahren';

    it('the comments in section.kommentare are navigation by the comment cue', () => {
      const report = sifter.sift({ html });
      for (const text of COMMENTS) {
        const [label, rules] = labelAndRules(report, text);
        expect(label, text).toBe('navigation');
        expect(rules).toContain('nav.comment-cue');
      }
    });

    it('the ad in div.werbung and the footer text in div.fusszeile are navigation', () => {
      const report = sifter.sift({ html });
      expect(labelAndRules(report, AD)).toEqual(['navigation', expect.arrayContaining(['nav.dom-cue'])]);
      expect(labelAndRules(report, FOOTER)).toEqual(['navigation', expect.arrayContaining(['nav.footer-cue'])]);
    });

    it('the story in div.artikel-text stays body, with its body cue', () => {
      const report = sifter.sift({ html });
      for (const text of STORY) expect(labelAndRules(report, text), text).toEqual(['body', expect.arrayContaining(['body.dom-cue'])]);
    });

    it('without the German words the comments and the ad were body', () => {
      const report = sifter.sift({ html: neutral(html, ['kommentare', 'werbung', 'fusszeile']) });
      for (const text of [...COMMENTS, AD]) expect(segmentWith(report, text)?.label, text).toBe('body');
      for (const text of STORY) expect(segmentWith(report, text)?.label, text).toBe('body');
    });
  });

  describe('a Portuguese news page (pt-news-comentarios.html)', () => {
    const html = readFileSync(join(FIXTURES, 'pt-news-comentarios.html'), 'utf8');
    const STORY = ['A prefeitura anunciou nesta segunda-feira', 'Segundo a secretaria de cultura', 'Para cobrir os novos turnos'];
    const AD = 'Aproveite a semana de ofertas';
    const RELATED = 'O teatro municipal reabre';
    const COMMENT = 'Finalmente uma boa notícia';
    const FOOTER = 'O Jornal da Serra publica notícias';

    it('ad, related box, comment and footer are navigation; the story is body', () => {
      const report = sifter.sift({ html });
      expect(labelAndRules(report, AD)[0]).toBe('navigation');
      expect(labelAndRules(report, RELATED)[0]).toBe('navigation');
      expect(labelAndRules(report, COMMENT)).toEqual(['navigation', expect.arrayContaining(['nav.comment-cue'])]);
      expect(labelAndRules(report, FOOTER)).toEqual(['navigation', expect.arrayContaining(['nav.footer-cue'])]);
      for (const text of STORY) expect(labelAndRules(report, text), text).toEqual(['body', expect.arrayContaining(['body.dom-cue'])]);
    });

    it('without the Portuguese words all four were body', () => {
      const report = sifter.sift({ html: neutral(html, ['publicidade', 'relacionadas', 'comentarios', 'comentario', 'rodape']) });
      for (const text of [AD, RELATED, COMMENT, FOOTER]) expect(segmentWith(report, text)?.label, text).toBe('body');
    });
  });

  describe('a Chinese news page with pinyin class names (zh-news-pinyin-blocks.html)', () => {
    const html = readFileSync(join(FIXTURES, 'zh-news-pinyin-blocks.html'), 'utf8');
    const STORY = ['记者从区文化局获悉', '该图书馆建筑面积约', '区文化局有关负责人表示'];
    const AD = '江畔花园二期火热认购中';
    const RELATED = ['市图书馆近日宣布延长周末开放时间', '城东街道文化活动中心改造完成后'];
    const FOOTER = '江畔日报网由江畔日报社主办';

    it('the ad in div.guanggao and the related reading in div.xiangguan are navigation; the story in div.zhengwen is body', () => {
      const report = sifter.sift({ html });
      expect(labelAndRules(report, AD)).toEqual(['navigation', expect.arrayContaining(['nav.dom-cue'])]);
      for (const text of RELATED) expect(labelAndRules(report, text), text).toEqual(['navigation', expect.arrayContaining(['nav.dom-cue'])]);
      expect(labelAndRules(report, FOOTER)).toEqual(['navigation', expect.arrayContaining(['nav.footer-cue'])]);
      for (const text of STORY) expect(labelAndRules(report, text), text).toEqual(['body', expect.arrayContaining(['body.dom-cue'])]);
    });

    it('without the pinyin words the ad and the related reading were body', () => {
      const report = sifter.sift({ html: neutral(html, ['guanggao', 'xiangguan']) });
      for (const text of [AD, ...RELATED]) expect(segmentWith(report, text)?.label, text).toBe('body');
    });
  });

  describe('one class word on a block inside the story container', () => {
    const STORY = [
      'The regional council approved the new cycle lanes along the river on Monday evening after a long debate about parking.',
      'Construction is planned for the spring and will be carried out in sections so that delivery traffic can still reach the shops.',
      'The state will pay about half of the cost, the treasurer told the meeting, and the rest comes from the city budget.',
    ];
    const BLOCK = 'Residents who wrote to the council said they had waited many years for a safer way to ride along the busy river road.';

    function page(cls: string): string {
      return `<!doctype html><html><head><title>Council approves cycle lanes | River News</title></head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/city">City</a></li></ul></nav></header>
<div class="story"><h1>Council approves cycle lanes</h1><div class="story-text">${STORY.map((p) => `<p>${p}</p>`).join('')}</div>
<div class="${cls}"><p>${BLOCK}</p></div></div></body></html>`;
    }

    it('with a class word that is no cue the block is body', () => {
      expect(segmentWith(sifter.sift({ html: page('box') }), BLOCK)?.label).toBe('body');
    });

    const NAVIGATION: [string, string][] = [
      ['yorum-listesi', 'nav.comment-cue'],
      ['binhluan', 'nav.comment-cue'],
      ['komentarze', 'nav.comment-cue'],
      ['reacties', 'nav.comment-cue'],
      ['commentaires', 'nav.comment-cue'],
      ['stopka', 'nav.footer-cue'],
      ['rodape', 'nav.footer-cue'],
      ['yejiao', 'nav.footer-cue'],
      ['quangcao', 'nav.dom-cue'],
      ['pubblicita', 'nav.dom-cue'],
      ['reklama', 'nav.dom-cue'],
      ['artikel-terkait', 'nav.dom-cue'],
      ['ilgili-haberler', 'nav.dom-cue'],
      ['xgxw', 'nav.dom-cue'],
      ['rmtj', 'nav.dom-cue'],
    ];
    it.each(NAVIGATION)('class="%s": navigation (%s)', (cls, rule) => {
      const [label, rules] = labelAndRules(sifter.sift({ html: page(cls) }), BLOCK);
      expect(label).toBe('navigation');
      expect(rules).toContain(rule);
    });

    // words that were looked at and left out, and English or Spanish words the new words must not reach
    it.each(['dibujo', 'reklamation', 'anzeige', 'iklan', 'partage', 'lienquan', 'correlation', 'wenzhang'])('class="%s": body, no cue', (cls) => {
      const [label, rules] = labelAndRules(sifter.sift({ html: page(cls) }), BLOCK);
      expect(label).toBe('body');
      expect(rules).not.toContain('nav.dom-cue');
    });
  });
});
