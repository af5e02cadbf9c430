import { toProbeError } from '../outcome.js';
import { fetchOnce } from './fetch.js';
import { eachLimited, mb, sameOrigin } from './graph-util.js';
import type { GraphScript, GraphWalk, SourceMapScan } from './graph-types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Reads the public source maps the scripts name (same-origin or inline `data:`), for the token scan only. */
export async function readSourceMaps(scripts: Array<Mutable<GraphScript>>, walk: GraphWalk): Promise<void> {
  const { limits } = walk;
  let spent = 0;
  let count = 0;
  const withMaps = scripts.filter((s) => s.sourceMap !== undefined);
  await eachLimited(withMaps, limits.concurrency, async (node) => {
    const map = node.sourceMap as Mutable<SourceMapScan>;
    const room = limits.maxSourceMapBytes - spent;
    if (count >= limits.maxSourceMaps || room <= 0) {
      map.unread = { reason: count >= limits.maxSourceMaps ? 'count' : 'bytes', detail: `source map bounds reached (${limits.maxSourceMaps} maps, ${mb(limits.maxSourceMapBytes)})` };
      return;
    }
    count++;
    let body: Buffer;
    if (map.url.startsWith('data:')) {
      const m = /^data:[^,]*?(;base64)?,(.*)$/is.exec(map.url);
      body = m ? (m[1] ? Buffer.from(m[2]!, 'base64') : Buffer.from(decodeURIComponent(m[2]!))) : Buffer.alloc(0);
      map.url = 'data:';
      if (body.length > room) {
        map.unread = { reason: 'bytes', detail: `inline map larger than the ${mb(limits.maxSourceMapBytes)} left` };
        return;
      }
    } else {
      if (!sameOrigin(map.url, walk.pageUrl.origin)) {
        map.unread = { reason: 'cross-origin', detail: 'another origin: not fetched' };
        return;
      }
      const refused = walk.refuse?.(new URL(map.url));
      if (refused !== undefined) {
        map.unread = { reason: 'blocked', detail: refused };
        return;
      }
      try {
        const got = await fetchOnce(new URL(map.url), {
          signal: walk.budget.signalWithin(limits.requestTimeoutMs),
          maxBytes: Math.min(room, limits.maxScriptBytes),
          dispatcher: walk.agent,
          accept: 'application/json, */*',
        });
        map.status = got.status;
        if (got.status < 200 || got.status > 299) {
          map.unread = { reason: 'status', detail: `answered HTTP ${got.status} (not public: nothing to scan)` };
          return;
        }
        if (got.truncated) {
          spent += got.body.length;
          map.bytes = got.body.length;
          map.unread = { reason: 'bytes', detail: `larger than the ${mb(Math.min(room, limits.maxScriptBytes))} left for source maps` };
          return;
        }
        body = got.body;
      } catch (error) {
        map.unread = { reason: 'error', detail: toProbeError(error, `GET ${map.url}`).message };
        return;
      }
    }
    spent += body.length;
    map.bytes = body.length;
    let parsed: { sources?: unknown; sourcesContent?: unknown };
    try {
      parsed = JSON.parse(body.toString('utf8').replace(/^\)\]\}'[^\n]*\n/, '')) as typeof parsed;
    } catch {
      map.unread = { reason: 'unparsable', detail: 'not a JSON source map' };
      return;
    }
    const names = Array.isArray(parsed.sources) ? parsed.sources : [];
    const contents = Array.isArray(parsed.sourcesContent) ? parsed.sourcesContent : [];
    const sources = contents.flatMap((content, i) => (typeof content === 'string' ? [{ name: typeof names[i] === 'string' ? (names[i] as string) : `#${i}`, content }] : []));
    map.sources = sources.length;
    walk.visitor.sourceMap(map.url === 'data:' ? `${node.url} (inline source map)` : map.url, sources);
  });
}
