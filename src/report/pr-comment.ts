import { createHash } from 'node:crypto';
import * as fs from 'node:fs';

/** The pull request a run belongs to. */
export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

/** Events whose payload names a pull request we may comment on. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request of this run, from the runner's environment (GITHUB_EVENT_NAME,
 * GITHUB_EVENT_PATH, GITHUB_REPOSITORY), or undefined when the run is not for one.
 */
export function pullRequestFromEnv(env: Readonly<Record<string, string | undefined>>): PullRequestRef | undefined {
  if (!PULL_REQUEST_EVENTS.has(env['GITHUB_EVENT_NAME'] ?? '')) return undefined;
  let payload: { number?: unknown; pull_request?: { number?: unknown }; repository?: { full_name?: unknown } };
  try {
    payload = JSON.parse(fs.readFileSync(env['GITHUB_EVENT_PATH'] ?? '', 'utf8'));
  } catch {
    return undefined;
  }
  const number = Number(payload.pull_request?.number ?? payload.number);
  const fullName = env['GITHUB_REPOSITORY'] || (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : '');
  const [owner, repo] = fullName.split('/');
  if (!owner || !repo || !Number.isInteger(number) || number <= 0) return undefined;
  return { owner, repo, number };
}

/**
 * The hidden line that finds our comment again. Keyed by the site, so a matrix over several
 * storefronts keeps one comment per storefront instead of overwriting one.
 */
export function stickyMarker(siteUrl: string): string {
  let key = siteUrl;
  try {
    const u = new URL(siteUrl);
    key = `${u.host}${u.pathname}`;
  } catch {
    // keep the raw value: it still identifies the run's site
  }
  return `<!-- mercadopago-readiness:sticky:${createHash('sha256').update(key).digest('hex').slice(0, 16)} -->`;
}

/** GitHub refuses comment bodies over 65,536 characters; leave room for the marker. */
export const COMMENT_LIMIT_BYTES = 60 * 1024;

export type CommentOutcome =
  | { readonly ok: true; readonly action: 'created' | 'updated'; readonly id: number; readonly url: string }
  | { readonly ok: false; readonly status: number | null; readonly message: string };

export interface UpsertOptions {
  readonly token: string;
  /** GITHUB_API_URL (GitHub Enterprise, or a local stand-in in tests). */
  readonly apiUrl: string;
  readonly pr: PullRequestRef;
  readonly marker: string;
  /** The full body; it must start with the marker. */
  readonly body: string;
  readonly timeoutMs?: number;
}

/**
 * Creates the sticky comment, or updates the one that carries the marker: one comment per
 * pull request and site, however many runs. Never throws: a token that may not write (fork
 * pull requests get a read-only token) comes back as `ok: false` for the caller to warn about.
 */
export async function upsertStickyComment(options: UpsertOptions): Promise<CommentOutcome> {
  const { owner, repo, number } = options.pr;
  try {
    // Octokit loads only here, when a comment is really posted (most runs never post one).
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(options.token, {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      request: { signal: AbortSignal.timeout(options.timeoutMs ?? 20_000) },
    });
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
    // Ours starts with the marker; a reply that quotes it does not, and is never edited.
    const ours = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(options.marker));
    if (ours) {
      const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: options.body });
      return { ok: true, action: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: options.body });
    return { ok: true, action: 'created', id: created.data.id, url: created.data.html_url };
  } catch (error) {
    const status = typeof (error as { status?: unknown }).status === 'number' ? (error as { status: number }).status : null;
    const raw = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, status, message: explain(status, raw) };
  }
}

function explain(status: number | null, raw: string): string {
  if (status === 403 || status === 404) {
    return `the token may not comment on this pull request (${status}: ${raw}). Pull requests from forks get a read-only token; otherwise grant \`permissions: pull-requests: write\` to the job.`;
  }
  if (status === 401) return `the github-token was refused (401: ${raw}).`;
  return status === null ? raw : `${status}: ${raw}`;
}
