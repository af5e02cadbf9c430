import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { FAULT_KINDS, type FaultServer } from '../sandbox/faults.js';
import { close, listenOnLoopback } from '../sandbox/net.js';
import { startSandbox, type Sandbox } from '../sandbox/sandbox.js';
import { faultInputs, startTargetFault, type FaultTarget } from './fault-matrix.js';

/** A webhook secret nobody could mistake for anything else. */
const WEBHOOK_SECRET = 'whsec-canary-7e1f9a3b5c2d4e6f8a0b1c3d';
/** The github-token input is a secret too (masked like the others). */
const GITHUB_TOKEN = 'ghs_canaryGithubToken4b7d9f1a3c5e';

/**
 * The forms in which a secret could leak: whole, its secret core (an access token's 32 hex digits,
 * the part that is not the public app and user ids), and base64 (an Authorization header echoed).
 */
function leakForms(secret: string): string[] {
  const core = /-([0-9a-f]{32})-/.exec(secret)?.[1];
  return [secret, ...(core ? [core] : []), Buffer.from(secret).toString('base64')];
}

/** Everything a run shows anyone, but the ::add-mask:: commands that hide the secrets from the log. */
function surfaces(run: ActionRun, sarifPath: string, comments: readonly string[]): Record<string, string> {
  return {
    stdout: run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    'JSON report': run.reportText,
    SARIF: fs.existsSync(sarifPath) ? fs.readFileSync(sarifPath, 'utf8') : '',
    'PR comment': comments.join('\n'),
  };
}

let sandbox: Sandbox;
let github: http.Server;
let githubUrl = '';
/** Bodies sent to the (fake) GitHub API: the PR comment, once that feature posts one. */
const comments: string[] = [];
let eventFile = '';
/** API stand-ins that echo the token back, as a careless proxy or error page does. */
const echoes: https.Server[] = [];
const faults: Array<{ target: FaultTarget; fault: FaultServer }> = [];

before(async () => {
  sandbox = await startSandbox();
  github = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      comments.push(body);
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(req.method === 'GET' ? '[]' : '{"id":1}');
    });
  });
  const { host, port } = await listenOnLoopback(github, 0);
  githubUrl = `http://${host}:${port}`;
  eventFile = path.join(sandbox.dir, 'event.json');
  fs.writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7, head: { sha: 'abc' } }, repository: { name: 'shop', owner: { login: 'merchant' } } }));
});
after(async () => {
  await Promise.all([...faults.map((f) => f.fault.close()), ...echoes.map((s) => close(s)), close(github)]);
  await sandbox.stop();
});

/** A run on a pull request, with every secret input set and a SARIF file asked for. */
async function runWithSecrets(inputs: Record<string, string>): Promise<{ run: ActionRun; sarifPath: string }> {
  const run = await runAction({
    caFile: sandbox.caFile,
    inputs: { 'webhook-secret': WEBHOOK_SECRET, 'github-token': GITHUB_TOKEN, 'sarif-file': 'out/readiness.sarif', ...inputs },
    env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventFile, GITHUB_REPOSITORY: 'merchant/shop', GITHUB_API_URL: githubUrl, GITHUB_SERVER_URL: githubUrl },
    killAfterMs: 30_000,
  });
  return { run, sarifPath: path.join(run.workspace, 'out/readiness.sarif') };
}

/** How many runs wrote a SARIF file: the hygiene below must have had real files to read. */
let sarifFilesRead = 0;

function assertNoLeak(run: ActionRun, sarifPath: string, token: string): void {
  if (fs.existsSync(sarifPath)) sarifFilesRead++;
  const first = run.stdout.split('\n')[0] ?? '';
  assert.ok(first.startsWith('::add-mask::'), `the secrets are masked before anything else is printed; first line: ${first}`);
  for (const secret of [token, WEBHOOK_SECRET, GITHUB_TOKEN]) {
    assert.ok(run.stdout.includes(`::add-mask::${secret}`), 'every secret input is masked');
    for (const [where, content] of Object.entries(surfaces(run, sarifPath, comments))) {
      for (const form of leakForms(secret)) assert.ok(!content.includes(form), `a secret (${secret.slice(0, 8)}…) appears in the ${where}`);
    }
  }
}

