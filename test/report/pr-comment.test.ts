import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pullRequestFromEnv, stickyMarker, upsertStickyComment } from '../../src/report/pr-comment.js';
import { seedComments, startGitHubStandIn, type GitHubStandIn } from '../sandbox/github-api.js';

let github: GitHubStandIn;
before(async () => {
  // Two comments a page, so finding ours exercises pagination.
  github = await startGitHubStandIn({ perPage: 2 });
});
after(async () => {
  await github.close();
});

const pr = { owner: 'acme', repo: 'shop', number: 7 };
const key = 'acme/shop#7';

describe('sticky pull-request comment', () => {
  it("creates the comment once, then updates it in place, among other people's comments", async () => {
    const marker = stickyMarker('https://shop.example/checkout');
    seedComments(github, key, ['LGTM', `> ${marker}\n> quoting the bot`, 'ok']);
    const first = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr, marker, body: `${marker}\nfirst run` });
    assert.ok(first.ok && first.action === 'created', JSON.stringify(first));
    const second = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr, marker, body: `${marker}\nsecond run` });
    assert.ok(second.ok && second.action === 'updated', JSON.stringify(second));
    assert.equal(second.id, first.id);
    const ours = github.comments.get(key)!.filter((c) => c.body.startsWith(marker));
    assert.equal(ours.length, 1, 'never duplicated');
    assert.equal(ours[0]!.body, `${marker}\nsecond run`);
    assert.equal(github.comments.get(key)!.length, 4);
    assert.equal(github.comments.get(key)![1]!.body, `> ${marker}\n> quoting the bot`, 'a reply quoting the marker is left alone');
    assert.ok(
      github.requests.some((r) => r.path.endsWith('/comments') && r.method === 'GET'),
      'listed the comments',
    );
  });

  it('keeps one comment per storefront: a different site gets its own', async () => {
    const marker = stickyMarker('https://other.example/checkout');
    const got = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr, marker, body: `${marker}\nother shop` });
    assert.ok(got.ok && got.action === 'created');
    assert.notEqual(marker, stickyMarker('https://shop.example/checkout'));
    assert.equal(stickyMarker('https://shop.example/checkout?utm=1'), stickyMarker('https://shop.example/checkout'));
  });

  it('comes back with a clear reason, not a throw, when the token may not write (fork pull requests)', async () => {
    const marker = stickyMarker('https://fork.example/');
    const got = await upsertStickyComment({ token: github.tokens.readOnly, apiUrl: github.apiUrl, pr, marker, body: `${marker}\nx` });
    assert.equal(got.ok, false);
    assert.ok(!got.ok);
    assert.equal(got.status, 403);
    assert.match(got.message, /Resource not accessible by integration/);
    assert.match(got.message, /pull-requests: write/);
  });

  it("never edits a comment someone else wrote with our marker: ours is the marker and the token's own author", async () => {
    const k = 'acme/shop#8';
    const pr8 = { ...pr, number: 8 };
    const marker = stickyMarker('https://forged.example/');
    seedComments(github, k, [`${marker}\nplanted by a person`]);
    seedComments(github, k, [`${marker}\nanother bot's copy`], { login: 'other-app[bot]', type: 'Bot' });
    const got = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr: pr8, marker, body: `${marker}\nours` });
    assert.ok(got.ok && got.action === 'created', JSON.stringify(got));
    const bodies = github.comments.get(k)!.map((c) => c.body);
    assert.deepEqual(bodies, [`${marker}\nplanted by a person`, `${marker}\nanother bot's copy`, `${marker}\nours`], 'the others are untouched, and not deleted as duplicates');
    const again = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr: pr8, marker, body: `${marker}\nours again` });
    assert.ok(again.ok && again.action === 'updated' && again.id === got.id, JSON.stringify(again));
  });

  it("with a person's token, finds the comment by the login GET /user names", async () => {
    const k = 'acme/shop#9';
    const pr9 = { ...pr, number: 9 };
    const marker = stickyMarker('https://pat.example/');
    seedComments(github, k, [`${marker}\nby the bot, earlier`], { login: 'github-actions[bot]', type: 'Bot' });
    seedComments(github, k, [`${marker}\nby the developer, earlier`], { login: 'merchant-dev', type: 'User' });
    const got = await upsertStickyComment({ token: github.tokens.pat, apiUrl: github.apiUrl, pr: pr9, marker, body: `${marker}\nnew` });
    assert.ok(got.ok && got.action === 'updated', JSON.stringify(got));
    assert.deepEqual(
      github.comments.get(k)!.map((c) => c.body),
      [`${marker}\nby the bot, earlier`, `${marker}\nnew`],
    );
  });

  it('leaves one comment when two runs race to create it', async () => {
    const racing = await startGitHubStandIn({ createDelayMs: 300 });
    try {
      const marker = stickyMarker('https://race.example/');
      const outcomes = await Promise.all(['run A', 'run B'].map((body) => upsertStickyComment({ token: racing.tokens.write, apiUrl: racing.apiUrl, pr, marker, body: `${marker}\n${body}` })));
      const ids = outcomes.map((o) => (o.ok ? o.id : o.message));
      assert.equal(racing.requests.filter((r) => r.method === 'POST').length, 2, 'both runs did create: the race happened');
      const left = racing.comments.get(key)!;
      assert.equal(left.length, 1, JSON.stringify(left));
      assert.equal(left[0]!.id, 1000, 'the oldest (first created) is kept');
      assert.deepEqual(ids, [1000, 1000], 'both runs report the kept comment');
    } finally {
      await racing.close();
    }
  });

  it('in update-only mode (on-failure, now passing) creates nothing, and updates an existing comment', async () => {
    const k = 'acme/shop#10';
    const pr10 = { ...pr, number: 10 };
    const marker = stickyMarker('https://fixed.example/');
    const none = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr: pr10, marker, body: `${marker}\nfixed`, updateOnly: true });
    assert.deepEqual(none, { ok: true, action: 'none' });
    assert.equal(github.comments.get(k), undefined);
    await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr: pr10, marker, body: `${marker}\nbroken` });
    const fixed = await upsertStickyComment({ token: github.tokens.write, apiUrl: github.apiUrl, pr: pr10, marker, body: `${marker}\nfixed`, updateOnly: true });
    assert.ok(fixed.ok && fixed.action === 'updated');
    assert.deepEqual(
      github.comments.get(k)!.map((c) => c.body),
      [`${marker}\nfixed`],
    );
  });

  it('reports an unreachable API as a reason too', async () => {
    const got = await upsertStickyComment({ token: github.tokens.write, apiUrl: 'http://127.0.0.1:9', pr, marker: '<!-- x -->', body: 'x', timeoutMs: 3000 });
    assert.equal(got.ok, false);
  });
});

