import * as http from 'node:http';
import { close, listenOnLoopback } from './net.js';

/** A stored issue comment, as GitHub's REST API returns it (the fields we read). */
export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: 'User' | 'Bot' };
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
  /**
   * `write`: an installation token like GITHUB_TOKEN (comments as github-actions[bot], may not
   * call GET /user); `pat`: a person's token (GET /user answers, comments as that user);
   * `readOnly`: a fork's pull request token.
   */
  readonly tokens: { readonly write: string; readonly pat: string; readonly readOnly: string };
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
export async function startGitHubStandIn(options: { perPage?: number; createDelayMs?: number } = {}): Promise<GitHubStandIn> {
  const tokens = { write: 'ghs_sandboxWriteToken000000000000000000', pat: 'ghp_sandboxPersonalToken00000000000000', readOnly: 'ghs_sandboxReadOnlyToken0000000000000000' };
  const authorOf = (token: string): StoredComment['user'] => (token === tokens.pat ? { login: 'merchant-dev', type: 'User' } : { login: 'github-actions[bot]', type: 'Bot' });
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
      if (token !== tokens.write && token !== tokens.pat && token !== tokens.readOnly) return send(401, { message: 'Bad credentials' });
      if (url.pathname === '/user' && req.method === 'GET') {
        // Installation tokens (GITHUB_TOKEN) may not read /user, as on GitHub.
        return token === tokens.pat ? send(200, { login: 'merchant-dev', type: 'User' }) : send(403, { message: 'Resource not accessible by integration' });
      }
      const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
      const write = req.method === 'POST' || req.method === 'PATCH';
      if ((write || req.method === 'DELETE') && token === tokens.readOnly) return send(403, { message: 'Resource not accessible by integration' });
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
        if (options.createDelayMs && !(req as { delayed?: boolean }).delayed) {
          // Racing runs: both have listed before either comment exists.
          (req as { delayed?: boolean }).delayed = true;
          setTimeout(() => req.emit('end'), options.createDelayMs);
          return;
        }
        const key = `${list[1]}/${list[2]}#${list[3]}`;
        const id = nextId++;
        const comment: StoredComment = {
          id,
          body: payload.body as string,
          html_url: `https://github.local/${list[1]}/${list[2]}/pull/${list[3]}#issuecomment-${id}`,
          user: authorOf(token),
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
      if (one && req.method === 'DELETE') {
        for (const [key, stored] of comments) {
          const found = stored.find((c) => c.id === Number(one[3]));
          if (found) {
            comments.set(
              key,
              stored.filter((c) => c !== found),
            );
            requests.push({ method: 'DELETE', path: url.pathname, status: 204 });
            return res.writeHead(204).end();
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
export function seedComments(standIn: GitHubStandIn, key: string, bodies: readonly string[], user: StoredComment['user'] = { login: 'someone', type: 'User' }): void {
  const list = standIn.comments.get(key) ?? [];
  // Ids unique across pull requests (under the stand-in's own, which start at 1000), as GitHub's are.
  const taken = [...standIn.comments.values()].flat().filter((c) => c.id < 1000).length;
  bodies.forEach((body, i) => list.push({ id: 1 + taken + i, body, html_url: `https://github.local/${key}#c${i}`, user }));
  standIn.comments.set(key, list);
}
