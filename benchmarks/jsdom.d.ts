/**
 * The small part of jsdom's API that benchmarks/peers/ uses. jsdom ships no type declarations and
 * @types/jsdom pulls the DOM lib into the whole program (src/ is deliberately typed without it), so
 * the benchmark declares only what it calls. jsdom is a devDependency used only by `eval --peers`.
 */
declare module 'jsdom' {
  /** A DOM node as the peer runner walks it (no DOM lib in this project's type checking). */
  export interface JsdomNode {
    readonly nodeType: number;
    readonly nodeName: string;
    readonly nodeValue: string | null;
    readonly textContent: string | null;
    readonly childNodes: ArrayLike<JsdomNode>;
  }

  export interface JsdomDocument extends JsdomNode {
    /** The encoding jsdom decoded the bytes with (WHATWG name, e.g. "GBK", "windows-1252"). */
    readonly characterSet: string;
  }

  export class VirtualConsole {
    constructor();
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export interface ConstructorOptions {
    contentType?: string;
    url?: string;
    virtualConsole?: VirtualConsole;
  }

  export class JSDOM {
    constructor(html?: string | Uint8Array, options?: ConstructorOptions);
    readonly window: { readonly document: JsdomDocument; close(): void };
  }
}
