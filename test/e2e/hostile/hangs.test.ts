import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction, statusOf } from '../../helpers/run-action.js';
import { assertBounded, hang, HOSTILE_TOKEN, serve, simplePage, type Server } from './stand-ins.js';

/**
 * Bounded whatever the other side does (DESIGN §1): each stage of a run hangs in turn (the API,
 * the page, a page that trickles, the webhook, GitHub's API for the PR comment, a job-summary
 * file nobody reads), then all at once. The step must end within timeout-seconds + 1 s, with a
 * verdict and the right exit code, under 250 MiB.
 */
const TIMEOUT = 4;

describe('hostile: hangs at every stage', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-hostile-hangs-'));
  const eventFile = path.join(dir, 'event.json');
  let hanging: Server;
  let trickle: Server;
  let site: Server;
  let api: Server;
  let webhook: Server;
  let github: Server;
  const trickling = new Set<http.ServerResponse>();

  before(async () => {
    fs.writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc' } }, repository: { name: 'shop', owner: { login: 'merchant' } } }));
    hanging = await serve(hang);
    trickle = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      trickling.add(res);
      const timer = setInterval(() => res.write('<div>'), 100);
      res.on('close', () => clearInterval(timer));
    });
    site = await serve(simplePage(''));
    api = await serve((req, res) => {
      const p = (req.url ?? '').split('?')[0];
      const body =
        p === '/users/me'
          ? { id: 730551246, site_id: 'MLA', tags: ['normal'] }
          : p === '/v1/payments/search'
            ? { paging: { total: 0 }, results: [] }
            : { message: 'not_found', error: 'not_found', status: 404, cause: [] };
      res.writeHead(p === '/users/me' || p === '/v1/payments/search' ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    webhook = await serve((_req, res) => res.writeHead(200).end());
    github = await serve(hang);
  });
  after(async () => {
    for (const res of trickling) res.destroy();
    await Promise.all([hanging, trickle, site, api, webhook, github].map((s) => s.close()));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const pr = (githubUrl: string): Record<string, string> => ({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'merchant/shop', GITHUB_API_URL: githubUrl });
  const base = (): Record<string, string> => ({
    'site-url': `${site.url}/checkout`,
    'access-token': HOSTILE_TOKEN,
    'api-base-url': api.url,
    'webhook-url': `${webhook.url}/hook`,
    'timeout-seconds': String(TIMEOUT),
    'github-token': 'ghs_hostileToken123456',
  });

  const stages: Array<[string, () => { inputs: Record<string, string>; env?: Record<string, string> }, (run: Awaited<ReturnType<typeof runAction>>) => void]> = [
    ['the API', () => ({ inputs: { ...base(), 'api-base-url': hanging.url } }), (run) => assert.equal(statusOf(run.report, 'credentials.token-valid'), 'error')],
    ['the page', () => ({ inputs: { ...base(), 'site-url': `${hanging.url}/checkout` } }), (run) => assert.equal(statusOf(run.report, 'credentials.secret-exposure'), 'error')],
    ['a page that trickles forever', () => ({ inputs: { ...base(), 'site-url': `${trickle.url}/checkout` } }), (run) => assert.equal(statusOf(run.report, 'credentials.secret-exposure'), 'error')],
    ['the webhook', () => ({ inputs: { ...base(), 'webhook-url': `${hanging.url}/hook` } }), (run) => assert.notEqual(statusOf(run.report, 'notifications.reachable'), 'pass')],
    ["GitHub's API (the PR comment)", () => ({ inputs: base(), env: pr(github.url) }), (run) => assert.match(run.stdout, /::warning::.*(pull-request comment|GitHub did not answer)/)],
    [
      'the job-summary file (a FIFO nobody reads: writing would block past any timer)',
      () => {
        const fifo = path.join(dir, `summary-${Math.random().toString(16).slice(2)}.fifo`);
        execFileSync('mkfifo', [fifo]);
        return { inputs: base(), env: { GITHUB_STEP_SUMMARY: fifo } };
      },
      (run) => assert.match(run.stdout, /::warning::Could not write the job summary: GITHUB_STEP_SUMMARY .* is not a regular file/),
    ],
    [
      'everything at once',
      () => ({ inputs: { ...base(), 'api-base-url': hanging.url, 'site-url': `${trickle.url}/checkout`, 'webhook-url': `${hanging.url}/hook` }, env: pr(github.url) }),
      (run) => assert.equal(statusOf(run.report, 'credentials.token-valid'), 'error'),
    ],
  ];

  for (const [what, setup, check] of stages) {
    it(`${what} hangs: a verdict and exit 1 within timeout-seconds + 1 s, under 250 MiB`, async () => {
      const { inputs, env } = setup();
      const run = await runAction({ inputs, ...(env ? { env } : {}), killAfterMs: 30_000 });
      assertBounded(run, TIMEOUT, 1, what);
      assert.ok(run.report?.result === 'fail' || run.report?.result === 'warn', `a verdict was written: ${run.report?.result}`);
      check(run);
    });
  }
});
