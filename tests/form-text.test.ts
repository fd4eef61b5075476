import { beforeAll, describe, expect, it } from 'vitest';
import type { LabelledSegment } from '../src/classify/classify.js';
import { FORM_TEXT_HIT, FORM_TEXT_MAX_SHARE, FORM_TEXT_PAGE_TYPES, findFormText, type FormTextInput } from '../src/classify/form-text.js';
import { demoteFormText, LATE_DEMOTIONS } from '../src/classify/late-demotions.js';
import type { Sifter } from '../src/index.js';
import { segmentPage } from '../src/segment/page.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/form-text.ts: the text of a form that holds at most FORM_TEXT_MAX_SHARE of the page's
 * body (an order form's options, a plan picker, a quote form) is navigation; a form that holds the
 * page keeps its text, and a forum is left alone. Every page below was written for these tests.
 */

describe('Block.formId: the outermost form around a block', () => {
  it('blocks inside one form share its id, a nested form does not split them, blocks outside have none', () => {
    const html = '<html><body><p>Before the form</p><form><p>Colour</p><div><form><p>Size</p></form></div></form><form><p>Email</p></form><p>After</p></body></html>';
    const blocks = segmentPage({ kind: 'html', text: html }).blocks;
    const id = (text: string): number | undefined => blocks.find((b) => b.text === text)?.formId;
    expect(id('Before the form')).toBeUndefined();
    expect(id('After')).toBeUndefined();
    expect(id('Colour')).toBeDefined();
    expect(id('Size')).toBe(id('Colour'));
    expect(id('Email')).toBeDefined();
    expect(id('Email')).not.toBe(id('Colour'));
  });
});

describe('findFormText', () => {
  const seg = (text: string, formId?: number, label: FormTextInput['label'] = 'body', inline = false): FormTextInput => ({ label, text, formId, inline });
  it('body text of a small form is found; navigation, inline cuts and text outside forms are not', () => {
    const segments = [seg('x'.repeat(300)), seg('Quantity', 1), seg('Add to cart', 1, 'navigation'), seg('Gift wrap', 1, 'body', true), seg('y'.repeat(100))];
    expect(findFormText(segments)).toEqual([1]);
  });
  it(`a form holding ${FORM_TEXT_MAX_SHARE.toFixed(3)} of the body or less is the form's text; a form holding more holds the page`, () => {
    // form 100 characters of 300: exactly a third
    const atShare = [seg('a'.repeat(200)), seg('b'.repeat(100), 7)];
    expect(findFormText(atShare)).toEqual([1]);
    // form 101 of 301: just over a third
    const overShare = [seg('a'.repeat(200)), seg('b'.repeat(101), 7)];
    expect(findFormText(overShare)).toEqual([]);
  });
  it('each form is weighed by itself', () => {
    const segments = [seg('a'.repeat(600)), seg('b'.repeat(100), 1), seg('c'.repeat(100), 2), seg('d'.repeat(100), 2)];
    // form 1: 100 of 900; form 2: 200 of 900 — both under a third
    expect(findFormText(segments)).toEqual([1, 2, 3]);
    const big = [seg('a'.repeat(100)), seg('b'.repeat(20), 1), seg('c'.repeat(300), 2)];
    // form 1: 20 of 420; form 2: 300 of 420, the page
    expect(findFormText(big)).toEqual([1]);
  });
  it('the pass is a named late demotion right after the form builders\' stock texts and the forms\' consent lines (each keeps the hit that names it), on every page type but a forum, with a navigation hit', () => {
    expect(LATE_DEMOTIONS.indexOf('form-consent')).toBe(LATE_DEMOTIONS.indexOf('form-message') + 1);
    expect(LATE_DEMOTIONS.indexOf('form-text')).toBe(LATE_DEMOTIONS.indexOf('form-consent') + 1);
    expect(FORM_TEXT_PAGE_TYPES).not.toContain('forum');
    expect(FORM_TEXT_PAGE_TYPES).toContain('product');
    expect(FORM_TEXT_PAGE_TYPES).toContain('article');
    expect(FORM_TEXT_HIT.label).toBe('navigation');
  });
});

describe('demoteFormText', () => {
  const segment = (text: string, label: 'body' | 'navigation', formId?: number): LabelledSegment =>
    ({ block: { text, kind: 'block', ...(formId !== undefined ? { formId } : {}) }, label, hits: [] }) as unknown as LabelledSegment;
  it('turns the small form\'s body text to navigation with the hit and leaves the rest', () => {
    const segments = [segment('z'.repeat(400), 'body'), segment('Select your size', 'body', 3), segment('Add to cart', 'navigation', 3)];
    const out = demoteFormText(segments);
    expect(out[0]).toBe(segments[0]);
    expect(out[1]!.label).toBe('navigation');
    expect(out[1]!.hits).toContain(FORM_TEXT_HIT);
    expect(out[2]).toBe(segments[2]);
  });
});

const HEADER = `<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/chairs">Chairs</a></li><li><a href="/desks">Desks</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>Copyright 2026 The Chair Room. All rights reserved.</p></footer>`;
const DESCRIPTION = [
  'The Ash task chair follows the curve of your back as you lean, with a seat that tilts forward a few degrees so your hips sit a little higher than your knees.',
  'Its frame is steamed ash from a mill two valleys over, joined with brass pins instead of glue, and the seat is woven from flax cord that softens with use.',
  'Every chair is built to order in our workshop and checked by the person who made it, whose initials are burned into the underside of the seat.',
  'We replace the cord for free for ten years: send us a photograph of the worn seat and we post a new coil with instructions for weaving it yourself.',
];
const NOTE = 'Chairs with the optional headrest need two more weeks in the workshop before they ship.';

/** A shop's product page: the name, an order form with its options and a note, and the description. */
function productPage(): string {
  return `<!doctype html><html><head><title>Ash task chair – The Chair Room</title>
<meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ash task chair","offers":{"@type":"Offer","price":"890.00","priceCurrency":"USD"}}</script>
</head><body>${HEADER}
<main class="product"><h1 class="product-title">Ash task chair</h1>
<p class="price">$890.00</p>
<form class="order-form" action="/cart" method="post">
<div class="option"><span>Seat cord: Natural flax, Charcoal flax, Indigo flax</span></div>
<div class="option"><span>Headrest: Without, With adjustable headrest</span></div>
<p class="option-note">${NOTE}</p>
<label>Quantity</label><input type="number" name="qty" value="1"><button>Add to cart</button>
</form>
<div class="product-description">${DESCRIPTION.map((p) => `<p>${p}</p>`).join('')}</div>
</main>${FOOTER}</body></html>`;
}

/** An old site's page that is one form from top to bottom (ASP.NET's way): the article sits inside it. */
function wholePageForm(): string {
  return `<!doctype html><html><head><title>Building a chair by hand – The Chair Room</title></head><body>
<form id="aspnetForm" method="post" action="/article.aspx">${HEADER}
<main><article><h1>Building a chair by hand</h1>${DESCRIPTION.map((p) => `<p>${p}</p>`).join('')}</article></main>${FOOTER}
</form></body></html>`;
}

describe('written pages through the pipeline', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  it('the order form\'s note is navigation with its hit; the description stays body', () => {
    const note = segmentOf(sifter, productPage(), NOTE);
    expect(note.type).toBe('product');
    expect(note.label).toBe('navigation');
    expect(note.rules).toContain(FORM_TEXT_HIT.rule);
    expect(segmentOf(sifter, productPage(), DESCRIPTION[0]!).label).toBe('body');
  });
  it('on a page that is one form, the article inside it stays body', () => {
    for (const paragraph of DESCRIPTION) {
      const p = segmentOf(sifter, wholePageForm(), paragraph);
      expect(p.label).toBe('body');
      expect(p.rules).not.toContain(FORM_TEXT_HIT.rule);
    }
  });
});
