import * as https from 'node:https';
import type { Upstream } from './faults.js';

/** An upstream that answers from fixed routes (a shop's pages); other paths get 404. */
export function routesUpstream(routes: Readonly<Record<string, { status?: number; headers?: Record<string, string>; body: string }>>): Upstream {
  return async ({ path }) => {
    const route = routes[path.split('?')[0]!];
    if (!route) return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not found') };
    return { status: route.status ?? 200, headers: { 'content-type': 'text/html; charset=utf-8', ...route.headers }, body: Buffer.from(route.body) };
  };
}

/** An upstream that forwards GETs (with their Authorization) to another HTTPS server, e.g. the API stand-in. */
export function proxyUpstream(baseUrl: string, caPem: string): Upstream {
  const agent = new https.Agent({ ca: caPem, keepAlive: false });
  return ({ method, path, headers }) =>
    new Promise((resolve, reject) => {
      const target = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
      const forwarded: Record<string, string> = {};
      for (const name of ['authorization', 'accept', 'user-agent', 'content-type']) {
        const v = headers[name];
        if (typeof v === 'string') forwarded[name] = v;
      }
      const req = https.request(target, { method, headers: forwarded, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 502, headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') }, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });
}
