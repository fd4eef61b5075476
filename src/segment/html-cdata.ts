/**
 * `<![CDATA[` in HTML content, read as a browser reads it. htmlparser2 12 opens a CDATA section at
 * every `<![CDATA[` and keeps it open to the next `]]>`, in HTML as in SVG and MathML. A browser
 * opens one only in foreign content (SVG, MathML); anywhere else `<![CDATA[` starts a bogus
 * comment that ends at the next `>` (WHATWG HTML, "markup declaration open state",
 * cdata-in-html-content). A forum theme that writes `<![CDATA[` at the top of its `<body>` (an
 * XHTML habit) with no `]]>` until a script near the end had its whole page swallowed into one
 * CDATA section: no block was left but the title and the meta description.
 *
 * The tokenizer is given the browser's reading by its own transitions: after `<!` and `[` outside
 * foreign content, the `[` is handed on to the CDATA sequence state, where it does not match the
 * `C` of `CDATA[`; on that mismatch htmlparser2, in HTML mode, starts a bogus comment that ends at
 * the next `>` — exactly the browser's behaviour.
 *
 * Installed on one Parser instance only when its tokenizer has the state methods it wraps
 * (checked at runtime, and by tests/html-cdata.test.ts for the pinned htmlparser2 version).
 */

/** `[`, the character after `<!` that starts the CDATA sequence. */
const OPEN_BRACKET = 0x5b;

/** The private parts of htmlparser2's Tokenizer this module uses. */
interface TokenizerStates {
  stateBeforeDeclaration(c: number): void;
  stateCDATASequence(c: number): void;
  readonly xmlMode: boolean;
  readonly cbs: { isInForeignContext?(): boolean };
}

function hasStates(tokenizer: unknown): tokenizer is TokenizerStates {
  const t = tokenizer as Partial<Record<keyof TokenizerStates, unknown>> | undefined;
  return (
    t !== undefined &&
    typeof t.stateBeforeDeclaration === 'function' &&
    typeof t.stateCDATASequence === 'function' &&
    typeof t.xmlMode === 'boolean' &&
    typeof t.cbs === 'object' &&
    t.cbs !== null
  );
}

/** Make a htmlparser2 Parser read `<![CDATA[` outside SVG and MathML as a bogus comment; returns whether it could. */
export function installHtmlCdata(parser: object): boolean {
  const tokenizer = (parser as { tokenizer?: unknown }).tokenizer;
  if (!hasStates(tokenizer)) return false;
  const beforeDeclaration = tokenizer.stateBeforeDeclaration;
  tokenizer.stateBeforeDeclaration = function (this: TokenizerStates, c: number): void {
    beforeDeclaration.call(this, c);
    if (c === OPEN_BRACKET && !this.xmlMode && this.cbs.isInForeignContext?.() !== true) this.stateCDATASequence(c);
  };
  return true;
}
