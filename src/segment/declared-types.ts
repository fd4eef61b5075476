/**
 * Page types a page's markup declares: schema.org types in JSON-LD (`"@type": "NewsArticle"`,
 * `"@type": ["Product", "Thing"]`) and microdata (`itemtype="https://schema.org/Product"`). The
 * page-type stage (src/pagetype) weighs them as evidence, never as the answer: a shop's blog post
 * may declare `Organization` and `Product` in its site header.
 */

/** `"@type": "X"` or `"@type": ["X", "Y"]`; the array is bounded so that a broken script cannot make the match run far. */
const JSON_LD_TYPE = /"@type"\s*:\s*("[^"\\]{1,80}"|\[[^\]]{0,400}\])/g;
const QUOTED = /"([^"\\]{1,80})"/g;
/** Only this much of one JSON-LD script is searched (the page's own entity comes first; some shops inline megabytes of catalogue). */
export const JSON_LD_MAX_CHARS = 65536;

/**
 * Where the last path segment of an IRI starts: after its last `/`, `#` or `:` (0 without one). Read
 * back from the end: the search for `/[^/#:]*$/` tried every position of a long name that a
 * separator ends, in time quadratic in its length (sift() 6 s on an itemtype of 80,000 characters, session 30).
 */
function lastSegmentStart(iri: string): number {
  return Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'), iri.lastIndexOf(':')) + 1;
}

/** The last path segment of a schema.org type IRI or name, lower case (`https://schema.org/Product` → `product`). */
export function schemaTypeOf(value: string): string | undefined {
  const first = value.trim().split(/\s+/)[0] ?? '';
  const name = first.slice(lastSegmentStart(first)).toLowerCase();
  return /^[a-z][a-z0-9]{1,60}$/.test(name) ? name : undefined;
}

/** Every `@type` named in a JSON-LD script's text, in order, lower case. */
export function declaredTypesOfJsonLd(source: string): string[] {
  const out: string[] = [];
  for (const match of source.slice(0, JSON_LD_MAX_CHARS).matchAll(JSON_LD_TYPE)) {
    for (const quoted of (match[1] ?? '').matchAll(QUOTED)) {
      const type = schemaTypeOf(quoted[1] ?? '');
      if (type !== undefined) out.push(type);
    }
  }
  return out;
}
