import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runAction } from '../../helpers/run-action.js';
import { assertBounded, HOSTILE_TOKEN, serve, simplePage, type Server } from './stand-ins.js';

/**
 * Files stay where they belong (DESIGN §1), through dist/index.js: links planted by a checkout,
 * paths that climb out of the workspace, a config that is a device, a FIFO or too big, and a
 * runner whose GITHUB_OUTPUT file is missing.
 */
describe('hostile: report, SARIF and config files', () => {
  let site: Server;
  let api: Server;
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-hostile-outside-'));
  const victim = path.join(outside, 'victim.txt');

  before(async () => {
    site = await serve(simplePage(''));
    api = await serve((_req, res) => res.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"invalid_token","error":"unauthorized","status":401}'));
  });
  after(async () => {
    await Promise.all([site.close(), api.close()]);
    fs.rmSync(outside, { recursive: true, force: true });
  });
  const inputs = (extra: Record<string, string> = {}): Record<string, string> => ({
    'site-url': `${site.url}/checkout`,
    'access-token': HOSTILE_TOKEN,
    'api-base-url': api.url,
    'timeout-seconds': '5',
    ...extra,
  });

  it('never writes the report through a planted link, and says so in one line', async () => {
    fs.writeFileSync(victim, 'precious');
    const run = await runAction({ inputs: inputs(), prepare: (ws) => fs.symlinkSync(victim, path.join(ws, 'mercadopago-readiness.json')) });
    assertBounded(run, 5, 1, 'report-file link');
    assert.equal(fs.readFileSync(victim, 'utf8'), 'precious');
    assert.match(run.stdout, /::error::Could not write report-file '.*mercadopago-readiness\.json': mercadopago-readiness\.json is a symbolic link: nothing is written through one/);
  });

  it('never writes SARIF through a planted folder link', async () => {
    const run = await runAction({ inputs: inputs({ 'sarif-file': 'out/readiness.sarif' }), prepare: (ws) => fs.symlinkSync(outside, path.join(ws, 'out')) });
    assertBounded(run, 5, 1, 'sarif-file folder link');
    assert.ok(!fs.existsSync(path.join(outside, 'readiness.sarif')), 'nothing was written outside the workspace');
    assert.match(run.stdout, /::warning::Could not write the SARIF file '.*': out is a symbolic link/);
  });

  for (const [what, name, value] of [
    ['report-file', 'report-file', '../escape.json'],
    ['sarif-file', 'sarif-file', 'a/../../escape.sarif'],
    ['config', 'config', '../outside.yml'],
  ] as const) {
    it(`refuses a relative ${what} that leads out of the workspace`, async () => {
      // The workspace is made in the temporary folder: `../x` would land there.
      const escaped = path.resolve(os.tmpdir(), path.basename(value));
      fs.rmSync(escaped, { force: true });
      const run = await runAction({ inputs: inputs({ [name]: value }) });
      assertBounded(run, 5, 1, `${name} out of the workspace`);
      assert.ok(!fs.existsSync(escaped), `nothing was written at ${escaped}`);
      assert.match(run.stdout, new RegExp(`::error::Invalid '${name}': '${value.replace(/\./g, '\\.')}' leads out of the workspace`));
      assert.equal(run.report, undefined);
    });
  }

  it('writes an absolute report-file the user chose, outside the workspace', async () => {
    const file = path.join(outside, 'mine', 'report.json');
    const run = await runAction({ inputs: inputs({ 'report-file': file }) });
    assertBounded(run, 5, 1, 'absolute report-file');
    assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion, 1);
  });

  const configs: Array<[string, (ws: string) => void, RegExp]> = [
    ['a link to /dev/zero', (ws) => fs.symlinkSync('/dev/zero', path.join(ws, '.github/mercadopago-readiness.yml')), /is not a regular file/],
    ['a FIFO nobody writes to', (ws) => execFileSync('mkfifo', [path.join(ws, '.github/mercadopago-readiness.yml')]), /is not a regular file/],
    ['a file over 1 MiB', (ws) => fs.writeFileSync(path.join(ws, '.github/mercadopago-readiness.yml'), `# ${'x'.repeat(1024 * 1024)}\n`), /is larger than 1 MiB/],
    ['a link out of the workspace', (ws) => fs.symlinkSync(victim, path.join(ws, '.github/mercadopago-readiness.yml')), /is a link that leads out of the workspace/],
  ];
  for (const [what, plant, message] of configs) {
    it(`refuses a config that is ${what}: one line, at once, in bounded memory`, async () => {
      fs.writeFileSync(victim, 'checks: {}\n');
      const run = await runAction({
        inputs: inputs(),
        prepare: (ws) => {
          fs.mkdirSync(path.join(ws, '.github'));
          plant(ws);
        },
      });
      assertBounded(run, 5, 1, `config ${what}`);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0]!, /^::error::Invalid 'config': /);
      assert.match(errors[0]!, message);
      assert.ok(run.wallMs < 3000, `took ${Math.round(run.wallMs)} ms`);
      assert.equal(api.requests.length > 0 && run.report !== undefined, false, 'nothing ran');
    });
  }

  it('a missing GITHUB_OUTPUT file does not turn a run into an internal error', async () => {
    const run = await runAction({ inputs: inputs({ 'fail-on': 'never' }), env: { GITHUB_OUTPUT: path.join(outside, 'gone', 'output.txt') } });
    assertBounded(run, 5, 0, 'missing GITHUB_OUTPUT');
    assert.doesNotMatch(run.stdout, /internal error/);
    assert.match(run.stdout, /::warning::Could not set the step outputs/);
    assert.equal(run.report?.schemaVersion, 1);
  });
});
