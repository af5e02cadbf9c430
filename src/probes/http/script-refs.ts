/**
 * What a script asks the browser to load next, read from its text without running it: ES module
 * imports, `import()`, the bundlers' preload lists (Vite's `__vite__mapDeps` / `__vitePreload`
 * arrays) and webpack's chunk-URL function (`__webpack_require__.u` with its id → hash maps, as
 * in a Next.js export). Pure functions; every pattern is bounded so hostile text stays linear.
 */

/** How a reference was found in a script. */
export type ScriptRefVia = 'import' | 'dynamic-import' | 'vite-preload' | 'webpack-chunk';

export interface ScriptRef {
  readonly url: string;
  readonly via: ScriptRefVia;
  readonly line: number;
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]{0,2000}?\bfrom\s*)?(["'`])([^"'`\n\\$]{1,1000})\1/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(["'`])([^"'`\n\\$]{1,1000})\1\s*\)/g;
// Rolldown-era Vite writes strings with backticks; older Vite and webpack with quotes.
const VITE_MAP_DEPS = /__vite__mapDeps\s*=[^[]{0,300}\[((?:\s*["'`][^"'`\n]{1,500}["'`]\s*,?){1,2000})\]/g;
const VITE_INLINE_DEPS = /\bimport\s*\(\s*["'`][^"'`\n]{1,1000}["'`]\s*\)\s*,\s*\[((?:\s*["'`][^"'`\n]{1,500}["'`]\s*,?){1,500})\]/g;
const STRING = /["'`]([^"'`\n]{1,500})["'`]/g;
const SOURCE_MAP_URL = /\/\/[#@][ \t]+sourceMappingURL=([^\s'"]{1,4000})\s*$/;

/** Whether a URL path ends like JavaScript (chunks, not CSS or fonts). */
function isScriptPath(url: string): boolean {
  const path = url.split(/[?#]/)[0] ?? '';
  return /\.(?:m?js|cjs)$/i.test(path);
}

/** Resolves a specifier the way a browser would; bare names (`react`) load nothing without an import map. */
function resolveSpecifier(specifier: string, from: URL): string | undefined {
  if (!/^(?:\.{1,2}\/|\/|https?:\/\/)/i.test(specifier)) return undefined;
  try {
    return new URL(specifier, from).href;
  } catch {
    return undefined;
  }
}

/**
 * Vite lists preload deps relative to the app's base (`assets/x.js`), not to the chunk: the base is
 * the chunk's directory minus the dep's leading folders when they match, else the origin's root.
 */
function resolveViteDep(dep: string, from: URL): string | undefined {
  if (/^(?:\.{1,2}\/|\/|https?:\/\/)/i.test(dep)) return resolveSpecifier(dep, from);
  const depDir = dep.includes('/') ? dep.slice(0, dep.lastIndexOf('/') + 1) : '';
  const fromDir = from.pathname.slice(0, from.pathname.lastIndexOf('/') + 1);
  const base = depDir !== '' && fromDir.endsWith(`/${depDir}`) ? fromDir.slice(0, fromDir.length - depDir.length) : '/';
  try {
    return new URL(base + dep, from).href;
  } catch {
    return undefined;
  }
}

/** Every script URL `text` (fetched from `from`) refers to, deduplicated, in order of appearance. */
export function findScriptRefs(text: string, from: URL, lineAt: (offset: number) => number): ScriptRef[] {
  const refs: ScriptRef[] = [];
  const seen = new Set<string>();
  const push = (url: string | undefined, via: ScriptRefVia, offset: number): void => {
    if (url === undefined || seen.has(url) || !isScriptPath(url)) return;
    seen.add(url);
    refs.push({ url, via, line: lineAt(offset) });
  };
  for (const m of text.matchAll(STATIC_IMPORT)) {
    // `import.meta`, `import(`: not a static import.
    if (/^import\s*[.(]/.test(m[0])) continue;
    push(resolveSpecifier(m[2]!, from), 'import', m.index);
  }
  for (const m of text.matchAll(DYNAMIC_IMPORT)) push(resolveSpecifier(m[2]!, from), 'dynamic-import', m.index);
  for (const pattern of [VITE_MAP_DEPS, VITE_INLINE_DEPS]) {
    for (const m of text.matchAll(pattern)) for (const s of m[1]!.matchAll(STRING)) push(resolveViteDep(s[1]!, from), 'vite-preload', m.index);
  }
  for (const { url, offset } of webpackChunkUrls(text, from)) push(url, 'webpack-chunk', offset);
  return refs;
}

/** `//# sourceMappingURL=…` at the end of a script, resolved against it (a `data:` map stays as is). */
export function findSourceMapUrl(text: string, from: URL): string | undefined {
  const tail = text.slice(-5000);
  const m = SOURCE_MAP_URL.exec(tail);
  if (!m) return undefined;
  if (/^data:/i.test(m[1]!)) return m[1];
  return resolveSpecifier(m[1]!.startsWith('/') || /^https?:/i.test(m[1]!) ? m[1]! : `./${m[1]!.replace(/^\.\//, '')}`, from);
}

/** `X.u = e => "static/chunks/" + ({…}[e] || e) + "." + {…}[e] + ".js"` in its minified forms. */
const WEBPACK_U = /\.u\s*=\s*(?:function\s*\(\s*([\w$]+)\s*\)\s*\{\s*return\s*|\(?\s*([\w$]+)\s*\)?\s*=>\s*\(?)/g;
const WEBPACK_P = /\.p\s*=\s*(["'])([^"'\n]{0,300})\1/;

export type Part = { kind: 'const'; value: string } | { kind: 'id' } | { kind: 'map'; map: Map<string, string>; orId: boolean };

/** A webpack runtime's chunk-URL function: `publicPath + parts(id)`. */
export interface WebpackTemplate {
  readonly parts: readonly Part[];
  readonly base: string;
  readonly from: URL;
  readonly offset: number;
}

/** Every `.u` chunk-URL function in a webpack runtime, with its public path (`.p`, or the script's folder for `auto`). */
export function webpackTemplates(text: string, from: URL): WebpackTemplate[] {
  const out: WebpackTemplate[] = [];
  for (const m of text.matchAll(WEBPACK_U)) {
    const variable = m[1] ?? m[2]!;
    const parts = parseConcat(text, m.index + m[0].length, variable);
    if (parts === undefined || !parts.some((p) => p.kind !== 'const')) continue;
    const last = parts[parts.length - 1];
    if (last?.kind !== 'const' || !/\.m?js$/.test(last.value)) continue;
    const publicPath = WEBPACK_P.exec(text)?.[2];
    const base = publicPath !== undefined && publicPath !== 'auto' ? publicPath : from.pathname.slice(0, from.pathname.lastIndexOf('/') + 1);
    out.push({ parts, base, from, offset: m.index });
  }
  return out;
}

/** The chunk ids a template's own maps name. */
export function templateIds(template: WebpackTemplate): string[] {
  const ids = new Set<string>();
  for (const p of template.parts) if (p.kind === 'map' && !p.orId) for (const k of p.map.keys()) ids.add(k);
  if (ids.size === 0) for (const p of template.parts) if (p.kind === 'map') for (const k of p.map.keys()) ids.add(k);
  return [...ids];
}

/** The URL a template builds for one chunk id. */
export function expandTemplate(template: WebpackTemplate, id: string): string | undefined {
  let path = '';
  for (const p of template.parts) path += p.kind === 'const' ? p.value : p.kind === 'id' ? id : (p.map.get(id) ?? (p.orId ? id : 'undefined'));
  if (path.includes('undefined')) return undefined;
  try {
    return new URL(template.base + path, template.from).href;
  } catch {
    return undefined;
  }
}

const WEBPACK_E = /\b[A-Za-z_$][\w$]{0,3}\.e\(\s*(\d{1,9}|"[^"\n]{1,200}")\s*\)/g;

/** Chunk ids a script asks webpack to load (`__webpack_require__.e(26)`, minified `r.e(26)`). */
export function webpackChunkIds(text: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(WEBPACK_E)) {
    ids.add(m[1]!.replace(/^"|"$/g, ''));
    if (ids.size >= 500) break;
  }
  return [...ids];
}

/** Chunk URLs a webpack runtime can build from its own maps (ids named elsewhere are joined by the graph walk). */
export function webpackChunkUrls(text: string, from: URL): Array<{ url: string; offset: number }> {
  const out: Array<{ url: string; offset: number }> = [];
  for (const t of webpackTemplates(text, from)) {
    for (const id of templateIds(t).slice(0, 500)) {
      const url = expandTemplate(t, id);
      if (url !== undefined) out.push({ url, offset: t.offset });
    }
  }
  return out;
}

/** Reads `"a" + e + "." + {…}[e] + ".js"` from `start` up to the end of the expression (bounded). */
function parseConcat(text: string, start: number, variable: string): Part[] | undefined {
  const parts: Part[] = [];
  let i = start;
  const limit = Math.min(text.length, start + 200_000);
  const skipSpace = (): void => {
    while (i < limit && /\s/.test(text[i]!)) i++;
  };
  for (let n = 0; n < 20; n++) {
    skipSpace();
    const c = text[i];
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      if (end < 0 || end > limit) return undefined;
      parts.push({ kind: 'const', value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (text.startsWith(variable, i) && !/[\w$]/.test(text[i + variable.length] ?? '')) {
      parts.push({ kind: 'id' });
      i += variable.length;
    } else if (c === '{' || c === '(') {
      // `{…}[e]`, `({…})[e]`, `({…}[e] || e)`, `(({…})[e] || e)`
      const open = text.indexOf('{', i);
      const close = open < 0 ? -1 : text.indexOf('}', open);
      if (open < 0 || close < 0 || close > limit || open - i > 2) return undefined;
      const map = new Map<string, string>();
      for (const e of text.slice(open + 1, close).matchAll(/(?:^|,)\s*(?:([\w$]+)|"([^"]*)"|'([^']*)')\s*:\s*(?:"([^"]*)"|'([^']*)')/g)) map.set(e[1] ?? e[2] ?? e[3]!, e[4] ?? e[5]!);
      i = close + 1;
      while (i < limit && text[i] === ')') i++;
      skipSpace();
      const index = `[${variable}]`;
      if (!text.startsWith(index, i)) return undefined;
      i += index.length;
      skipSpace();
      let orId = false;
      if (text.startsWith('||', i)) {
        i += 2;
        skipSpace();
        if (!text.startsWith(variable, i)) return undefined;
        i += variable.length;
        orId = true;
      }
      while (i < limit && /[\s)]/.test(text[i]!)) i++;
      parts.push({ kind: 'map', map, orId });
    } else return undefined;
    skipSpace();
    if (text[i] === '+') {
      i++;
      continue;
    }
    return parts;
  }
  return parts;
}
