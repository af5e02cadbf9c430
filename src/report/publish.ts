import * as core from '@actions/core';
import type { Settings } from '../config/settings.js';
import { renderComment } from './comment-markdown.js';
import type { Report } from './model.js';
import { pullRequestFromEnv, stickyMarker, upsertStickyComment } from './pr-comment.js';
import { writeSarifFile as writeSarif } from './files.js';

/**
 * The action's optional outputs besides the summary: SARIF and the pull-request comment.
 * Each runs in its own try and ends in a warning at worst: a report the user asked for on the
 * side never turns a verdict into a crash.
 */

type Env = Readonly<Record<string, string | undefined>>;
type Redact = (value: string) => string;

/** Writes the SARIF file when `sarif-file` is given; a failure is a warning (report/files.ts). */
export function writeSarifFile(settings: Pick<Settings, 'sarifFile'>, report: Report, redact: Redact, env: Env = process.env): void {
  if (!settings.sarifFile) return;
  const problem = writeSarif(settings.sarifFile, report, redact, env, env['GITHUB_WORKSPACE'] || process.cwd());
  if (problem === undefined) core.info(`SARIF written to ${settings.sarifFile}`);
  else core.warning(problem);
}

/** The link to this workflow run, where the full job summary is. */
export function runUrl(env: Env): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repo = env['GITHUB_REPOSITORY'];
  const id = env['GITHUB_RUN_ID'];
  return server && repo && id ? `${server.replace(/\/+$/, '')}/${repo}/actions/runs/${id}` : undefined;
}

/**
 * On pull_request(_target) events: creates or updates the sticky comment, as `pr-comment` says.
 * `always`: every run. `on-failure`: while the result is warn or fail; once it passes, an
 * earlier comment is updated to say it is fixed, and none is created. `never`: nothing.
 * `timeoutMs` is what is left of timeout-seconds: the comment counts against the run's budget.
 */
export async function publishPullRequestComment(settings: Pick<Settings, 'prComment' | 'githubToken'>, report: Report, redact: Redact, env: Env = process.env, timeoutMs = 20_000): Promise<void> {
  if (settings.prComment === 'never') return;
  const pr = pullRequestFromEnv(env);
  if (!pr) {
    core.debug('Not a pull_request event: no pull-request comment.');
    return;
  }
  if (!settings.githubToken) {
    core.warning('No github-token: the pull-request comment was not posted.');
    return;
  }
  const fixedOnly = settings.prComment === 'on-failure' && report.result === 'pass';
  const marker = stickyMarker(report.siteUrl);
  const url = runUrl(env);
  const sha = pr.headSha ?? env['GITHUB_SHA'];
  const body = redact(renderComment(report, { marker, ...(url ? { runUrl: url } : {}), ...(sha ? { sha } : {}), at: new Date().toISOString(), fixed: fixedOnly }));
  const outcome = await upsertStickyComment({
    token: settings.githubToken,
    apiUrl: env['GITHUB_API_URL'] || 'https://api.github.com',
    pr,
    marker,
    body,
    updateOnly: fixedOnly,
    timeoutMs: Math.max(1, Math.round(timeoutMs)),
  });
  if (outcome.ok && outcome.action === 'none') core.info('pr-comment: on-failure and the result passes: no pull-request comment.');
  else if (outcome.ok) core.info(`Pull-request comment ${outcome.action}: ${outcome.url}`);
  else core.warning(redact(`The pull-request comment was not posted: ${outcome.message}`));
}
