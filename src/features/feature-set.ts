/**
 * Feature names. Features are plain numbers (booleans as 0/1) so rules can compare them; rules
 * may only name features listed here or `lex.<category>.<stat>` for a loaded lexicon category.
 */
export type Features = Float64Array;

/** Writes one feature of the segment being described. */
export type SetFeature = (name: string, value: number) => void;

/**
 * The features known to a sifter (static ones plus `lex.<category>.<stat>` for its lexicons), each
 * with a fixed index: a segment's features are one Float64Array, and rules read them by index
 * resolved at load time (a 100,000-segment page must not build 100,000 dictionaries).
 */
export class FeatureSpace {
  readonly names: readonly string[];
  private readonly index: ReadonlyMap<string, number>;

  constructor(names: Iterable<string>) {
    this.names = [...new Set(names)];
    this.index = new Map(this.names.map((name, i) => [name, i]));
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  indexOf(name: string): number {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`unknown feature "${name}"`);
    return i;
  }

  vector(): Features {
    return new Float64Array(this.names.length);
  }

  /**
   * `count` zeroed vectors, views into one buffer: a Float64Array of its own per segment costs a
   * separately allocated backing store (~3 µs each on Node 20, against ~0.5 µs for a view).
   */
  vectors(count: number): Features[] {
    const size = this.names.length;
    const buffer = new Float64Array(count * size);
    const out: Features[] = new Array(count);
    for (let i = 0; i < count; i++) out[i] = buffer.subarray(i * size, (i + 1) * size);
    return out;
  }

  get(features: Features, name: string): number {
    return features[this.indexOf(name)] ?? 0;
  }

  toRecord(features: Features): Record<string, number> {
    const out: Record<string, number> = {};
    this.names.forEach((name, i) => {
      out[name] = features[i] ?? 0;
    });
    return out;
  }
}

