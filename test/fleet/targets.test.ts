import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { InputError } from '../../src/config/input-error.js';
import { parseTargets, REFUSED_INPUTS, readTargetsFile, SITE_INPUTS } from '../../src/fleet/targets.js';
import { ROOT } from '../helpers/run-action.js';
import { TOKENS } from '../sandbox/mp-api/accounts.js';

const GOOD = `# the agency's storefronts
defaults:
  fail-on: blocker
  timeout-seconds: 60
  access-token-env: MP_TOKEN_DEFAULT
sites:
  - site-url: https://loja-a.com.br/checkout
    access-token-env: MP_TOKEN_LOJA_A
    webhook-secret-env: MP_WEBHOOK_SECRET_A
    public-key: APP_USR-2dfd505a-4b30-4403-878b-f8fb618e58b3
  - site-url: https://tienda-b.com.ar/pagar
    fail-on: warning
    timeout-seconds: 20
`;

/** The one-line InputError message the source gives. */
function problem(source: string): string {
  try {
    parseTargets(source, 'targets.yml');
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.equal(error.message.split('\n').length, 1);
    return error.message;
  }
  assert.fail('the file was accepted');
}

describe('the targets file (DESIGN §6c)', () => {
  it('reads every site in order, its own keys over the defaults, secrets only by variable name', () => {
    const targets = parseTargets(GOOD, 'targets.yml');
    assert.equal(targets.length, 2);
    const [a, b] = targets;
    assert.equal(a!.index, 0);
    assert.equal(a!.line, 7);
    assert.equal(a!.siteUrl.href, 'https://loja-a.com.br/checkout');
    assert.equal(a!.accessTokenEnv, 'MP_TOKEN_LOJA_A');
    assert.equal(a!.webhookSecretEnv, 'MP_WEBHOOK_SECRET_A');
    assert.deepEqual(a!.inputs, { 'fail-on': 'blocker', 'timeout-seconds': '60', 'public-key': 'APP_USR-2dfd505a-4b30-4403-878b-f8fb618e58b3' });
    assert.equal(b!.index, 1);
    assert.equal(b!.accessTokenEnv, 'MP_TOKEN_DEFAULT');
    assert.equal(b!.webhookSecretEnv, undefined);
    assert.deepEqual(b!.inputs, { 'fail-on': 'warning', 'timeout-seconds': '20' });
  });

  it('takes every input of action.yml: a site may set it, or it is refused with a reason', () => {
    const actionYml = fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
    const inputs = [...actionYml.slice(actionYml.indexOf('inputs:'), actionYml.indexOf('outputs:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]!);
    assert.ok(inputs.length >= 15);
    assert.deepEqual([...SITE_INPUTS, ...REFUSED_INPUTS].sort(), [...inputs].sort());
  });

  it('falls back to MP_ACCESS_TOKEN, as the single-site CLI, when no variable is named anywhere', () => {
    const [site] = parseTargets('sites:\n  - site-url: https://a.example/\n', 't.yml');
    assert.equal(site!.accessTokenEnv, 'MP_ACCESS_TOKEN');
  });

  it('refuses a literal access-token and never echoes it', () => {
    const message = problem(`sites:\n  - site-url: https://a.example/\n    access-token: not-a-real-token-but-secret\n`);
    assert.match(message, /targets\.yml' at line 3: 'access-token' is written literally/);
    assert.match(message, /access-token-env/);
    assert.ok(!message.includes('not-a-real-token-but-secret'));
  });

  it('refuses a literal webhook-secret in defaults, and never echoes it', () => {
    const message = problem(`defaults:\n  webhook-secret: 0123456789abcdef0123456789abcdef\nsites:\n  - site-url: https://a.example/\n`);
    assert.match(message, /at line 2: 'webhook-secret' is written literally/);
    assert.ok(!message.includes('0123456789abcdef'));
  });

  it('refuses an access token pasted anywhere (another key, a comment, a URL), by line, without echoing it', () => {
    for (const [source, line] of [
      [`sites:\n  - site-url: https://a.example/\n    public-key: ${TOKENS.productionMlb}\n`, 3],
      [`# old token: ${TOKENS.legacyTest}\nsites:\n  - site-url: https://a.example/\n`, 1],
      [`sites:\n  - site-url: https://a.example/?t=${TOKENS.productionMla}\n`, 2],
    ] as const) {
      const message = problem(source);
      assert.match(message, new RegExp(`at line ${line}: it contains a Mercado Pago access token \\(not shown\\)`));
      assert.ok(!/[0-9a-f]{32}/.test(message), message);
    }
  });

  it('names the line of malformed YAML without quoting the file', () => {
    const message = problem(`sites:\n  - site-url: https://a.example/\n   public-key: "secretish\n`);
    assert.match(message, /^Invalid targets file 'targets\.yml' at line \d: not valid YAML/);
    assert.ok(!message.includes('secretish'));
  });

  it('names a site without site-url by its position and line', () => {
    assert.match(problem(`sites:\n  - site-url: https://a.example/\n  - public-key: APP_USR-x\n`), /at line 3: site 2 has no 'site-url'/);
    assert.match(problem(`sites:\n  - https://a.example/\n`), /at line 2: site 1 is not a mapping/);
  });

  it('refuses a duplicate site, naming both lines', () => {
    assert.match(
      problem(`sites:\n  - site-url: https://a.example/pay\n  - site-url: https://b.example/\n  - site-url: https://A.EXAMPLE:443/pay\n`),
      /at line 4: site https:\/\/a\.example\/pay is listed twice \(first at line 2\)/,
    );
  });

  it('names unknown keys and keys a fleet decides itself', () => {
    assert.match(problem(`sites:\n  - site-url: https://a.example/\n    colour: blue\n`), /at line 3: unknown key 'colour'/);
    assert.match(problem(`sites:\n  - site-url: https://a.example/\n    report-file: x.json\n`), /at line 3: unknown key 'report-file' \('report-file' does not apply to a fleet run/);
    assert.match(problem(`defaults:\n  site-url: https://a.example/\nsites:\n  - site-url: https://b.example/\n`), /at line 2: 'site-url' belongs to each site/);
  });

  it('names bad values: a variable name that is not one, an empty list, a URL that is not one', () => {
    assert.match(problem(`sites:\n  - site-url: https://a.example/\n    access-token-env: "MP TOKEN"\n`), /at line 3: expected the NAME of an environment variable/);
    assert.match(problem(`sites: []\n`), /'sites' is empty/);
    assert.match(problem(`defaults:\n  fail-on: blocker\n`), /line 1: .*sites/);
    assert.match(problem(`sites:\n  - site-url: ftp://a.example/\n`), /at line 2: site 1: 'site-url' is not an http\(s\) URL/);
    assert.match(problem(`sites:\n  - site-url: not a url\n`), /at line 2: site 1: 'site-url' is not a URL/);
    assert.match(problem(`- a\n- b\n`), /expected a mapping with a 'sites' list/);
  });

  it('says when the file is missing, not a file, or too large', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'targets-'));
    try {
      assert.throws(() => readTargetsFile(path.join(dir, 'nope.yml')), /Invalid '--targets': file '.*nope\.yml' does not exist/);
      assert.throws(() => readTargetsFile(dir), /is not a regular file/);
      const big = path.join(dir, 'big.yml');
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 17 * 1024 * 1024);
      assert.throws(() => readTargetsFile(big), /larger than 16 MiB/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
