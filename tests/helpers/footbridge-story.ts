/**
 * A story on a local news site, written for the article-end tests (after-main, trailing-heading):
 * its paragraphs, the <article> that holds them under its headline, and the page around it (a
 * NewsArticle declaration, a menu, a footer).
 */
export const FOOTBRIDGE_HEADLINE = 'Footbridge to be rebuilt';

export const FOOTBRIDGE_STORY: readonly string[] = [
  'The town council agreed on Monday to rebuild the footbridge over the mill stream, which has been closed since the spring floods washed away one of its piers.',
  'Engineers told the meeting that the old timber deck could not be saved, and that a steel frame on new stone piers would last for at least sixty years.',
  'The work will start in the autumn, once the water level has fallen, and the bridge should reopen to walkers and cyclists before the end of the winter.',
  'Residents on both banks said they had waited long enough, since the detour by the road bridge adds almost a mile to the walk into the market square.',
  'The council will pay for most of the work from its repair fund, and a grant from the county is expected to cover the cost of the new stone piers.',
];

/** The story's <article>: headline, paragraphs, then `end` (markup inside the article, after the last paragraph). */
export function footbridgeArticle(end = ''): string {
  return `<article class="story"><h1>${FOOTBRIDGE_HEADLINE}</h1>
${FOOTBRIDGE_STORY.map((p) => `<p>${p}</p>`).join('\n')}${end}</article>`;
}

/** The whole page, `body` between the site's header and its footer. */
export function footbridgePage(body: string): string {
  return `<!doctype html><html><head><title>${FOOTBRIDGE_HEADLINE} | Valley Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${FOOTBRIDGE_HEADLINE}"}</script></head><body>
<header><nav class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
${body}
<footer class="site-footer"><p>Valley Courier, Market Square.</p></footer></body></html>`;
}