export const STATIC_FEATURES = {
  chars: 'non-space characters',
  weightedChars: 'length with each Han/kana/Hangul character counted as HAN_CHAR_WEIGHT Latin characters',
  hanShare: 'share of characters that are Han',
  latinShare: 'share of characters that are Latin letters',
  words: 'word tokens (jieba for Han text, natural otherwise)',
  stopwordRatio: "share of word tokens that are stopwords (data/stopwords: the en, ja and zh lists, and the page's own language's list, features/stopwords.ts)",
  sentencePunct: 'sentence punctuation marks (。！？；.!?;)',
  clausePunct: 'clause punctuation marks (，、,：:)',
  punctDensity: 'sentence + clause punctuation per character',
  endsWithSentencePunct: '1 when the text ends with sentence punctuation (closing quotes and brackets allowed after it)',
  hasDate: '1 when the text holds a date (2024-06-05, 2024年6月5日, June 5, 2024, 3/9(木)…)',
  linkDensity: 'characters inside links / all characters',
  linkCount: 'number of links',
  'kind.title': '1 for the page title (<title>, a script\'s document.title assignment, or the first line of text input)',
  'kind.meta': '1 for meta description/keywords',
  'kind.heading': '1 for h1–h6',
  'kind.list': '1 for a list segment',
  headingLevel: 'h1 → 1 … h6 → 6; 0 when not a heading',
  'list.items': 'number of list items (0 when not a list)',
  'list.meanItemChars': 'mean characters per list item',
  'list.sepPipe': '1 when the list separator is |',
  'list.sepArrow': '1 when the list separator is > » ›',
  'list.sepDash': '1 when the list separator is - _ – —',
  'list.sepComma': '1 when the list separator is , ， 、',
  'list.sepSpace': '1 when items are run together with spaces',
  'list.sepElement': '1 when items are separate elements (<li>, <a>…<br>)',
  'list.spamItemShare': 'share of list items holding a hit of a spam lexicon of phrase evidence',
  'list.navItemShare': 'share of list items holding a navigation-lexicon hit',
  'list.fieldShare': 'share of list items that read as a field, a short label, a colon and a value ("CPU: Intel Core"; features/field-items.ts)',
  'list.firstItemNav': '1 when the first list item holds a navigation-lexicon hit (首页, Home)',
  'dom.hidden': '1 when the text is in a hidden element',
  'dom.navCue': '1 when a class/id/role/tag cue of the element or a near ancestor is a navigation cue (nav, menu, footer…)',
  'dom.bodyCue': '1 when a class/id/role/tag cue is a body cue (article, content, post…)',
  'dom.dialogCue': '1 when a recorded ancestor carries a dialog cue (modal, popup, dialog; role="dialog")',
  'dom.footerCue': '1 when a recorded ancestor carries a footer cue (a footer or disclaimer class/id token, or the <footer> tag) and the cue is not page-wide',
  'dom.collapsibleCue': '1 when a recorded ancestor carries a cue of a folded part of the page (accordion, collapse, tab, faq, answer, more…, whole tokens)',
  'dom.authorCue': '1 when one of the four nearest cue-bearing elements (AUTHOR_CUE_GROUPS) carries an author cue (author, authors; as prefix or suffix: authorbox, blog-author) and is not itself a post (the <article> tag, hentry)',
  'dom.reviewWidgetCue': '1 when a recorded ancestor carries a cue of a third-party review widget (jdgm, yotpo, bvseo, trustpilot, rpi…, whole tokens)',
  'dom.siteChrome': '1 when the block sits in the site\'s chrome: an <aside> or <nav> element with no <main> or <article> between them, or a <header> with no <main> or <article> above or below it (block.inSiteChrome)',
  'dom.control': '1 when the block labels a control: its path runs through a <button>, or its element or parent is classed as a button (btn; features/control.ts)',
  'dom.commentCue': '1 when one of the three nearest cue-bearing elements (COMMENT_CUE_GROUPS) carries a comment cue (comment, comments, commentlist, tie…, whole tokens)',
  'page.isText': '1 for plain-text input',
  'page.position': 'relative position of the segment in the page (0 first … 1 last)',
  'page.headline': '1 when the text matches the page title or the breadcrumb tail (the article headline)',
  'page.hanPage': '1 when most characters of the page are Han',
  'page.latinPage': '1 when at least half of the characters of the page are Latin letters (LATIN_PAGE_MIN_SHARE)',
  'marker.stars': '1 when the text ends in a run of 4+ asterisks (parasite pages mark scraped headlines with ******)',
  'marker.pinyinGloss': 'tone-marked pinyin glosses after Han characters, like 質(zhì) (a trace of hijack kits converting scraped text)',
  'marker.glyphNoise': 'symbols scattered between Han characters (国♀产) to dodge keyword filters',
  'marker.tagLeak': 'kit-template tags shown as text, with a random letters+digits id or class (<tr id="yyy80">)',
  'marker.fakeSource': '1 when a source line gives a mobile phone number as the source (来源: 15210273549)',
  repetition: 'share of repeated word tokens (1 - distinct/total) over texts of 20+ words; 0 for shorter texts',
  'page.titleOverlap': 'for the title: share of its words found in the rest of the page (1 for other segments, and for titles under 3 words)',
  'script.mismatch': '1 when the segment is written in the other Chinese script variant than the page (Simplified keyword spam on a Traditional page, or the reverse)',
  'page.headlineRepeats': 'occurrences of the page headline inside this segment (spun filler repeats the keyword headline)',
  'marker.shownHosts': 'host names shown as text in the segment (www.example.com.tw after a snippet, not inside a link address; features/result-sites.ts)',
  'page.resultSites': 'distinct sites (registered domains) of the host names shown as text over the whole page, title and meta description aside: a page of search results shows one after every snippet (features/result-sites.ts)',
  'page.queryShare': 'share of the page\'s entries (text between snippet cuts, site-name dashes, shown host names) holding its most widespread run of three Han characters: a page of results for one query repeats it in every entry (features/query-share.ts)',
  'page.mixedScriptEntries': 'the smaller of the counts of Traditional and of Simplified entries (text between snippet cuts, site-name dashes, shown host names) over the page, title and meta description aside: a page of scraped search results copies each snippet in the variant its site wrote it (features/script-mix.ts)',
  'page.snippetCutsPer1k': 'snippet cuts (as page.snippetCuts) per 1,000 characters of the page\'s own text, title and meta description aside: the scraped-results doorways of the pool\'s training folds cut one every 42 to 144 characters (6.93 to 23.8 per 1,000; features/page-features.ts)',
  'marker.snippetCuts': 'snippet cuts in the segment (ellipses of 3 to 6 dots or … as a scraped snippet ends; 0 in the title and meta description; features/ellipses.ts)',
  'page.snippetCuts': 'snippet cuts over the whole page: texts broken off with an ellipsis (… or three dots or more), as search snippets are (features/snippet-cuts.ts)',
  'page.reportingTerms': 'distinct reporting and enforcement terms (lexicon category reporting: 记者, 警方, police, court) over the whole page: a page that writes about a topic rather than selling it',
  'bayes.p': 'the spam Bayes model\'s calibrated probability that the segment is spam text (data/models/spam-bayes.json; 0 when no model is loaded)',
  'lex.any-spam.share': 'share of characters covered by hits of any spam lexicon of phrase evidence (not `# evidence: segment` lists)',
  'lex.any-spam.hits': 'hits of any spam lexicon of phrase evidence (weighted)',
  'lex.any-spam.terms': 'distinct terms of any spam lexicon of phrase evidence that hit',
  'lex.any-navigation.hits': 'hits of any navigation lexicon (weighted)',
  'lex.any-body.hits': 'hits of any body lexicon (weighted)',
} as const satisfies Record<string, string>;

export const LEXICON_STATS = {
  hits: 'weighted hits of the category',
  terms: 'distinct terms of the category that hit',
  share: 'share of characters covered by the category',
  chained: 'weighted hits of the category standing in keyword strings (features/keyword-chain.ts: CHAIN_MIN_HITS or more in a row, only separators between them)',
} as const satisfies Record<string, string>;

export function lexiconFeatureNames(categories: Iterable<string>): string[] {
  const names: string[] = [];
  for (const category of categories) for (const stat of Object.keys(LEXICON_STATS)) names.push(`lex.${category}.${stat}`);
  return names;
}
