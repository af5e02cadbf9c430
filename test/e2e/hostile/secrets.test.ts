import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { spawnSync } from 'node:child_process';
import { ROOT, runAction, statusOf } from '../../helpers/run-action.js';
import { leakForms, startSecretWitness, type SecretWitness } from '../secret-hygiene.js';
import { assertBounded, echoForms, echoingApi, HOSTILE_TOKEN, serve, simplePage, STRAY_TOKEN, type Server } from './stand-ins.js';

/**
 * Attacks on the token through dist/index.js: a stand-in that echoes it back in every form, and
 * the token pasted into inputs that are not secret. No form may reach any output or file.
 */
describe('hostile: the token never leaks', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-hostile-secrets-'));
  let witness: SecretWitness;
  let api: Server;
  let site: Server;

  before(async () => {
    witness = await startSecretWitness({ dir });
    api = await serve(echoingApi);
    site = await serve(simplePage(HOSTILE_TOKEN));
  });
  after(async () => {
    await Promise.all([witness.close(), api.close(), site.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every echoed form (long, JSON-escaped, base64, base64url, percent, capitals, fragments) out of every output', async () => {
    const run = await witness.run({ inputs: { 'site-url': `${site.url}/checkout`, 'access-token': HOSTILE_TOKEN, 'api-base-url': api.url, 'timeout-seconds': '15' } });
    assertBounded(run, 15, 1, 'echoing API');
    witness.assertNoLeak(run, HOSTILE_TOKEN);
    // The forms the stand-in really sent are searched for too, after decoding what can be decoded.
    const everything = [run.stdout.replace(/^::add-mask::.*$/gm, ''), run.summary, run.reportText, JSON.stringify(run.outputs), witness.comments.join('\n')].join('\n');
    const decoded = [
      everything,
      decodeURIComponent(everything.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')),
      everything.replace(/\\u([0-9a-f]{4})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    ];
    for (const form of [...Object.values(echoForms(HOSTILE_TOKEN)), ...leakForms(HOSTILE_TOKEN)]) assert.ok(!everything.includes(form), `a form of the token (${form.slice(0, 10)}…) is shown`);
    // Decoded, no 12 characters of the secret core are left (the app and user ids are public).
    const core = /-([0-9a-f]{32})-/.exec(HOSTILE_TOKEN)![1]!;
    for (const text of decoded) for (let i = 0; i + 12 <= core.length; i++) assert.ok(!text.toLowerCase().includes(core.slice(i, i + 12)), `12 digits of the core (from ${i}) are shown once decoded`);
    assert.ok(api.requests.length >= 5, 'the API stand-in was asked');
    for (const id of ['reports.release', 'reports.settlement', 'quality.live-payment']) assert.equal(statusOf(run.report, id), 'error', `${id} reads error, never pass`);
    assert.equal(statusOf(run.report, 'credentials.secret-exposure'), 'fail', 'the token on the page is found');
  });

  const wrongInputs: Array<[string, Record<string, string>, string]> = [
    ['the access token as public-key', { 'public-key': HOSTILE_TOKEN }, 'public-key'],
    ['another token as public-key', { 'public-key': STRAY_TOKEN }, 'public-key'],
    ["a token in site-url's query", { 'site-url': `https://shop.example/checkout?access_token=${STRAY_TOKEN}` }, 'site-url'],
    ["a token percent-encoded in site-url's query", { 'site-url': `https://shop.example/checkout?t=${encodeURIComponent(STRAY_TOKEN).replace(/-/g, '%2D')}` }, 'site-url'],
    ["a token in site-url's user info", { 'site-url': `https://${STRAY_TOKEN}@shop.example/checkout` }, 'site-url'],
    ["the access token's core in webhook-url", { 'webhook-url': `https://hooks.example/mp?k=${/-([0-9a-f]{32})-/.exec(HOSTILE_TOKEN)![1]}` }, 'webhook-url'],
    ['a token in webhook-url', { 'webhook-url': `https://hooks.example/${STRAY_TOKEN}` }, 'webhook-url'],
    ['a token in fail-on', { 'fail-on': STRAY_TOKEN }, 'fail-on'],
  ];
  for (const [what, inputs, name] of wrongInputs) {
    it(`refuses ${what} in one line naming '${name}', never echoing it`, async () => {
      const run = await runAction({ inputs: { 'site-url': 'https://shop.example/checkout', 'access-token': HOSTILE_TOKEN, ...inputs }, killAfterMs: 20_000 });
      assertBounded(run, 5, 1, what);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0]!, new RegExp(`^::error::Invalid '${name}': it holds an access token.*The value is not shown\\.$`));
      const shown = run.stdout.replace(/^::add-mask::.*$/gm, '') + run.stderr + run.summary;
      for (const token of [HOSTILE_TOKEN, STRAY_TOKEN]) for (const form of leakForms(token)) assert.ok(!shown.includes(form), `a form of a token is shown: ${form.slice(0, 10)}…`);
      assert.equal(run.report, undefined, 'nothing ran');
    });
  }

  it('refuses api-base-url over plain http to anything but loopback, before any request', async () => {
    for (const base of ['http://10.0.0.1/', 'http://proxy.example/', 'http://[fd00::1]:8080/']) {
      const run = await runAction({ inputs: { 'site-url': 'https://shop.example/checkout', 'access-token': HOSTILE_TOKEN, 'api-base-url': base }, killAfterMs: 20_000 });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::Invalid 'api-base-url': plain http would send the access token in clear text/);
    }
  });
  it("keeps every echoed form out of the CLI's printing and its report file", () => {
    const cwd = fs.mkdtempSync(path.join(dir, 'cli-'));
    const got = spawnSync(
      process.execPath,
      [path.join(ROOT, 'dist/cli/index.js'), '--site-url', `${site.url}/checkout`, '--api-base-url', api.url, '--timeout-seconds', '15', '--report-file', 'r.json', '--sarif-file', 'r.sarif'],
      {
        cwd,
        env: { PATH: process.env['PATH'] ?? '', MP_ACCESS_TOKEN: HOSTILE_TOKEN, NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    assert.equal(got.status, 1, got.stderr);
    const shown = [got.stdout, got.stderr, fs.readFileSync(path.join(cwd, 'r.json'), 'utf8'), fs.readFileSync(path.join(cwd, 'r.sarif'), 'utf8')].join('\n');
    assert.ok(shown.length > 1000, 'the CLI printed a report');
    for (const form of [...Object.values(echoForms(HOSTILE_TOKEN)), ...leakForms(HOSTILE_TOKEN)]) assert.ok(!shown.includes(form), `a form of the token (${form.slice(0, 10)}…) is shown by the CLI`);
  });
});
