import { createHash } from 'node:crypto';
import { toProbeError } from '../outcome.js';
import { fetchOnce, type Fetched } from './fetch.js';
import type { GraphScript, GraphWalk, ScriptGraph, ScriptHashes } from './graph-types.js';
import { eachLimited, excerptOf, mb, sameOrigin } from './graph-util.js';
import { indexLines } from './html.js';
import { expandTemplate, findScriptRefs, findSourceMapUrl, webpackChunkIds, webpackTemplates, type WebpackTemplate } from './script-refs.js';
import { readSourceMaps } from './source-maps.js';

/** The script graph's evidence types (documented there) and the runtime join are part of this module's interface. */
export * from './graph-types.js';
export { type RuntimeScriptRequest, withRuntimeScripts } from './runtime-scripts.js';

/** SRI-format hashes of bytes (or of a string's UTF-8). */
export function sriHashes(data: Buffer | string): ScriptHashes {
  const of = (algorithm: 'sha256' | 'sha384' | 'sha512'): string => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;
  return { sha256: of('sha256'), sha384: of('sha384'), sha512: of('sha512') };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Builds the script graph of a parsed page, reading same-origin scripts breadth-first within the limits. */
export async function walkScriptGraph(walk: GraphWalk): Promise<ScriptGraph> {
  const { html, page, pageUrl, limits } = walk;
  const scripts: Array<Mutable<GraphScript>> = [];
  const byUrl = new Map<string, Mutable<GraphScript>>();
  const origin = pageUrl.origin;
  const addExternal = (url: string, fields: Omit<GraphScript, 'url' | 'sameOrigin'>): Mutable<GraphScript> | undefined => {
    if (byUrl.has(url)) return undefined;
    const node: Mutable<GraphScript> = { url, sameOrigin: sameOrigin(url, origin), ...fields };
    if (!node.sameOrigin) node.unread = { reason: 'cross-origin', detail: 'another origin: named, not fetched' };
    byUrl.set(url, node);
    scripts.push(node);
    return node;
  };

  for (const element of page.scriptElements) {
    const common = {
      foundBy: 'html' as const,
      via: element.via,
      from: pageUrl.href,
      line: element.line,
      module: element.via === 'module' || element.via === 'modulepreload',
      executable: element.executable,
      integrity: element.integrity,
      nonce: element.nonce,
    };
    if (element.src !== undefined) {
      addExternal(element.src, common);
      continue;
    }
    const [start, end] = element.inline!;
    const text = html.slice(start, end);
    scripts.push({ url: null, sameOrigin: true, ...common, inline: { line: element.line, length: text.length, excerpt: excerptOf(walk.redact(text)) }, hashes: sriHashes(text) });
  }

  let bytesRead = 0;
  let readCount = 0;
  // Webpack's chunk-URL function and the chunk ids (r.e(26)) usually live in different files: join them.
  const templates: WebpackTemplate[] = [];
  const chunkIds = new Set<string>();
  let level = scripts.filter((s) => s.url !== null && s.sameOrigin);
  while (level.length > 0) {
    const next: Array<Mutable<GraphScript>> = [];
    await eachLimited(level, limits.concurrency, async (node) => {
      if (walk.budget.remainingMs() <= 0) {
        node.unread = { reason: 'deadline', detail: 'the run budget ended first' };
        return;
      }
      if (readCount >= limits.maxScripts) {
        node.unread = { reason: 'count', detail: `more than ${limits.maxScripts} same-origin scripts` };
        return;
      }
      const room = Math.min(limits.maxScriptBytes, limits.maxBytes - bytesRead);
      if (room <= 0) {
        node.unread = { reason: 'bytes', detail: `the ${mb(limits.maxBytes)} script budget was spent` };
        return;
      }
      readCount++;
      const url = new URL(node.url!);
      const refused = walk.refuse?.(url);
      if (refused !== undefined) {
        node.unread = { reason: 'blocked', detail: refused };
        return;
      }
      let got: Fetched;
      try {
        got = await fetchOnce(url, { signal: walk.budget.signalWithin(limits.requestTimeoutMs), maxBytes: room, dispatcher: walk.agent, accept: '*/*' });
      } catch (error) {
        node.unread = { reason: walk.budget.remainingMs() <= 0 ? 'deadline' : 'error', detail: toProbeError(error, `GET ${node.url}`).message };
        return;
      }
      const contentType = got.headers['content-type'] ?? null;
      // Past the whole budget (concurrent reads overshoot it): keep only what fits.
      const body = bytesRead + got.body.length > limits.maxBytes ? got.body.subarray(0, Math.max(0, limits.maxBytes - bytesRead)) : got.body;
      bytesRead += body.length;
      const truncated = got.truncated || body.length < got.body.length;
      node.read = { status: got.status, bytes: body.length, encoding: got.encoding, contentType, truncated };
      if (got.status >= 300 && got.status < 400) {
        node.unread = { reason: 'status', detail: `answered ${got.status} (a redirect: a script URL should not move)` };
        return;
      }
      if (got.status < 200 || got.status > 299) {
        node.unread = { reason: 'status', detail: `answered HTTP ${got.status}` };
        return;
      }
      if (got.decodeError !== undefined) node.unread = { reason: 'error', detail: got.decodeError };
      else if (truncated)
        node.unread = {
          reason: 'bytes',
          detail:
            body.length < got.body.length || got.body.length < limits.maxScriptBytes ? `cut at the ${mb(limits.maxBytes)} script budget` : `larger than ${mb(limits.maxScriptBytes)}: read in part`,
        };
      else node.hashes = sriHashes(body);
      if (contentType !== null && /\b(?:text\/html|application\/xhtml)/i.test(contentType)) {
        node.unread = { reason: 'not-script', detail: `answered ${contentType.split(';')[0]}, not a script` };
        return;
      }
      const text = body.toString('utf8');
      walk.visitor.script(node.url!, text);
      const lines = indexLines(text);
      for (const ref of findScriptRefs(text, url, (o) => lines.lineAt(o))) {
        const child = addExternal(ref.url, {
          foundBy: ref.via === 'import' || ref.via === 'dynamic-import' ? 'import' : 'preload-map',
          via: ref.via,
          from: node.url!,
          line: ref.line,
          module: ref.via !== 'webpack-chunk',
          executable: true,
          integrity: null,
          nonce: null,
        });
        if (child?.sameOrigin) next.push(child);
      }
      templates.push(...webpackTemplates(text, url));
      for (const id of webpackChunkIds(text)) if (chunkIds.size < 500) chunkIds.add(id);
      const mapUrl = findSourceMapUrl(text, url);
      const header = got.headers['sourcemap'] ?? got.headers['x-sourcemap'];
      if (header !== undefined) {
        try {
          node.sourceMap = { url: new URL(header.trim(), url).href, from: 'header', bytes: 0, sources: 0 };
        } catch {
          // an unusable header names nothing
        }
      }
      if (node.sourceMap === undefined && mapUrl !== undefined) node.sourceMap = { url: mapUrl, from: 'comment', bytes: 0, sources: 0 };
    });
    for (const t of templates) {
      for (const id of chunkIds) {
        const chunkUrl = expandTemplate(t, id);
        if (chunkUrl === undefined || !/\.m?js(?:$|\?)/.test(chunkUrl)) continue;
        const child = addExternal(chunkUrl, { foundBy: 'preload-map', via: 'webpack-chunk', from: t.from.href, line: 0, module: false, executable: true, integrity: null, nonce: null });
        if (child?.sameOrigin) next.push(child);
      }
    }
    level = next;
  }
  await readSourceMaps(scripts, walk);
  // A URL that answered 404 or an HTML fallback is not code a browser runs either: nothing missed there.
  const complete = scripts.every((s) => s.url === null || !s.sameOrigin || !s.executable || s.unread === undefined || s.unread.reason === 'status' || s.unread.reason === 'not-script');
  return { scripts, limits, bytesRead, complete };
}
