import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ROOT, runAction } from '../helpers/run-action.js';

const inputs = { 'site-url': 'https://127.0.0.1:9/checkout', 'access-token': 'APP_USR-1234', 'timeout-seconds': '5' };

describe('script-inventory input through dist/index.js and the CLI', () => {
  const cases: Array<[string, Record<string, string>, Record<string, string>, RegExp]> = [
    ['a named file that does not exist', { 'script-inventory': 'inv/missing.yml' }, {}, /^::error::Invalid 'script-inventory': file 'inv\/missing\.yml' does not exist\.$/],
    ['a directory', { 'script-inventory': '.github' }, { '.github/x': '' }, /^::error::Invalid 'script-inventory': '\.github' is not a regular file\.$/],
    [
      'bad YAML in the default file',
      {},
      { '.github/mercadopago-readiness-scripts.yml': 'scripts:\n  - src: "https://a.example/x.js\n' },
      /^::error::Invalid script inventory '\.github\/mercadopago-readiness-scripts\.yml' at line \d+: /,
    ],
    [
      "src with '*' in the host",
      {},
      { '.github/mercadopago-readiness-scripts.yml': 'scripts:\n  - src: https://*.a.example/x.js\n    why: x\n' },
      /^::error::Invalid script inventory .* at line 2: bad 'src'/,
    ],
  ];
  for (const [what, extra, files, expected] of cases) {
    it(`fails at once with one line for ${what}`, async () => {
      const run = await runAction({ inputs: { ...inputs, ...extra }, files, killAfterMs: 30_000 });
      assert.equal(run.code, 1);
      const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
      assert.equal(errors.length, 1, run.stdout);
      assert.match(errors[0]!, expected);
      assert.equal(run.report, undefined, 'no run happened');
    });
  }

  it('`inventory` refuses bad arguments with exit 2 and one line', () => {
    const cli = path.join(ROOT, 'dist/cli/index.js');
    for (const [args, expected] of [
      [['inventory'], /^Input 'site-url' is required/],
      [['inventory', '--site-url', 'https://shop.example/', '--browser', 'maybe'], /^Invalid '--browser': 'maybe'/],
      [['inventory', '--site-url', 'https://shop.example/', '--access-token', 'x'], /^Unknown argument '--access-token' for inventory/],
      [['inventory', '--site-url', 'https://shop.example/', '--script-inventory', 'nope.yml'], /^Invalid 'script-inventory': file 'nope\.yml' does not exist\.$/],
    ] as const) {
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: ROOT });
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr.trim(), expected);
    }
  });
});
