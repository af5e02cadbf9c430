import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';

/** How a resource is used by the page: active content can rewrite it, passive content only shows. */
export type ResourceKind = 'script' | 'iframe' | 'stylesheet' | 'form' | 'object' | 'embed' | 'image' | 'media' | 'icon' | 'link';

/** A URL the page refers to, resolved against the page (or its `<base>`). */
export interface PageResource {
  readonly kind: ResourceKind;
  readonly url: string;
  readonly line: number;
  /** The `nonce` attribute of a script, for CSP matching. */
  readonly nonce?: string;
}

/** How the HTML asks for a script: a classic tag, a module tag, or a preload hint. */
export type ScriptTagVia = 'script' | 'module' | 'modulepreload' | 'preload';

/** One script the HTML names: a `<script>` (external or inline) or a `<link>` that preloads one. */
export interface ScriptElement {
  readonly via: ScriptTagVia;
  /** Absolute URL of an external script. */
  readonly src?: string;
  /** [start, end) offsets of an inline script's exact text (what CSP hashes). */
  readonly inline?: readonly [number, number];
  readonly line: number;
  /** The `type` attribute as written, or null. */
  readonly type: string | null;
  /** JavaScript a browser runs (classic or module), not a data block such as application/json. */
  readonly executable: boolean;
  readonly integrity: string | null;
  readonly nonce: string | null;
}

/** What the parser found, with offsets the scanners use to say where a match sits. */
export interface ParsedPage {
  readonly resources: readonly PageResource[];
  /** Every script element and script preload, in document order. */
  readonly scriptElements: readonly ScriptElement[];
  /** `<meta http-equiv="Content-Security-Policy">` values. */
  readonly metaCsp: readonly string[];
  /** Inline event handlers (`onclick=…`) and `javascript:` URLs: what CSP blocks without 'unsafe-inline' (or 'unsafe-hashes'). */
  readonly inlineHandlers: { readonly count: number; readonly firstLine: number | null };
  /** Inline `<script>` bodies as [start, end) offsets of the text, sorted. */
  readonly inlineScripts: ReadonlyArray<readonly [number, number]>;
  /** Start tags as [start, end) offsets, sorted: a match inside one is in an attribute. */
  readonly tags: ReadonlyArray<readonly [number, number]>;
  readonly comments: ReadonlyArray<readonly [number, number]>;
}

/** Attributes that load something, per element, and how the load counts. */
const LOADS: Readonly<Record<string, ReadonlyArray<readonly [string, ResourceKind]>>> = {
  script: [['src', 'script']],
  iframe: [['src', 'iframe']],
  frame: [['src', 'iframe']],
  form: [['action', 'form']],
  object: [['data', 'object']],
  embed: [['src', 'embed']],
  img: [
    ['src', 'image'],
    ['srcset', 'image'],
  ],
  audio: [['src', 'media']],
  video: [
    ['src', 'media'],
    ['poster', 'image'],
  ],
  source: [
    ['src', 'media'],
    ['srcset', 'image'],
  ],
  track: [['src', 'media']],
  a: [['href', 'link']],
  button: [['formaction', 'form']],
  input: [
    ['formaction', 'form'],
    ['src', 'image'],
  ],
};

/** Script `type`s a browser executes (HTML §4.12.1.1: a JavaScript MIME type essence, or `module`). */
const JS_TYPES = /^(?:|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|text\/javascript1\.[0-5]|module)$/;

/**
 * Reads the page with htmlparser2's tokenizer (a real HTML tokenizer: raw-text script bodies,
 * comments, entities in attributes). The tree builder is left out on purpose: nothing here needs
 * the tree, and its open-element stack makes hostile markup (200,000 unclosed `<div>`s) quadratic.
 */
