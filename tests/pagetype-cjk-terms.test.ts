import { beforeAll, describe, expect, it } from 'vitest';
import { typedSegmentsOf } from '../benchmarks/train/page-segments.js';
import { parseOptions } from '../src/options.js';
import { PAGE_TYPE_FEATURE_NAMES, pageTypeFeatures, type PageTypeFeature } from '../src/pagetype/features.js';
import { countPhrases } from '../src/pagetype/terms.js';
import { loadResources, type Resources } from '../src/resources.js';

/**
 * The page type's phrase lists (data/pagetype/cues.json `terms`) in Chinese, Japanese and Korean as
 * in English (session 35): the lists were English but for six shop and forum words, so a Japanese
 * shop page ("買い物かごに入れる", "送料無料", "税込") counted no shop phrase where its English twin
 * ("add to cart", "free shipping") counted three. The fitted weights are the same for every
 * language; these rows check that the same kind of page gets the same evidence. Pages written for
 * these tests.
 */

let resources: Resources;
beforeAll(async () => {
  resources = await loadResources(parseOptions({}));
});

function feature(html: string, name: PageTypeFeature): number {
  const { page, segments } = typedSegmentsOf(resources, { html });
  return pageTypeFeatures(page, segments, resources.pageType.cues)[PAGE_TYPE_FEATURE_NAMES.indexOf(name)]!;
}

const page = (lang: string, body: string): string => `<html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

describe('phrase lists count the same kind of phrase in every script', () => {
  const rows: { group: 'commerce' | 'forum' | 'docs'; text: string; min: number }[] = [
    { group: 'commerce', text: '加入购物袋 全场包邮 商品详情 规格参数', min: 4 },
    { group: 'commerce', text: '買い物かごに入れる 送料無料 税込 商品説明', min: 4 },
    { group: 'commerce', text: '장바구니 바로구매 무료배송', min: 3 },
    { group: 'forum', text: '回帖 主题帖 帖子 楼层', min: 4 },
    { group: 'forum', text: '名無しさん ベストアンサー 投稿者 スレッド 返信する', min: 5 },
    { group: 'docs', text: '参数说明 返回值 示例代码', min: 3 },
    { group: 'docs', text: '引数 戻り値 使用例 サンプルコード', min: 4 },
  ];
  it.each(rows)('$group counts $min in "$text"', ({ group, text, min }) => {
    expect(countPhrases(text.toLowerCase(), resources.pageType.cues.terms[group])).toBeGreaterThanOrEqual(min);
  });

  it.each([
    // ordinary prose that merely shares a character or two with the phrases
    ['commerce', '今天的天气很好，我们去公园散步，看到很多人在放风筝。'],
    ['commerce', '今日は雨なので、家で本を読んで過ごしました。'],
    ['forum', '市政府今天召开新闻发布会，介绍了城市更新计划的进展。'],
    ['forum', 'ワイヤレスイヤホンのストレスのない使い心地が人気です。'],
    ['docs', '这家老店的面条做法已经传了三代，味道一直没有变。'],
  ] as const)('%s counts nothing in "%s"', (group, text) => {
    expect(countPhrases(text.toLowerCase(), resources.pageType.cues.terms[group])).toBe(0);
  });
});

/** The fuller Japanese shop page (tests/fixtures/pages/ja-product-page.html) is typed product: tests/pagetype.test.ts. */
describe('a Japanese shop page gets the shop evidence its English twin gets', () => {
  const shop = (lang: string, t: readonly string[]): string =>
    page(
      lang,
      `<div class="item"><h1>${t[0]}</h1><div class="value">¥6,980</div><p>${t[1]}</p><p>${t[2]}</p><form><label>${t[6]} <select><option>1</option><option>2</option></select></label><button>${t[3]}</button></form><h2>${t[4]}</h2><p>${t[5]}</p><p>${t[7]}</p></div>`,
    );
  const ja = shop('ja', ['ひのき まな板 大', '送料無料', '税込', '買い物かごに入れる', '商品説明', '岐阜県のひのきの一枚板から作ったまな板です。香りがよく、水はけがよく乾きやすいので毎日の調理に使えます。', '数量', '在庫あり。13時までのご注文で当日発送します。']);
  const en = shop('en', ['Cypress cutting board, large', 'Free shipping', 'Tax included', 'Add to cart', 'Description', 'A cutting board made from one plank of Gifu cypress. It smells good, drains well and dries fast, so it suits daily cooking.', 'Quantity', 'In stock. Orders placed before 1 pm ship the same day.']);

  it('terms.commerce is at least the English page’s', () => {
    expect(feature(ja, 'terms.commerce')).toBeGreaterThan(0);
    expect(feature(ja, 'terms.commerce')).toBeGreaterThanOrEqual(feature(en, 'terms.commerce'));
  });
});
