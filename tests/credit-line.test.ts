import { beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_LINE, CREDIT_LINE_MAX_CHARS } from '../src/classify/credit-line.js';
import type { Sifter } from '../src/index.js';
import { FOOTBRIDGE_HEADLINE, FOOTBRIDGE_STORY, footbridgePage } from './helpers/footbridge-story.js';
import { describeShortLineRule } from './helpers/short-line-table.js';
import { defaultSifter, segmentOf } from './helpers/sifter.js';

/**
 * classify/credit-line.ts: a photo's credit on a line of its own ("Image credit: …", "Photo by …
 * on Unsplash", "…/Getty Images") is navigation; a caption, a sentence of the story and a chart's
 * data source stay body. The lines and the page below were written for these tests.
 */

const fire: string[] = [
  'Image credit: Valley Courier',
  'Photo credit: Jane Doe',
  'Photo Credit: Screenshot from the council website',
  'Photo: Jane Doe',
  'Photos by Jane Doe',
  'Photograph by the Valley Courier',
  'Image source: the county archive',
  'Illustration by Tom Reed',
  'Credit: Valley Courier',
  '(Photo: Jane Doe)',
  'Courtesy of the Mill Trust',
  'Getty Images',
  'Jane Doe/Getty Images',
  'Jane Doe | Shutterstock',
  'Photo by Jane Doe on Unsplash',
  'Mill stream, 1890 — via Wikimedia Commons',
  'Jane Doe / AP Photo',
];
const stay: string[] = [
  // the caption itself, and a caption that runs into its credit past the bound
  'The old timber deck after the spring floods.',
  'Walkers crossed the old footbridge for the last time in March. Jane Doe/Getty Images',
  // a sentence of the story that names a photo or an agency
  'The photo shows the bridge before the floods.',
  'Photographers lined the banks to watch the crane.',
  'The council bought the pictures from Getty',
  'The app supports Unsplash',
  'Credit is given for each night of the stay.',
  // a chart's data source and a bare heading are no credit
  'Source: county flood survey',
  'Credits:',
  '',
];
const head = 'Photo by ';
const at = head + 'x'.repeat(CREDIT_LINE_MAX_CHARS - head.length);
describeShortLineRule('CREDIT_LINE', CREDIT_LINE, { fire, stay, bound: { at, over: `${at}x` } });

describe('a credit line under a picture in a written story', () => {
  let sifter: Sifter;
  beforeAll(async () => {
    sifter = await defaultSifter();
  });
  const caption = 'The old timber deck after the spring floods washed away one of its piers.';
  const page = (credit: string): string =>
    footbridgePage(`<main><article class="story"><h1>${FOOTBRIDGE_HEADLINE}</h1>
${FOOTBRIDGE_STORY.slice(0, 2).map((p) => `<p>${p}</p>`).join('\n')}
<figure><img src="deck.jpg" alt=""><figcaption><div class="caption">${caption}</div><div class="media-credit">${credit}</div></figcaption></figure>
${FOOTBRIDGE_STORY.slice(2).map((p) => `<p>${p}</p>`).join('\n')}</article></main>`);

  it('"Image credit: …" is navigation; the caption and the story stay body', () => {
    const html = page('Image credit: Jane Doe/Valley Courier');
    const { type, label, rules } = segmentOf(sifter, html, 'Image credit: Jane Doe/Valley Courier');
    expect(type).toBe('article');
    expect(label).toBe('navigation');
    expect(rules).toContain(CREDIT_LINE.hit.rule);
    expect(segmentOf(sifter, html, caption).label).toBe('body');
    expect(segmentOf(sifter, html, FOOTBRIDGE_STORY[2]!).label).toBe('body');
  });

  it('a line in the same place that is no credit gets no credit hit', () => {
    const line = 'Rebuilt with stone from the quarry';
    const { rules } = segmentOf(sifter, page(line), line);
    expect(rules).not.toContain(CREDIT_LINE.hit.rule);
  });
});