export function parsePage(html: string, pageUrl: URL, lines: LineIndex): ParsedPage {
  const resources: PageResource[] = [];
  const scriptElements: ScriptElement[] = [];
  const metaCsp: string[] = [];
  const inlineScripts: Array<[number, number]> = [];
  const tags: Array<[number, number]> = [];
  const comments: Array<[number, number]> = [];
  let handlers = 0;
  let firstHandlerLine: number | null = null;
  let base = pageUrl;
  let baseSet = false;

  // The tag being read.
  let tagName = '';
  let tagStart = 0;
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';
  // An open inline script: where its text starts, and the element to finish.
  let openScript: { textStart: number; element: Omit<ScriptElement, 'inline'> } | undefined;

  const resolve = (raw: string): string | undefined => {
    const value = raw.trim();
    if (value === '' || /^(javascript|data|blob|about|mailto|tel):/i.test(value)) return undefined;
    try {
      return new URL(value, base).href;
    } catch {
      return undefined; // an unparsable URL loads nothing
    }
  };
  const add = (kind: ResourceKind, raw: string, offset: number, nonce?: string): void => {
    const url = resolve(raw);
    if (url !== undefined) resources.push({ kind, url, line: lines.lineAt(offset), ...(nonce ? { nonce } : {}) });
  };
  const handler = (offset: number): void => {
    handlers++;
    firstHandlerLine ??= lines.lineAt(offset);
  };

  const openTag = (end: number): void => {
    tags.push([tagStart, end + 1]);
    const name = tagName;
    const a = attribs;
    for (const [key, value] of Object.entries(a)) {
      if (key.startsWith('on') && key.length > 2) handler(tagStart);
      else if ((key === 'href' || key === 'src' || key === 'action' || key === 'formaction') && /^\s*javascript:/i.test(value)) handler(tagStart);
    }
    // Only the first <base href> counts (HTML §4.2.3).
    if (name === 'base' && a['href'] && !baseSet) {
      baseSet = true;
      try {
        base = new URL(a['href'], pageUrl);
      } catch {
        // keep the page URL
      }
    }
    if (name === 'meta' && (a['http-equiv'] ?? '').trim().toLowerCase() === 'content-security-policy' && a['content']) metaCsp.push(a['content']);
    if (name === 'link') {
      const rel = (a['rel'] ?? '').toLowerCase().split(/\s+/);
      const as = (a['as'] ?? '').trim().toLowerCase();
      const preload = rel.includes('modulepreload') ? 'modulepreload' : rel.includes('preload') && as === 'script' ? 'preload' : undefined;
      const kind: ResourceKind | undefined = rel.includes('stylesheet') ? 'stylesheet' : rel.includes('icon') ? 'icon' : preload ? 'script' : undefined;
      if (kind && a['href']) add(kind, a['href'], tagStart);
      const src = preload && a['href'] ? resolve(a['href']) : undefined;
      if (preload && src) scriptElements.push({ via: preload, src, line: lines.lineAt(tagStart), type: null, executable: true, integrity: a['integrity'] ?? null, nonce: a['nonce'] ?? null });
    }
    for (const [attribute, kind] of LOADS[name] ?? []) {
      const value = a[attribute];
      if (value === undefined) continue;
      if (attribute === 'srcset') for (const candidate of value.split(',')) add(kind, candidate.trim().split(/\s+/)[0] ?? '', tagStart);
      else add(kind, value, tagStart, name === 'script' ? a['nonce'] : undefined);
    }
    if (name === 'script') {
      const type = a['type'] ?? null;
      const essence = (type ?? '').split(';')[0]!.trim().toLowerCase();
      const element = {
        via: essence === 'module' ? ('module' as const) : ('script' as const),
        line: lines.lineAt(tagStart),
        type,
        executable: JS_TYPES.test(essence),
        integrity: a['integrity'] ?? null,
        nonce: a['nonce'] ?? null,
      };
      // A script with src runs the file, never its text (HTML §4.12.1).
      if (a['src'] !== undefined) {
        const src = resolve(a['src']);
        if (src !== undefined) scriptElements.push({ ...element, src });
      } else openScript = { textStart: end + 1, element };
    }
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      tagStart = start - 1;
      attribs = {};
    },
    onattribname(start, end) {
      attribName = html.slice(start, end).toLowerCase();
      attribValue = '';
    },
    onattribdata(start, end) {
      attribValue += html.slice(start, end);
    },
    onattribentity(codepoint) {
      attribValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (!Object.hasOwn(attribs, attribName)) attribs[attribName] = attribValue;
      attribValue = '';
    },
    onopentagend(end) {
      openTag(end);
    },
    onselfclosingtag(end) {
      openTag(end); // HTML ignores the slash: `<script src=x />` still opens a script
    },
    onclosetag(start, end) {
      if (openScript && html.slice(start, end).toLowerCase() === 'script') finishScript(start - 2);
    },
    oncomment(start, end) {
      comments.push([start - 4, end + 1]);
    },
    oncdata(start, end) {
      comments.push([start - 9, end + 1]);
    },
    ontext() {},
    ontextentity() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      if (openScript) finishScript(html.length); // an unclosed script runs to the end of the document
    },
  };
  const finishScript = (textEnd: number): void => {
    const range: [number, number] = [openScript!.textStart, Math.max(openScript!.textStart, textEnd)];
    if (openScript!.element.executable) inlineScripts.push(range);
    scriptElements.push({ ...openScript!.element, inline: range });
    openScript = undefined;
  };

  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
  return { resources, scriptElements, metaCsp, inlineHandlers: { count: handlers, firstLine: firstHandlerLine }, inlineScripts, tags, comments };
}

/** Offsets to 1-based line numbers. */
export interface LineIndex {
  lineAt(offset: number): number;
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    lineAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
  };
}

/** Whether `offset` falls in one of `ranges` (sorted, non-overlapping [start, end) pairs): a binary search, so scans stay linear-ish. */
export function inRanges(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid]!;
    if (offset < start) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return true;
  }
  return false;
}
