import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { close, listen } from '../sandbox/net.js';

/** One answer of a test site. */
export interface SiteAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  readonly body?: string | Buffer;
  /** Send the body as is, never compressed (e.g. to send a hand-made encoding). */
  readonly raw?: boolean;
}

/** Path (without query) → answer; a path not listed answers 404. */
export type SiteRoutes = Readonly<Record<string, SiteAnswer>>;

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Every file under `dir` as routes under `prefix` (`index.html` also answers its folder). */
export function routesFromDir(dir: string, prefix = '/', headers: Readonly<Record<string, string>> = {}): Record<string, SiteAnswer> {
  const routes: Record<string, SiteAnswer> = {};
  const walk = (sub: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else {
        const body = fs.readFileSync(path.join(dir, rel));
        const type = TYPES[path.extname(entry.name)] ?? 'application/octet-stream';
        const answer = { headers: { 'content-type': type, ...(type.startsWith('text/html') ? headers : {}) }, body };
        routes[path.posix.join(prefix, rel)] = answer;
        if (entry.name === 'index.html') routes[path.posix.join(prefix, sub) + (sub === '' ? '' : '/')] = answer;
      }
    }
  };
  walk('');
  return routes;
}

export interface SiteSpec {
  /** DNS name (in a test world) or loopback address. */
  readonly host: string;
  /** Address to listen on. */
  readonly address: string;
  readonly routes: SiteRoutes;
  /** Certificate chain (leaf first) and key for this host. */
  readonly certChain: string;
  readonly key: string;
  /** Also answer plain http on port 80 with the same routes. */
  readonly plainHttp?: boolean;
}

export interface RunningSites {
  /** Every request seen, as `host path`. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * HTTPS sites on port 443, one per address, that compress as real servers do: br or gzip when the
 * client offers it and the body is text of some size (CDNs do this unasked for pre-compressed objects).
 */
export async function startSites(specs: readonly SiteSpec[]): Promise<RunningSites> {
  const requests: string[] = [];
  const servers: Array<https.Server | http.Server> = [];
  for (const spec of specs) {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
      const p = (req.url ?? '/').split('?')[0]!;
      requests.push(`${spec.host} ${req.url}`);
      const answer = spec.routes[p];
      if (!answer) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const headers: Record<string, string | readonly string[]> = { 'content-type': 'text/html; charset=utf-8', ...answer.headers };
      let body = answer.body === undefined ? Buffer.alloc(0) : Buffer.from(answer.body);
      const offered = String(req.headers['accept-encoding'] ?? '');
      const type = String(headers['content-type']);
      if (!answer.raw && body.length > 512 && /text|javascript|json/.test(type) && headers['content-encoding'] === undefined) {
        if (/\bbr\b/.test(offered)) {
          body = brotliCompressSync(body);
          headers['content-encoding'] = 'br';
        } else if (/\bgzip\b/.test(offered)) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
        }
        headers['vary'] = 'accept-encoding';
      }
      res.writeHead(answer.status ?? 200, headers as http.OutgoingHttpHeaders).end(body);
    };
    const secure = https.createServer({ cert: spec.certChain, key: spec.key }, handler);
    await listen(secure, spec.address, 443);
    servers.push(secure);
    if (spec.plainHttp) {
      const { createServer } = await import('node:http');
      const plain = createServer(handler);
      await listen(plain, spec.address, 80);
      servers.push(plain);
    }
  }
  return { requests, close: () => Promise.all(servers.map((s) => close(s))).then(() => undefined) };
}