describe('pull request from the runner environment', () => {
  const eventFile = (payload: unknown): string => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-event-')), 'event.json');
    fs.writeFileSync(file, JSON.stringify(payload));
    return file;
  };

  it('reads the number from a pull_request payload and the repository from GITHUB_REPOSITORY', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile({ number: 42, pull_request: { number: 42 } }), GITHUB_REPOSITORY: 'acme/shop' };
    assert.deepEqual(pullRequestFromEnv(env), { owner: 'acme', repo: 'shop', number: 42 });
    assert.deepEqual(pullRequestFromEnv({ ...env, GITHUB_EVENT_NAME: 'pull_request_target' }), { owner: 'acme', repo: 'shop', number: 42 });
  });

  it("takes the pull request's head commit from the payload (GITHUB_SHA is the merge commit)", () => {
    const sha = 'a'.repeat(40);
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile({ number: 5, pull_request: { number: 5, head: { sha } } }), GITHUB_REPOSITORY: 'acme/shop' };
    assert.deepEqual(pullRequestFromEnv(env), { owner: 'acme', repo: 'shop', number: 5, headSha: sha });
    const bad = { ...env, GITHUB_EVENT_PATH: eventFile({ number: 5, pull_request: { number: 5, head: { sha: 'not a sha' } } }) };
    assert.equal(pullRequestFromEnv(bad)?.headSha, undefined);
  });

  it('finds no pull request on push, schedule, or a missing payload', () => {
    const file = eventFile({ number: 42 });
    assert.equal(pullRequestFromEnv({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/shop' }), undefined);
    assert.equal(pullRequestFromEnv({ GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: file, GITHUB_REPOSITORY: 'acme/shop' }), undefined);
    assert.equal(pullRequestFromEnv({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent.json', GITHUB_REPOSITORY: 'acme/shop' }), undefined);
  });
});
