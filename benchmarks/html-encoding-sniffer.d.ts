/**
 * html-encoding-sniffer (jsdom's own charset sniffing, the HTML spec's algorithm: BOM, else a
 * `<meta>` charset within the first 1024 bytes, else the default) ships no type declarations; the
 * Defuddle peer (benchmarks/peers/defuddle.ts) uses only this call.
 */
declare module 'html-encoding-sniffer' {
  /** The WHATWG name of the encoding (e.g. "UTF-8", "GBK", "windows-1252"). */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: { defaultEncoding?: string; transportLayerEncodingLabel?: string; xml?: boolean }): string;
}
