import { createHash } from 'node:crypto';
import * as fs from 'node:fs';

/** The pull request a run belongs to. */
export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The pull request's head commit, from the event (GITHUB_SHA is the merge commit). */
  readonly headSha?: string;
}

/** Events whose payload names a pull request we may comment on. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * The pull request of this run, from the runner's environment (GITHUB_EVENT_NAME,
 * GITHUB_EVENT_PATH, GITHUB_REPOSITORY), or undefined when the run is not for one.
 */
export function pullRequestFromEnv(env: Readonly<Record<string, string | undefined>>): PullRequestRef | undefined {
  if (!PULL_REQUEST_EVENTS.has(env['GITHUB_EVENT_NAME'] ?? '')) return undefined;
  let payload: { number?: unknown; pull_request?: { number?: unknown; head?: { sha?: unknown } }; repository?: { full_name?: unknown } };
  try {
    payload = JSON.parse(fs.readFileSync(env['GITHUB_EVENT_PATH'] ?? '', 'utf8'));
  } catch {
    return undefined;
  }
  const number = Number(payload.pull_request?.number ?? payload.number);
  const fullName = env['GITHUB_REPOSITORY'] || (typeof payload.repository?.full_name === 'string' ? payload.repository.full_name : '');
  const [owner, repo] = fullName.split('/');
  if (!owner || !repo || !Number.isInteger(number) || number <= 0) return undefined;
  const sha = payload.pull_request?.head?.sha;
  return { owner, repo, number, ...(typeof sha === 'string' && /^[0-9a-f]{7,64}$/i.test(sha) ? { headSha: sha } : {}) };
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

/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT_BYTES = 60 * 1024;

export type CommentOutcome =
  | { readonly ok: true; readonly action: 'created' | 'updated' | 'none'; readonly id?: number; readonly url?: string }
  | { readonly ok: false; readonly status: number | null; readonly message: string };

export interface UpsertOptions {
  readonly token: string;
  /** GITHUB_API_URL (GitHub Enterprise, or a local stand-in in tests). */
  readonly apiUrl: string;
  readonly pr: PullRequestRef;
  readonly marker: string;
  /** The full body; it must start with the marker. */
  readonly body: string;
  /** Only update an existing comment, never create one (`on-failure` once the result passes). */
  readonly updateOnly?: boolean;
  /** The longest the whole upsert may take, the module load included (what is left of timeout-seconds). */
  readonly timeoutMs?: number;
}

/** The login GITHUB_TOKEN comments as; GET /user is refused to installation tokens. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

interface Comment {
  readonly id: number;
  readonly body?: string | null;
  readonly html_url: string;
  readonly user?: { readonly login?: string; readonly type?: string } | null;
}

/**
 * Creates the sticky comment, or updates ours: one comment per pull request and site, however
 * many runs. Ours is the comment that starts with the marker AND was written by the token's own
 * user (GET /user for a personal or app user token; an installation token such as GITHUB_TOKEN
 * may not call it, and is then `github-actions[bot]`), so a comment someone else wrote with our
 * marker is never edited or deleted. Two runs racing on one pull
 * request may both create: after creating, the list is read again and every younger copy by the
 * same author is deleted, the oldest keeping the newest body. Never throws: a token that may not
 * write (fork pull requests get a read-only one) comes back as `ok: false` for a warning.
 */
export async function upsertStickyComment(options: UpsertOptions): Promise<CommentOutcome> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  // The signal bounds every request; the race bounds the rest (loading octokit, a stalled body).
  const stopped = new Promise<CommentOutcome>((resolve) =>
    signal.addEventListener('abort', () => resolve({ ok: false, status: null, message: 'GitHub did not answer within timeout-seconds.' }), { once: true }),
  );
  return Promise.race([upsert(options, signal), stopped]);
}

async function upsert(options: UpsertOptions, signal: AbortSignal): Promise<CommentOutcome> {
  const { owner, repo, number } = options.pr;
  try {
    // Octokit loads only here, when a comment is really posted (most runs never post one).
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit(options.token, {
      baseUrl: options.apiUrl.replace(/\/+$/, ''),
      request: { signal },
    });
    const list = async (): Promise<Comment[]> => (await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 })) as Comment[];
    const login = await octokit.rest.users.getAuthenticated().then(
      (r) => r.data.login,
      () => undefined,
    );
    // Ours starts with the marker; a reply that quotes it does not, and is never edited.
    const marked = (c: Comment): boolean => typeof c.body === 'string' && c.body.startsWith(options.marker);
    // Without GET /user, the token is an installation token: GITHUB_TOKEN's bot. Another app's
    // token finds nothing here, creates, and the clean-up below folds that into its older comment.
    const author = login ?? ACTIONS_BOT_LOGIN;
    const ours = (await list()).filter((c) => marked(c) && c.user?.login === author).sort((a, b) => a.id - b.id)[0];
    if (ours) {
      const updated = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body: options.body });
      return { ok: true, action: 'updated', id: updated.data.id, url: updated.data.html_url };
    }
    if (options.updateOnly) return { ok: true, action: 'none' };
    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body: options.body });
    const creator = created.data.user?.login ?? author;
    const twins = (await list()).filter((c) => marked(c) && c.user?.login === creator).sort((a, b) => a.id - b.id);
    const keep = twins[0];
    if (keep && keep.id !== created.data.id) {
      // Another run created one first: keep that one, with our (newest) body, and drop ours.
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body: options.body });
    }
    for (const twin of twins.slice(1)) {
      // The racing run deletes the same younger copy: a 404 here means it already did.
      await octokit.rest.issues.deleteComment({ owner, repo, comment_id: twin.id }).catch((error: { status?: number }) => {
        if (error.status !== 404) throw error;
      });
    }
    if (keep && keep.id !== created.data.id) return { ok: true, action: 'updated', id: keep.id, url: keep.html_url };
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
