import { Parser } from 'htmlparser2';

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

/** What the parser found, with offsets the scanners use to say where a match sits. */
export interface ParsedPage {
  readonly resources: readonly PageResource[];
  /** `<meta http-equiv="Content-Security-Policy">` values. */
  readonly metaCsp: readonly string[];
  /** Inline `<script>` bodies as [start, end) offsets of the text. */
  readonly inlineScripts: ReadonlyArray<readonly [number, number]>;
  /** Start tags as [start, end) offsets: a match inside one is in an attribute. */
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

/** Parses the page with htmlparser2 (a real, forgiving HTML parser, not regular expressions). */
export function parsePage(html: string, pageUrl: URL, lines: LineIndex): ParsedPage {
  const resources: PageResource[] = [];
  const metaCsp: string[] = [];
  const inlineScripts: Array<[number, number]> = [];
  const tags: Array<[number, number]> = [];
  const comments: Array<[number, number]> = [];
  let base = pageUrl;
  let scriptText: [number, number] | undefined;
  let inScript = false;

  const add = (kind: ResourceKind, raw: string, offset: number, nonce?: string): void => {
    const value = raw.trim();
    if (value === '' || /^(javascript|data|blob|about|mailto|tel):/i.test(value)) return;
    try {
      const url = new URL(value, base);
      resources.push({ kind, url: url.href, line: lines.lineAt(offset), ...(nonce ? { nonce } : {}) });
    } catch {
      // an unparsable URL loads nothing
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const start = parser.startIndex;
        tags.push([start, parser.endIndex + 1]);
        if (name === 'base' && attribs['href']) {
          try {
            base = new URL(attribs['href'], pageUrl);
          } catch {
            // keep the page URL
          }
        }
        if (name === 'meta' && (attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy' && attribs['content']) metaCsp.push(attribs['content']);
        if (name === 'link') {
          const rel = (attribs['rel'] ?? '').toLowerCase().split(/\s+/);
          const kind: ResourceKind | undefined = rel.includes('stylesheet') ? 'stylesheet' : rel.includes('icon') ? 'icon' : (attribs['as'] ?? '') === 'script' ? 'script' : undefined;
          if (kind && attribs['href']) add(kind, attribs['href'], start);
        }
        for (const [attribute, kind] of LOADS[name] ?? []) {
          const value = attribs[attribute];
          if (value === undefined) continue;
          if (attribute === 'srcset') for (const candidate of value.split(',')) add(kind, candidate.trim().split(/\s+/)[0] ?? '', start);
          else add(kind, value, start, name === 'script' ? attribs['nonce'] : undefined);
        }
        // A form without action posts to the page itself: nothing to resolve.
        if (name === 'script' && attribs['src'] === undefined) inScript = true;
      },
      ontext(data) {
        if (!inScript) return;
        const start = parser.startIndex;
        scriptText = scriptText ? [scriptText[0], start + data.length] : [start, start + data.length];
      },
      onclosetag(name) {
        if (name !== 'script') return;
        if (inScript && scriptText) inlineScripts.push(scriptText);
        inScript = false;
        scriptText = undefined;
      },
      oncomment() {
        comments.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { resources, metaCsp, inlineScripts, tags, comments };
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
