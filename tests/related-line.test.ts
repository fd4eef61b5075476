import { beforeAll, describe, expect, it } from 'vitest';
import { isRelatedLine, loadRelatedLabels, normaliseLabel, openingLabel, RELATED_LINE_HIT, RELATED_LINE_MIN_LINK_DENSITY } from '../src/classify/related-line.js';
import type { Sifter } from '../src/index.js';
import { FOOTBRIDGE_HEADLINE, FOOTBRIDGE_STORY, footbridgePage } from './helpers/footbridge-story.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/related-line.ts: a link under a "Related:" label written into the story is a pointer to
 * another page, navigation. The lines and the page below were written for these tests.
 */

const LABELS = loadRelatedLabels();
const LINKED = 0.8;

describe('isRelatedLine: lines that must and must not fire', () => {
  const cases: [string, number, boolean][] = [
    ['Related: The old mill opens as a museum', LINKED, true],
    ['RELATED READING: Ten walks along the mill stream', LINKED, true],
    ['Also read: Why the ford closed', LINKED, true],
    ['You might also like: The county\'s oldest bridges', LINKED, true],
    ['Don’t miss: The winter market', LINKED, true],
    ['Related : spaced colon, then a title', LINKED, true],
    ['相关阅读：老桥重建', LINKED, true],
    // the 'read also' labels of news pages in other languages (session 36)
    ['Lesen Sie auch: Die alte Mühle wird Museum', LINKED, true],
    ['Lee también: El molino abre como museo', LINKED, true],
    ['À lire aussi : le moulin devient un musée', LINKED, true],
    ['Читайте также: Старая мельница станет музеем', LINKED, true],
    ['Baca juga: Kincir tua jadi museum', LINKED, true],
    ['Tin liên quan: Cối xay cũ thành bảo tàng', LINKED, true],
    ['اقرأ أيضاً: الطاحونة القديمة تصبح متحفا', LINKED, true],
    // ... but not their 'see also' labels, which Wikipedia's hatnotes use in those languages
    ['Siehe auch: Mühlenbach', LINKED, false],
    ['Voir aussi : le ruisseau du moulin', LINKED, false],
    ['Xem thêm: Suối cối xay', LINKED, false],
    ['Lihat pula: Sungai kincir', LINKED, false],
    // a German sentence of the story that opens with a word of a label is not a label
    ['Lesen Sie den Bericht: die Mühle war baufällig', LINKED, false],
    // link density, both sides of the threshold
    ['Related: The old mill opens as a museum', RELATED_LINE_MIN_LINK_DENSITY, true],
    ['Related: The old mill opens as a museum', RELATED_LINE_MIN_LINK_DENSITY - 0.01, false],
    ['Related: The old mill opens as a museum', 0, false],
    // a label with nothing after the colon is a heading over a list, not a pointer
    ['Related:', LINKED, false],
    ['Related:   ', LINKED, false],
    // labels not in the list: the gold keeps these as often as not
    ['Read more: The old mill opens as a museum', LINKED, false],
    ['Learn more: How the piers are built', LINKED, false],
    ['See also: The mill stream', LINKED, false],
    // the label must open the line
    ['The story is related: the mill and the bridge', LINKED, false],
    ['Engineers said: the deck cannot be saved', LINKED, false],
    ['No colon at all', LINKED, false],
  ];
  it.each(cases)('%s (link density %s) → %s', (text, density, expected) => {
    expect(isRelatedLine(text, density, LABELS)).toBe(expected);
  });
});

describe('openingLabel and normaliseLabel', () => {
  it.each([
    ['Related:  A title', 'related'],
    ['Also  Read : A title', 'also read'],
    ['Don’t Miss: A title', "don't miss"],
    ['相关阅读：标题', '相关阅读'],
    ['İlgili Haber: Başlık', 'ilgili haber'],
    ['BACA JUGA : Judul', 'baca juga'],
    ['Related:', undefined],
    ['no label here', undefined],
  ])('%s', (text, expected) => {
    expect(openingLabel(text)).toBe(expected);
  });
  it('the shipped labels are normalised', () => {
    for (const label of LABELS) expect(normaliseLabel(label)).toBe(label);
    expect(LABELS.has('related')).toBe(true);
    expect(LABELS.has('read more')).toBe(false);
  });
  it('the hit says navigation', () => {
    expect(RELATED_LINE_HIT.label).toBe('navigation');
  });
});

describe('a "Related:" link between two paragraphs of a written story', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const TITLE = 'The old mill opens its doors as a museum';
  const page = (label: string): string => {
    const [first, second, ...rest] = FOOTBRIDGE_STORY.map((p) => `<p>${p}</p>`);
    return footbridgePage(`<main><article class="story"><h1>${FOOTBRIDGE_HEADLINE}</h1>
${first}${second}<p>${label} <a href="/news/mill-museum">${TITLE}</a></p>${rest.join('\n')}</article></main>`);
  };

  it('under "Related:" it is navigation and the story stays body', () => {
    const html = page('Related:');
    const { type, label, rules } = segmentOf(sifter, html, `Related: ${TITLE}`);
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(RELATED_LINE_HIT.rule);
    expect(segmentOf(sifter, html, FOOTBRIDGE_STORY[2]!).label).toBe('body');
  });

  it.each(['Baca juga:', 'Lesen Sie auch:', 'Читайте также:', 'İlgili haber:'])('under "%s" (another language\'s label) it is navigation too', (label) => {
    const html = page(label);
    const { label: got, rules } = segmentOf(sifter, html, `${label} ${TITLE}`);
    expect(got).toBe('navigation');
    expect(rules).toContain(RELATED_LINE_HIT.rule);
    expect(segmentOf(sifter, html, FOOTBRIDGE_STORY[2]!).label).toBe('body');
  });

  it('under another label it gets no related-line hit', () => {
    const { rules } = segmentOf(sifter, page('Pictures:'), `Pictures: ${TITLE}`);
    expect(rules).not.toContain(RELATED_LINE_HIT.rule);
  });
});