/** An API that writes the caller's bearer token into its answers: as a 401 message, or as account data. */
async function startEchoApi(mode: '401' | '200'): Promise<string> {
  const host = `127.${20 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
  const issued = sandbox.ca.server({ commonName: host, hosts: [host] });
  const server = https.createServer({ cert: issued.chain, key: issued.key }, (req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    const body =
      mode === '401'
        ? { message: `invalid access token ${token}`, error: `unauthorized: ${req.headers.authorization}`, status: 401, cause: [{ code: 2, description: `token ${token} not found` }] }
        : { id: 1160535239, nickname: token, site_id: token, country_id: token, email: `${token}@loja.example`, tags: ['normal', token] };
    res.writeHead(mode === '401' ? 401 : 200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  echoes.push(server);
  const bound = await listenOnLoopback(server, 0, host);
  return `https://${bound.host}:${bound.port}`;
}

describe('secret hygiene: no scenario and no fault shows the access token, webhook-secret or github-token', () => {
  const scenarios: Array<[string, () => Promise<{ inputs: Record<string, string>; token: string }>]> = [
    ['a healthy shop', async () => ({ token: sandbox.tokens.productionMlb, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': sandbox.api.baseUrl } })],
    ['a broken shop whose page embeds the very token given', async () => ({ token: sandbox.tokens.legacyTest, inputs: { 'site-url': sandbox.broken.url('/checkout'), 'access-token': sandbox.tokens.legacyTest, 'api-base-url': sandbox.api.baseUrl } })],
    ['a test user, Spanish-speaking site and fail-on warning', async () => ({ token: sandbox.tokens.testUser, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.testUser, 'api-base-url': sandbox.api.baseUrl, language: 'es', 'fail-on': 'warning' } })],
    ['a refused token', async () => ({ token: sandbox.tokens.refused, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.refused, 'api-base-url': sandbox.api.baseUrl } })],
    ['a token pasted with spaces and a newline', async () => ({ token: sandbox.tokens.productionMla, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': `  ${sandbox.tokens.productionMla}\n`, 'api-base-url': sandbox.api.baseUrl } })],
    ['bad input (an unknown fail-on)', async () => ({ token: sandbox.tokens.productionMlb, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'fail-on': 'always' } })],
    ['an API that echoes the token in its 401 error', async () => ({ token: sandbox.tokens.productionMlb, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': await startEchoApi('401') } })],
    ['an API that echoes the token as account data', async () => ({ token: sandbox.tokens.productionMlb, inputs: { 'site-url': sandbox.healthy.url('/checkout'), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': await startEchoApi('200') } })],
  ];
  for (const [name, setup] of scenarios) {
    it(`with ${name}`, async () => {
      const { inputs, token } = await setup();
      const { run, sarifPath } = await runWithSecrets({ 'timeout-seconds': '10', ...inputs });
      assertNoLeak(run, sarifPath, token);
    });
  }

  for (const target of ['site', 'api', 'webhook'] as const) {
    for (const kind of FAULT_KINDS) {
      it(`with a ${target} fault: ${kind}`, async () => {
        const fault = await startTargetFault(target, kind, sandbox);
        faults.push({ target, fault });
        const token = sandbox.tokens.productionMlb;
        const { run, sarifPath } = await runWithSecrets(faultInputs(target, fault, sandbox, token));
        assertNoLeak(run, sarifPath, token);
        await fault.close();
      });
    }
  }

  it('had real surfaces to search: SARIF files were written and PR comments were posted', () => {
    assert.ok(sarifFilesRead > 20, `only ${sarifFilesRead} runs wrote a SARIF file`);
    assert.ok(comments.filter((body) => body.includes('mercadopago-readiness')).length > 20, `only ${comments.length} bodies reached the GitHub API`);
  });

  it('sent nothing but GET to the Mercado Pago API in all those runs (read-only)', () => {
    const viaFaults = faults.filter((f) => f.target === 'api').flatMap((f) => f.fault.requests.filter((r) => r.scheme === 'https'));
    assert.ok(sandbox.api.requests.length > 20, `the stand-in saw ${sandbox.api.requests.length} requests`);
    assert.ok(viaFaults.length > 10, `the API faults saw ${viaFaults.length} requests`);
    const methods = new Set([...sandbox.api.requests, ...viaFaults].map((r) => r.method));
    assert.deepEqual([...methods], ['GET']);
  });
});
