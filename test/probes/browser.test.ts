import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { findBrowser } from '../../src/probes/browser/find.js';
import { DEFAULT_BROWSER_BOUNDS, probeBrowser } from '../../src/probes/browser/probe.js';
import { browserNetworkRule, classify, siteAddressClass } from '../../src/probes/browser/rules.js';
import { createBudget } from '../../src/probes/budget.js';
import { startSites, type RunningSites } from '../pages/site.js';
import { randomLoopback } from '../sandbox/net.js';
import { createLocalCa } from '../sandbox/pki.js';

const found = findBrowser();
const executable = 'path' in found ? found.path : '';

let sites: RunningSites;
let origin = '';
let caFile = '';
before(async () => {
  assert.ok(executable, `the browser tests need Chrome/Chromium (.ci/run installs Debian's chromium): ${'missing' in found ? found.missing : ''}`);
  const ca = createLocalCa();
  const address = randomLoopback();
  const cert = ca.server({ commonName: address, hosts: [address] });
  caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mp-browser-ca-')), 'ca.pem');
  fs.writeFileSync(caFile, ca.root.certPem);
  sites = await startSites([
    {
      host: address,
      address,
      certChain: cert.chain,
      key: cert.key,
      routes: {
        '/': { body: '<!doctype html><title>ok</title><script>console.error("boom APP_USR-5083717482361905-112817-5f3c1a2b9d8e7f6a5b4c3d2e1f0a9b8c-1160535239")</script>' },
        // Never quiet: a request every 100 ms, forever.
        '/busy': { body: '<!doctype html><script>setInterval(() => fetch("/tick?" + Math.random()).catch(() => {}), 100)</script>' },
        '/tick': { body: 'tick' },
        // Hostile: a dialog that would block the page, a popup, and a flood of console errors.
        '/hostile': {
          body: '<!doctype html><script>alert("hi"); window.open("/tick"); for (let i = 0; i < 5000; i++) console.error("x".repeat(10000)); new Image().src = "/tick?after-alert";</script>',
        },
      },
    },
  ]);
  origin = `https://${address}`;
});
after(() => sites?.close());

const options = (extra: Partial<Parameters<typeof probeBrowser>[2]> = {}) => ({
  executable,
  ...DEFAULT_BROWSER_BOUNDS,
  rule: browserNetworkRule('loopback'),
  env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
  // Outside a test world, on loopback IP literals: the browser must resolve no name at all.
  resolverRules: `MAP * ~NOTFOUND, EXCLUDE ${new URL(origin).hostname}`,
  ...extra,
});

