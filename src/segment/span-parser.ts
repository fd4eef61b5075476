import { decodeHTML } from 'entities';
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/**
 * htmlparser2's Parser with exact spans for text and open tags.
 *
 * The Parser's `startIndex` is "one past the previous event", and an end tag with junk after its
 * name (`</div foo="bar">`, `</u</a>`) is reported when the name ends, before its `>`: so the
 * text or tag right after such an end tag gets a start inside it. The tokenizer passes the true
 * start to `ontext` and `onopentagname`; this subclass keeps it.
 *
 * Two more quirks of htmlparser2 12 are mended here:
 * - at the end of the input, the junk after an unterminated end tag's name (`</a b`) is emitted
 *   as text with a start of -1; a browser drops it, and so do we;
 * - in RCDATA (`<title>`, `<textarea>`) a character reference right after a `<` is left raw
 *   (`a<&amp;b`); raw chunks there are decoded again (`rcdataText`).
 */
export class SpanParser extends Parser {
  /** Offset of the first character of the text chunk being reported. */
  textStart = 0;
  /** Offset of the `<` of the open tag being reported. */
  tagStart = 0;
  /** Whether the chunk being reported is a raw slice of the input (not a decoded reference). */
  rawText = false;

  constructor(
    private readonly source: string,
    cbs: Partial<Handler>,
    options: ParserOptions,
  ) {
    super(cbs, options);
  }

  override ontext(start: number, endIndex: number): void {
    if (start < 0) return;
    this.textStart = start;
    this.rawText = true;
    super.ontext(start, endIndex);
  }

  override ontextentity(cp: number, endIndex: number): void {
    // a reference is at most a few dozen characters and starts with its only `&`
    this.textStart = Math.max(0, this.source.lastIndexOf('&', endIndex - 1));
    this.rawText = false;
    super.ontextentity(cp, endIndex);
  }

  override onopentagname(start: number, endIndex: number): void {
    this.tagStart = Math.max(0, start - 1);
    super.onopentagname(start, endIndex);
  }
}

/** Text of an RCDATA chunk as a browser reads it: raw chunks may still hold references. */
export function rcdataText(text: string, raw: boolean): string {
  return raw && text.includes('&') ? decodeHTML(text) : text;
}
