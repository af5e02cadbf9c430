import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseConfigFile } from '../../src/config/config-file.js';
import { InputError } from '../../src/config/input-error.js';
import { parseScriptInventory } from '../../src/config/script-inventory-file.js';
import { buildSettings, loadSettings } from '../../src/config/settings.js';

const base = { 'site-url': 'https://shop.example/checkout', 'access-token': 'APP_USR-1234' };
const DEFAULT = '.github/mercadopago-readiness-scripts.yml';
let ws = '';
let outside = '';
before(() => {
  ws = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-inv-ws-'));
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-inv-out-'));
  fs.mkdirSync(path.join(ws, '.github'));
});
after(() => {
  fs.rmSync(ws, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

const settings = (inventory?: string) =>
  buildSettings((name) => (name === 'script-inventory' ? (inventory ?? '') : ((base as Record<string, string>)[name] ?? '')), {
    workspace: ws,
    readFile: () => undefined,
    parseConfig: parseConfigFile,
    parseInventory: parseScriptInventory,
  });

/** The InputError's message: one line, no stack. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof InputError, `expected an InputError, got ${String(error)}`);
    assert.doesNotMatch(error.message, /\n/, 'one line');
    return error.message;
  }
  assert.fail('expected an input error');
}
const write = (name: string, text: string): string => {
  fs.writeFileSync(path.join(ws, name), text);
  return name;
};

const GOOD = `page: https://shop.example/checkout
scripts:
  - src: https://sdk.mercadopago.com/js/v2
    why: Mercado Pago SDK
  - inline: sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=
    why: consent banner
headers:
  Content-Security-Policy: "default-src 'self'"
`;

describe('script-inventory input and file (DESIGN §6b)', () => {
  it('reads the file: src entries default to integrity any, header names lower-cased, lines kept', () => {
    const s = settings(write('good.yml', GOOD));
    assert.equal(s.scriptInventory.state, 'loaded');
    const inv = s.scriptInventory.state === 'loaded' ? s.scriptInventory.inventory : undefined;
    assert.deepEqual(inv!.scripts[0], { src: 'https://sdk.mercadopago.com/js/v2', why: 'Mercado Pago SDK', integrity: 'any', line: 3 });
    assert.deepEqual(inv!.headers, [{ name: 'content-security-policy', value: "default-src 'self'", line: 8 }]);
  });

  it('a missing default file is manual; a missing named file is an input error', () => {
    assert.deepEqual(settings().scriptInventory, { state: 'missing', file: DEFAULT });
    assert.deepEqual(settings(DEFAULT).scriptInventory, { state: 'missing', file: DEFAULT });
    assert.equal(
      errorOf(() => settings('inv/none.yml')),
      "Invalid 'script-inventory': file 'inv/none.yml' does not exist.",
    );
  });

  it('refuses what is not a regular file, a file over 1 MiB, and paths leaving the workspace', () => {
    fs.mkdirSync(path.join(ws, 'adir'));
    assert.equal(
      errorOf(() => settings('adir')),
      "Invalid 'script-inventory': 'adir' is not a regular file.",
    );
    execFileSync('mkfifo', [path.join(ws, 'fifo.yml')]);
    assert.equal(
      errorOf(() => settings('fifo.yml')),
      "Invalid 'script-inventory': 'fifo.yml' is not a regular file.",
      'a FIFO neither hangs nor reads',
    );
    write('big.yml', `# ${'x'.repeat(1024 * 1024)}\n`);
    assert.equal(
      errorOf(() => settings('big.yml')),
      "Invalid 'script-inventory': 'big.yml' is larger than 1 MiB.",
    );
    assert.match(
      errorOf(() => settings('../elsewhere.yml')),
      /'\.\.\/elsewhere\.yml' leads out of the workspace/,
    );
    fs.writeFileSync(path.join(outside, 'secret.yml'), GOOD);
    fs.symlinkSync(path.join(outside, 'secret.yml'), path.join(ws, 'link.yml'));
    assert.match(
      errorOf(() => settings('link.yml')),
      /'link\.yml' is a link that leads out of the workspace/,
    );
  });

  const bad: Array<[string, string, RegExp]> = [
    ['bad YAML', 'scripts:\n  - src: [https://a.example/x.js\n    why: x\n', /^Invalid script inventory 'f\.yml' at line \d+: /],
    ['an unknown key', 'scripts:\n  - src: https://a.example/x.js\n    why: x\n    integrty: any\n', /^Invalid script inventory 'f\.yml' at line 4: unknown key 'scripts\.0\.integrty'$/],
    ['an unknown top-level key', 'page: https://a.example/\nscript: []\n', /at line 2: unknown key 'script'$/],
    ['a missing why', 'scripts:\n  - src: https://a.example/x.js\n  - src: https://a.example/y.js\n', /at line 2: every entry needs a 'why'/],
    ['an empty why', 'scripts:\n  - src: https://a.example/x.js\n    why: "  "\n', /at line 3: 'why' is empty/],
    [
      'a bad integrity format',
      'scripts:\n  - src: https://a.example/x.js\n    why: x\n    integrity: sha384-abc\n',
      /at line 4: bad 'integrity' 'sha384-abc': expected 'any' or an SRI hash|wrong length/,
    ],
    ['an md5 integrity', 'scripts:\n  - src: https://a.example/x.js\n    why: x\n    integrity: md5-rL0Y20zC+Fzt72VPzMSk2A==\n', /at line 4: bad 'integrity'/],
    ["src with '*' in the host", 'scripts:\n  - src: https://*.cdn.example/x.js\n    why: x\n', /at line 2: bad 'src' 'https:\/\/\*\.cdn\.example\/x\.js': '\*' is not allowed in the host/],
    ['an http src', 'scripts:\n  - src: http://a.example/x.js\n    why: x\n', /at line 2: bad 'src' .*expected an https: URL/],
    ['a protocol-relative src', 'scripts:\n  - src: //a.example/x.js\n    why: x\n', /at line 2: bad 'src' .*protocol-relative/],
    ['both src and inline', 'scripts:\n  - src: /a.js\n    inline: sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n    why: x\n', /at line 3: an entry needs exactly one of 'src'/],
    ['a bad inline hash', 'scripts:\n  - inline: "alert(1)"\n    why: x\n', /at line 2: bad 'inline'/],
    ['a non-string header value', 'headers:\n  x-frame-options: [DENY]\n', /at line 2: expected the header value as a string/],
    ['a header listed twice', 'headers:\n  X-Frame-Options: DENY\n  x-frame-options: SAMEORIGIN\n', /at line 3: header 'x-frame-options' is listed twice/],
    [
      'an alias bomb',
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
      /^Invalid script inventory 'f\.yml': Excessive alias count/,
    ],
    ['more than 1000 entries', `scripts:\n${'  - src: /a.js\n    why: x\n'.repeat(1001)}`, /at line 1: more than 1000 entries/],
    ['a watched set-cookie', 'headers:\n  Set-Cookie: "sid=1"\n', /at line 2: 'set-cookie' cannot be watched/],
    ['scripts not a list', 'scripts: yes\n', /at line 1: expected 'scripts' to be a list/],
  ];
  for (const [what, source, expected] of bad) {
    it(`refuses ${what} with one line naming the file and line`, () => {
      assert.match(
        errorOf(() => parseScriptInventory(source, 'f.yml')),
        expected,
      );
    });
  }

  it('loads yaml and zod only when the file exists (loadSettings), and says which file is wrong', async () => {
    write('broken.yml', 'scripts:\n  - src: https://*.x.example/a.js\n    why: x\n');
    await assert.rejects(
      loadSettings((name) => (name === 'script-inventory' ? 'broken.yml' : ((base as Record<string, string>)[name] ?? '')), { workspace: ws, readFile: () => undefined }),
      /Invalid script inventory 'broken\.yml' at line 2/,
    );
    const none = await loadSettings((name) => (base as Record<string, string>)[name] ?? '', { workspace: ws, readFile: () => undefined });
    assert.equal(none.scriptInventory.state, 'missing');
  });
});