describe('browser probe (real Chromium over the DevTools pipe)', { timeout: 120_000 }, () => {
  it('trusts NODE_EXTRA_CA_CERTS like Node, and keeps no token of a console error', async () => {
    const outcome = await probeBrowser(new URL(`${origin}/`), createBudget(20_000), options());
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
    assert.equal(outcome.value.requests[0]?.status, 200, 'the page loaded over https with the local CA');
    assert.equal(outcome.value.trust, 'nss');
    assert.equal(outcome.value.settled, true);
    assert.ok(
      outcome.value.consoleErrors.some((e) => /boom APP_USR-5083…5239/.test(e)),
      JSON.stringify(outcome.value.consoleErrors),
    );
    assert.ok(!JSON.stringify(outcome.value).includes('5f3c1a2b9d8e7f6a'));
  });

  it('falls back to pinning the CA keys when certutil is not there', async () => {
    const outcome = await probeBrowser(new URL(`${origin}/`), createBudget(20_000), options({ env: { ...process.env, PATH: '/nonexistent', NODE_EXTRA_CA_CERTS: caFile } }));
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
    assert.equal(outcome.value.trust, 'spki');
    assert.equal(outcome.value.requests[0]?.status, 200);
  });

  it('without the CA the page does not load: the pass says so, it does not pretend', async () => {
    const outcome = await probeBrowser(new URL(`${origin}/`), createBudget(20_000), options({ env: { ...process.env, NODE_EXTRA_CA_CERTS: '' } }));
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.error.message, /ERR_CERT|could not open/);
  });

  it('ends a page that never goes quiet at its bound, and kills the whole process group', async () => {
    const started = Date.now();
    const outcome = await probeBrowser(new URL(`${origin}/busy`), createBudget(20_000), options({ maxMs: 4_000 }));
    const took = Date.now() - started;
    assert.ok(took < 10_000, `${took} ms`);
    if (outcome.ok) assert.equal(outcome.value.settled, false);
    else assert.equal(outcome.error.kind, 'timeout');
  });

  it('is a timeout error when the run budget is nearly spent, and leaves no browser process behind', async () => {
    const before = Number(execFileSync('sh', ['-c', 'pgrep -c -f -- "--remote-debugging-pipe" || true'], { encoding: 'utf8' }).trim() || 0);
    const outcome = await probeBrowser(new URL(`${origin}/busy`), createBudget(900), options());
    // Depending on how fast the browser started: a timeout error, or a pass that never settled.
    if (outcome.ok) assert.equal(outcome.value.settled, false);
    else assert.equal(outcome.error.kind, 'timeout');
    await new Promise((r) => setTimeout(r, 500));
    const afterCount = Number(execFileSync('sh', ['-c', 'pgrep -c -f -- "--remote-debugging-pipe" || true'], { encoding: 'utf8' }).trim() || 0);
    assert.ok(afterCount <= before, `browser processes before ${before}, after ${afterCount}`);
  });

  it('dismisses dialogs, bounds console noise, and keeps going', async () => {
    const outcome = await probeBrowser(new URL(`${origin}/hostile`), createBudget(20_000), options());
    assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
    assert.ok(
      outcome.value.requests.some((r) => r.url.endsWith('/tick?after-alert')),
      'the script ran past alert()',
    );
    assert.ok(outcome.value.consoleErrors.length <= 20);
    assert.ok(outcome.value.consoleErrors.every((e) => e.length <= 301));
  });

  it('says error, with one line, for a browser that cannot start', async () => {
    const outcome = await probeBrowser(new URL(`${origin}/`), createBudget(10_000), options({ executable: '/bin/false' }));
    assert.equal(outcome.ok, false);
    assert.doesNotMatch(outcome.ok ? '' : outcome.error.message, /\n/);
  });
});

describe('browser network rules', () => {
  it('classifies link-local, private, loopback and public addresses', () => {
    assert.deepEqual(['169.254.169.254', 'fe80::1', '10.0.0.1', '172.20.0.1', '192.168.1.1', 'fd00::1', '127.0.0.1', '::1', '::ffff:10.0.0.1', '203.0.113.9', '2001:db8::1'].map(classify), [
      'link-local',
      'link-local',
      'private',
      'private',
      'private',
      'private',
      'loopback',
      'loopback',
      'private',
      'public',
      'public',
    ]);
  });
  it('refuses link-local always, and private or loopback from a public site; allows them from a private one', async () => {
    const resolve = async (host: string): Promise<string[]> => ({ 'intranet.example': ['10.1.2.3'], 'cdn.example': ['203.0.113.7'] })[host] ?? [];
    const pub = browserNetworkRule('public', resolve);
    assert.match((await pub(new URL('http://169.254.169.254/latest'))) ?? '', /link-local/);
    assert.match((await pub(new URL('https://intranet.example/x'))) ?? '', /10\.1\.2\.3 is a private address .* from a public site/);
    assert.match((await pub(new URL('http://127.0.0.1:8080/'))) ?? '', /loopback/);
    assert.equal(await pub(new URL('https://cdn.example/lib.js')), undefined);
    const priv = browserNetworkRule('private', resolve);
    assert.equal(await priv(new URL('https://intranet.example/x')), undefined);
    assert.match((await priv(new URL('http://[fe80::1]/'))) ?? '', /link-local/);
    assert.equal(await siteAddressClass(new URL('https://10.9.9.9/')), 'private');
  });
});
