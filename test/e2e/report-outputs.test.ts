import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { ROOT, runAction } from '../helpers/run-action.js';
import { startGitHubStandIn, type GitHubStandIn } from '../sandbox/github-api.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';

let sandbox: Sandbox;
let github: GitHubStandIn;
let eventPath: string;
before(async () => {
  [sandbox, github] = await Promise.all([startSandbox(), startGitHubStandIn()]);
  eventPath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-readiness-event-')), 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify({ action: 'synchronize', number: 7, pull_request: { number: 7, head: { sha: '0123456789abcdef0123456789abcdef01234567' } } }));
});
after(async () => {
  await Promise.all([sandbox.stop(), github.close()]);
});

/** The environment of a pull_request run, with GitHub's API replaced by the local stand-in. */
function pullRequestEnv(): Record<string, string> {
  return {
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: github.apiUrl,
    GITHUB_SERVER_URL: 'https://github.local',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW_REF: 'acme/shop/.github/workflows/readiness.yml@refs/pull/7/merge',
  };
}

function inputs(site: string, token: string, extra: Record<string, string> = {}): Record<string, string> {
  return { 'site-url': site, 'access-token': token, 'api-base-url': sandbox.api.baseUrl, 'webhook-secret': sandbox.webhookSecret, 'timeout-seconds': '20', ...extra };
}

describe('pull-request comment and SARIF from dist/index.js', () => {
  it('posts one sticky comment and updates it in place on a second run', async () => {
    const run = (): ReturnType<typeof runAction> =>
      runAction({ caFile: sandbox.caFile, env: pullRequestEnv(), inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.productionMlb, { 'github-token': github.tokens.write }) });
    const first = await run();
    assert.equal(first.code, 0, first.stdout);
    assert.match(first.stdout, /Pull-request comment created: /);
    const second = await run();
    assert.match(second.stdout, /Pull-request comment updated: /);
    const comments = github.comments.get('acme/shop#7') ?? [];
    assert.equal(comments.length, 1, 'never duplicated');
    const body = comments[0]!.body;
    assert.match(body, /^<!-- mercadopago-readiness:sticky:[0-9a-f]{16} -->\n### ✅ `[^`]+\/checkout` está pronto para produção com o Mercado Pago/);
    assert.match(body, /\[Relatório completo, com evidências\]\(https:\/\/github\.local\/acme\/shop\/actions\/runs\/4242\)/);
    assert.match(body, /Commit `0123456`/, "the pull request's head commit, not the merge commit");
    assert.ok(Buffer.byteLength(body) <= 8 * 1024, `${Buffer.byteLength(body)} bytes`);
    assert.ok(!body.includes(sandbox.tokens.productionMlb));
    assert.ok(!body.includes(github.tokens.write));
    assert.deepEqual(
      github.requests.map((r) => `${r.method} ${r.status}`),
      // GET /user is refused to an installation token (GITHUB_TOKEN), then list, create, list again
      // (for a racing run's copy); the second run lists and updates.
      ['GET 403', 'GET 200', 'POST 201', 'GET 200', 'GET 403', 'GET 200', 'PATCH 200'],
    );
  });

  it('with pr-comment: on-failure, a passing run creates no comment, and says "fixed" in the one it finds', async () => {
    const otherPr = path.join(path.dirname(eventPath), 'event-8.json');
    fs.writeFileSync(otherPr, JSON.stringify({ number: 8, pull_request: { number: 8 } }));
    const onFailure = (event: string): ReturnType<typeof runAction> =>
      runAction({
        caFile: sandbox.caFile,
        env: { ...pullRequestEnv(), GITHUB_EVENT_PATH: event },
        inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.productionMlb, { 'github-token': github.tokens.write, 'pr-comment': 'on-failure' }),
      });
    const before = github.requests.length;
    const none = await onFailure(otherPr);
    assert.match(none.stdout, /pr-comment: on-failure and the result passes: no pull-request comment/);
    assert.ok(!github.requests.slice(before).some((r) => r.method === 'POST'), 'no comment created');
    assert.equal(github.comments.get('acme/shop#8'), undefined);
    // Pull request 7 has the comment of the first test: it is updated to say the findings are gone.
    const fixed = await onFailure(eventPath);
    assert.match(fixed.stdout, /Pull-request comment updated: /);
    assert.match(github.comments.get('acme/shop#7')![0]!.body, /Corrigido: este pull request não tem mais achados a corrigir\./);
  });

  it("warns, and keeps the verdict, when the token may not comment (a fork's pull request); writes valid SARIF", async () => {
    const run = await runAction({
      caFile: sandbox.caFile,
      env: pullRequestEnv(),
      inputs: inputs(sandbox.broken.url('/checkout'), sandbox.tokens.legacyTest, { 'github-token': github.tokens.readOnly, 'sarif-file': 'out/readiness.sarif', language: 'es' }),
    });
    assert.equal(run.code, 1, 'fails for the findings, not for the comment');
    assert.match(run.stdout, /::warning::The pull-request comment was not posted: the token may not comment on this pull request \(403/);
    assert.match(run.stdout, /::error::Preparación para Mercado Pago: Todavía no está listo para producción: \d+ bloqueantes y \d+ advertencias \(fail-on: blocker\)\. Mira el resumen del job\./);

    const sarifText = fs.readFileSync(path.join(run.workspace, 'out/readiness.sarif'), 'utf8');
    assert.ok(!sarifText.includes(sandbox.tokens.legacyTest), 'no token in SARIF');
    const sarif: any = JSON.parse(sarifText);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new AjvDraft04.default({ strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(JSON.parse(sarifText)), JSON.stringify(validate.errors));
    const results = sarif.runs[0].results;
    assert.ok(results.some((r: any) => r.ruleId === 'ssl.validity' && r.level === 'error'));
    assert.ok(results.every((r: any) => r.locations[0].physicalLocation.artifactLocation.uri === '.github/workflows/readiness.yml'));
    assert.equal(sarif.runs[0].language, 'es');
  });

  it('posts nothing outside pull requests', async () => {
    const before = github.requests.length;
    const env = { ...pullRequestEnv(), GITHUB_EVENT_NAME: 'push' };
    const run = await runAction({ caFile: sandbox.caFile, env, inputs: inputs(sandbox.healthy.url('/checkout'), sandbox.tokens.productionMlb, { 'github-token': github.tokens.write }) });
    assert.equal(run.code, 0);
    assert.equal(github.requests.length, before);
  });

  it('annotates each failing check at its level', async () => {
    const run = await runAction({ caFile: sandbox.caFile, inputs: inputs(sandbox.broken.url('/checkout'), sandbox.tokens.legacyTest, { language: 'en', 'pr-comment': 'false' }) });
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error title='));
    const failing = run.report.checks.filter((c: any) => c.severity === 'blocker' && (c.status === 'fail' || c.status === 'error'));
    assert.equal(errors.length, Math.min(failing.length, 10));
    assert.ok(errors.some((l) => l.includes('(ssl.validity)')));
  });
});
