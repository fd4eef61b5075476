/** Dependency families: a dependency alone on a family's input, to attribute a cost to it. */
import { Parser } from 'htmlparser2';
import type { SiftInput } from '../../../src/index.js';
import type { Family } from '../families.js';
import { asString, page } from './inputs.js';

/** htmlparser2 alone, with the options and callback set that segment/html.ts uses. */
function bareParser(input: SiftInput): void {
  const parser = new Parser({ onopentag() {}, onclosetag() {}, ontext() {} }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(asString(input));
  parser.end();
}

/** nested-div's input through the parser alone (listed right after nested-div in families/html.ts, as in the table). */
export const NESTED_DIV_PARSER_ONLY: Family = {
  id: 'nested-div-parser-only',
  group: 'dependency',
  what: 'same input, htmlparser2 Parser alone (no pagesift code)',
  n: 12_500,
  make: (n) => page(`${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`),
  run: bareParser,
};
