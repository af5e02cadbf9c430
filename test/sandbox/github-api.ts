import * as http from 'node:http';
import { close, listenOnLoopback } from './net.js';

/** A stored issue comment, as GitHub's REST API returns it (the fields we read). */
export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string };
}

export interface GitHubRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
}

export interface GitHubStandIn {
  /** Pass as GITHUB_API_URL. */
  readonly apiUrl: string;
  /** Comments per `owner/repo#number`. */
  readonly comments: Map<string, StoredComment[]>;
  readonly requests: GitHubRequest[];
  /** A token allowed to write comments, and one that may only read (a fork's pull request). */
  readonly tokens: { readonly write: string; readonly readOnly: string };
  close(): Promise<void>;
}

/** GitHub's limit on a comment body, in characters. */
const BODY_LIMIT = 65_536;
const PAGE_MAX = 100;

/**
 * A stand-in for the few GitHub REST endpoints the PR comment uses (list, create, update issue
 * comments), over plain HTTP on loopback, with GitHub's pagination (Link headers), its 403 for a
 * read-only token and its 422 for a body over 65,536 characters.
 */
export async function startGitHubStandIn(options: { perPage?: number } = {}): Promise<GitHubStandIn> {
  const tokens = { write: 'ghs_sandboxWriteToken000000000000000000', readOnly: 'ghs_sandboxReadOnlyToken0000000000000000' };
  const comments = new Map<string, StoredComment[]>();
  const requests: GitHubRequest[] = [];
  let nextId = 1000;
  let base = '';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://github.local');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
        requests.push({ method: req.method ?? '?', path: url.pathname, status });
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
      };
      const token = /^(?:token|Bearer) (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (token !== tokens.write && token !== tokens.readOnly) return send(401, { message: 'Bad credentials' });
      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const write = req.method === 'POST' || req.method === 'PATCH';
      if (write && token === tokens.readOnly) return send(403, { message: 'Resource not accessible by integration' });
      let payload: { body?: unknown } = {};
      if (write) {
        try {
          payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return send(400, { message: 'Problems parsing JSON' });
        }
        if (typeof payload.body !== 'string') return send(422, { message: 'Validation Failed' });
        if (payload.body.length > BODY_LIMIT) return send(422, { message: 'Validation Failed', errors: [{ message: `body is too long (maximum is ${BODY_LIMIT} characters)` }] });
      }
      if (list && req.method === 'GET') {
        const all = comments.get(`${list[1]}/${list[2]}#${list[3]}`) ?? [];
        const perPage = Math.min(options.perPage ?? PAGE_MAX, Number(url.searchParams.get('per_page') ?? 30) || 30);
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < last) headers['link'] = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${base}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`;
        return send(200, all.slice((page - 1) * perPage, page * perPage), headers);
      }
      if (list && req.method === 'POST') {
        const key = `${list[1]}/${list[2]}#${list[3]}`;
        const id = nextId++;
        const comment: StoredComment = {
          id,
          body: payload.body as string,
          html_url: `https://github.local/${list[1]}/${list[2]}/pull/${list[3]}#issuecomment-${id}`,
          user: { login: 'github-actions[bot]' },
        };
        comments.set(key, [...(comments.get(key) ?? []), comment]);
        return send(201, comment);
      }
      if (one && req.method === 'PATCH') {
        for (const stored of comments.values()) {
          const found = stored.find((c) => c.id === Number(one[3]));
          if (found) {
            found.body = payload.body as string;
            return send(200, found);
          }
        }
        return send(404, { message: 'Not Found' });
      }
      send(404, { message: 'Not Found' });
    });
  });
  const { host, port } = await listenOnLoopback(server);
  base = `http://${host}:${port}`;
  return { apiUrl: base, comments, requests, tokens, close: () => close(server) };
}

/** Seeds a pull request with comments of other authors (to find ours among them). */
export function seedComments(standIn: GitHubStandIn, key: string, bodies: readonly string[]): void {
  const list = standIn.comments.get(key) ?? [];
  bodies.forEach((body, i) => list.push({ id: 1 + i + list.length, body, html_url: `https://github.local/${key}#c${i}`, user: { login: 'someone' } }));
  standIn.comments.set(key, list);
}
