import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, createGzip, deflateSync, gzipSync } from 'node:zlib';
import { type ActionRun, runAction, statusOf } from '../../helpers/run-action.js';
import { randomLoopback } from '../../sandbox/net.js';
import { startSandbox, type Sandbox } from '../../sandbox/sandbox.js';
import { startShop, type Route, type Shop } from '../../sandbox/shop.js';
import { leakForms } from '../secret-hygiene.js';
import { assertBounded } from './stand-ins.js';

/**
 * Hostile pages against dist/index.js (DESIGN §1, issue 11): pages sent compressed without being
 * asked (pre-compressed S3/CloudFront objects), a gzip bomb, and pages that would make a
 * quadratic scanner or parser spin. Real HTTPS on the sandbox's CA; the API is the sandbox's.
 * Each run must end with a verdict and its exit code within timeout-seconds + 1 s, under 250 MiB.
 */
const TIMEOUT = 10;
/** A token leaked on the page: production-shaped, not the run's token, found by the scan. */
const LEAKED = 'APP_USR-8213540976123458-113026-4c1e9b7a2d5f8e0c3a6b9d2f5e8a1c4b-918273645';

/** Zeros gzipped in 1 MiB chunks: about 1 MB on the wire, `gib` GiB decoded; never held whole. */
async function gzipBomb(gib: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => gzip.on('end', resolve).on('error', reject));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < gib * 1024; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  gzip.end();
  await done;
  return Buffer.concat(out);
}

describe('hostile: compressed, bomb and pathological pages', () => {
  let sandbox: Sandbox;
  let shop: Shop;
  let bombBytes = 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-hostile-pages-'));
  const host = randomLoopback();

  before(async () => {
    sandbox = await startSandbox();
    const cert = sandbox.ca.server({ commonName: host, hosts: [host] });
    // Active mixed content on a loopback address: the http script is real and served (port 80).
    const page = Buffer.from(
      `<!doctype html><html><head><title>Pagar</title><script src="http://${host}/static/pay.js"></script></head>` +
        `<body><script>var mp = "${LEAKED}";</script><form action="/pay" method="post"></form></body></html>`,
    );
    const encoded = (encoding: string, body: Buffer): Route => ({ headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': encoding }, body });
    const bomb = await gzipBomb(1);
    bombBytes = bomb.length;
    const tokenPage = (n: number): string => {
      const tokens = Array.from({ length: n }, (_, i) => `k.push("APP_USR-${String(1e15 + i)}-113026-${i.toString(16).padStart(32, 'a')}-${100000 + i}");`);
      return `<!doctype html><html><body><script>\n${tokens.join('\n')}\n</script></body></html>`;
    };
    const divs = '<div class="pay-row-x">'.repeat(200_000);
    shop = await startShop({
      host,
      certChain: cert.chain,
      key: cert.key,
      http: 'serve',
      routes: {
        '/gzip': encoded('gzip', gzipSync(page)),
        '/br': encoded('br', brotliCompressSync(page)),
        '/deflate': encoded('deflate', deflateSync(page)),
        '/bomb': encoded('gzip', bomb),
        '/tokens': { body: tokenPage(20_000) },
        '/tokens-at-cap': { body: tokenPage(60_000) },
        '/divs': { body: `<!doctype html><html><head><title>Pagar</title></head><body>${divs}</body></html>` },
        '/static/pay.js': { headers: { 'content-type': 'text/javascript' }, body: 'window.pay = 1;' },
      },
    });
  });
  after(async () => {
    await Promise.all([shop?.close(), sandbox?.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (route: string): Promise<ActionRun> =>
    runAction({
      inputs: { 'site-url': shop.url(route), 'access-token': sandbox.tokens.productionMlb, 'api-base-url': sandbox.api.baseUrl, 'timeout-seconds': String(TIMEOUT) },
      caFile: sandbox.caFile,
      killAfterMs: 60_000,
    });
  const figure = (what: string, r: ActionRun): void => console.log(`# ${what}: exit ${r.code}, ${Math.round(r.wallMs)} ms, peak RSS ${Math.round(r.peakRssKb / 1024)} MiB`);

  for (const encoding of ['gzip', 'br', 'deflate']) {
    it(`decodes a page sent Content-Encoding: ${encoding} unasked: the leaked token and the http script fail, and no form of the token is shown`, async () => {
      const r = await run(`/${encoding}`);
      figure(encoding, r);
      assertBounded(r, TIMEOUT, 1, encoding);
      assert.equal(r.report?.result, 'fail');
      assert.equal(statusOf(r.report, 'credentials.secret-exposure'), 'fail', 'the token in the decoded page is found');
      assert.equal(statusOf(r.report, 'ssl.mixed-content'), 'fail', 'the http script in the decoded page is found');
      const shown = [r.stdout, r.stderr, r.summary, r.reportText, JSON.stringify(r.outputs)].join('\n');
      for (const form of leakForms(LEAKED)) assert.ok(!shown.includes(form), `a form of the leaked token (${form.slice(0, 10)}…) is shown`);
    });
  }

  it('reads a gzip bomb (about 1 MB → 1 GiB of zeros) to the cap only: the page checks say error, never pass', async () => {
    assert.ok(bombBytes < 1_100_000, `the bomb is ${bombBytes} bytes`);
    const r = await run('/bomb');
    figure(`gzip bomb (${bombBytes} bytes)`, r);
    assertBounded(r, TIMEOUT, 1, 'gzip bomb');
    assert.ok(r.report?.result === 'fail' || r.report?.result === 'warn', `a verdict: ${r.report?.result}`);
    for (const id of ['credentials.secret-exposure', 'ssl.mixed-content']) assert.equal(statusOf(r.report, id), 'error', `${id} reads error on a page cut at the cap`);
  });

  it('scans 20,000 token-shaped strings in a ~1.7 MB page within the budget', async () => {
    const r = await run('/tokens');
    figure('20,000 tokens', r);
    assertBounded(r, TIMEOUT, 1, '20,000 tokens');
    assert.equal(statusOf(r.report, 'credentials.secret-exposure'), 'fail', 'the tokens are found');
  });

  // Each match used to cost ~250 bytes of report (and several times that of RSS): 60,000 made a
  // 15 MB report and a 390 MiB peak. The evidence now keeps the first 100 and the count.
  it('scans 60,000 token-shaped strings in a ~5 MB page (just under the cap) within the budget and 250 MiB', async () => {
    const r = await run('/tokens-at-cap');
    figure('60,000 tokens', r);
    assertBounded(r, TIMEOUT, 1, '60,000 tokens');
    assert.equal(statusOf(r.report, 'credentials.secret-exposure'), 'fail', 'the tokens are found');
    const evidence = r.report.checks.find((c: { id: string }) => c.id === 'credentials.secret-exposure').evidence;
    assert.equal(evidence.findingsTotal, 60_000, 'every match is counted');
    assert.ok(r.reportText.length < 1_000_000, `the report is ${r.reportText.length} bytes`);
  });

  it('parses 200,000 unclosed <div> (~4.6 MB) within the budget', async () => {
    const r = await run('/divs');
    figure('200,000 unclosed div', r);
    assertBounded(r, TIMEOUT, 1, '200,000 unclosed div');
    assert.ok(r.report?.result === 'fail' || r.report?.result === 'warn', `a verdict: ${r.report?.result}`);
    assert.equal(statusOf(r.report, 'credentials.secret-exposure'), 'pass', 'the whole page was read and holds no token');
  });
});
