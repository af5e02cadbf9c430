import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { createBudget } from '../../src/probes/budget.js';
import { DEFAULT_PAGE_LIMITS, probePage, type PageEvidence } from '../../src/probes/http/page.js';
import type { GraphScript } from '../../src/probes/http/script-graph.js';
import { findScriptRefs, webpackChunkUrls } from '../../src/probes/http/script-refs.js';
import { builtDir, checkoutProSite, FIXTURES, wooCommerceSite } from '../pages/handmade.js';
import { routesFromDir, startSites, type RunningSites, type SiteAnswer } from '../pages/site.js';
import { randomLoopback } from '../sandbox/net.js';
import { createLocalCa } from '../sandbox/pki.js';

const sri = (algorithm: 'sha256' | 'sha384' | 'sha512', data: Buffer | string): string => `${algorithm}-${createHash(algorithm).update(data).digest('base64')}`;
const js = (body: string): SiteAnswer => ({ headers: { 'content-type': 'text/javascript' }, body });

const hostile: Record<string, SiteAnswer> = {
  '/cycle/': { body: '<!doctype html><script type="module" src="/cycle/a.js"></script>' },
  '/cycle/a.js': js('import "./b.js"; export const a = 1;'),
  '/cycle/b.js': js('import { a } from "./a.js"; import("./missing.js"); import("./fallback.js"); export const b = a;'),
  '/cycle/fallback.js': { headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>SPA fallback</title>' },
  '/bomb/': { body: '<!doctype html><script src="/bomb/app.js"></script>' },
  // 64 MB of zeros in ~64 KB of gzip: the cap applies to what it inflates to.
  '/bomb/app.js': { headers: { 'content-type': 'text/javascript', 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(64 * 1024 * 1024)), raw: true },
  '/corrupt/': { headers: { 'content-encoding': 'gzip' }, body: Buffer.concat([gzipSync('<!doctype html><p>ok</p>').subarray(0, 20), Buffer.from('garbage-garbage')]), raw: true },
  '/inline/': { body: `<!doctype html><script>\n  var cfg = { token: "${FIXTURES.leakedToken}" };\n</script><script type="application/json">{"a":1}</script>` },
  '/maps/': { body: '<!doctype html><script src="/maps/app.js"></script><script src="/maps/header.js"></script>' },
  '/maps/app.js': js(
    `var a=1;\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify({ version: 3, sources: ['src/a.ts'], sourcesContent: [`// ${FIXTURES.mapOnlyToken}\nvar a = 1;`], mappings: '' })).toString('base64')}`,
  ),
  '/maps/header.js': { headers: { 'content-type': 'text/javascript', sourcemap: '/maps/private.map' }, body: 'var b=2;' },
};

let sites: RunningSites;
let origin = '';
before(async () => {
  const ca = createLocalCa();
  const address = randomLoopback();
  const cert = ca.server({ commonName: address, hosts: [address] });
  const routes = {
    ...hostile,
    ...routesFromDir(builtDir('vite-react-broken'), '/broken/'),
    ...routesFromDir(builtDir('vite-react-healthy'), '/healthy/'),
    ...routesFromDir(builtDir('vite-sdk-js'), '/sdk-js/'),
  };
  // Vite builds with base '/': serve each build at the root of its own prefix by rewriting /assets/.
  for (const [prefix] of [['/broken/'], ['/healthy/'], ['/sdk-js/']] as const) {
    for (const [p, answer] of Object.entries(routes)) if (p.startsWith(`${prefix}assets/`)) routes[p.slice(prefix.length - 1)] = answer;
  }
  const woo = wooCommerceSite({ leakInLastScript: true });
  for (const [p, a] of Object.entries(woo)) routes[p] = a;
  for (const [p, a] of Object.entries(checkoutProSite())) routes[`/pro${p}`] = a;
  sites = await startSites([{ host: address, address, routes, certChain: cert.chain, key: cert.key }]);
  origin = `https://${address}`;
});
after(() => sites.close());

async function probe(p: string, limits = DEFAULT_PAGE_LIMITS, token?: string): Promise<PageEvidence> {
  const outcome = await probePage(new URL(origin + p), createBudget(20_000), token, limits);
  assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
  return outcome.value;
}
const byPath = (page: PageEvidence, p: string): GraphScript | undefined => page.scriptGraph.scripts.find((s) => s.url !== null && new URL(s.url).pathname === p);

describe('script graph of real bundler output (Vite + React + @mercadopago/sdk-react)', () => {
  it('follows the entry module into the lazy chunk (import() and __vite__mapDeps) and finds what hides there', async () => {
    const page = await probe('/broken/');
    const entry = page.scriptGraph.scripts.find((s) => s.foundBy === 'html')!;
    assert.equal(entry.via, 'module');
    assert.ok(entry.sameOrigin && entry.module && entry.hashes);
    const chunkName = fs.readdirSync(path.join(builtDir('vite-react-broken'), 'assets')).find((f) => /^Checkout-.*\.js$/.test(f))!;
    const chunk = byPath(page, `/assets/${chunkName}`)!;
    assert.ok(chunk, 'the lazy chunk is in the graph');
    assert.ok(['import', 'preload-map'].includes(chunk.foundBy));
    assert.equal(chunk.from, entry.url);
    const bytes = fs.readFileSync(path.join(builtDir('vite-react-broken'), 'assets', chunkName));
    assert.deepEqual(chunk.hashes, { sha256: sri('sha256', bytes), sha384: sri('sha384', bytes), sha512: sri('sha512', bytes) }, 'hashes are of the decoded bytes, though the server sent br');
    assert.equal(chunk.read?.encoding, 'br');
    assert.ok(!page.scriptGraph.scripts.some((s) => s.url?.endsWith('.css')), 'CSS in the preload map is not a script');
    assert.ok(page.publicKeys.some((k) => k.key === FIXTURES.testPublicKey && k.where.url === chunk.url));
    assert.ok(page.secrets.some((s) => s.where.url === chunk.url && s.where.context === 'script'));
    assert.ok(
      page.markers.some((m) => m.kind === 'sdk-v2' && m.where.url === chunk.url),
      'sdk-react brings the v2 loader into the chunk',
    );
    assert.equal(page.scriptGraph.complete, true);
  });

  it('scans the public source map for tokens only, and says the vendor map was not there', async () => {
    const page = await probe('/broken/');
    const fromMap = page.secrets.filter((s) => s.where.context === 'source-map');
    assert.equal(fromMap.length, 1, JSON.stringify(fromMap));
    assert.match(fromMap[0]!.where.url, /Checkout-.*\.js\.map → .*notes\.js$/);
    assert.equal(fromMap[0]!.redacted, `APP_USR-${FIXTURES.mapOnlyToken.slice(8, 12)}…${FIXTURES.mapOnlyToken.slice(-4)}`);
    const entry = page.scriptGraph.scripts.find((s) => s.foundBy === 'html')!;
    assert.equal(entry.sourceMap?.unread?.reason, 'status');
    assert.ok(!page.publicKeys.some((k) => k.where.context === 'source-map'), 'keys in a map are not what the page runs');
  });

  it('sees the production key and no token on the healthy build', async () => {
    const page = await probe('/healthy/');
    assert.deepEqual([...new Set(page.publicKeys.map((k) => k.key))], [FIXTURES.productionPublicKey]);
    assert.deepEqual(page.secrets, []);
  });

  it('follows @mercadopago/sdk-js into its lazy card chunk and sees Checkout Pro sent by script', async () => {
    const page = await probe('/sdk-js/');
    assert.ok(page.markers.some((m) => m.kind === 'sdk-v2' && /card-/.test(m.where.url)));
    assert.ok(page.markers.some((m) => m.kind === 'checkout-pro-script'));
  });
});

describe('script graph of a WooCommerce checkout (20 scripts)', () => {
  it('reads all 20 scripts and finds the token in the 20th', async () => {
    const page = await probe('/checkout/', DEFAULT_PAGE_LIMITS, undefined);
    const external = page.scriptGraph.scripts.filter((s) => s.url !== null);
    assert.equal(external.filter((s) => s.sameOrigin).length, 20);
    assert.ok(external.filter((s) => s.sameOrigin).every((s) => s.read?.status === 200 && s.hashes));
    assert.ok(page.secrets.some((s) => s.where.url.includes('mp-custom-checkout.min.js')));
    const sdk = external.find((s) => s.url!.startsWith('https://sdk.mercadopago.com/js/v2'))!;
    assert.equal(sdk.sameOrigin, false);
    assert.equal(sdk.unread?.reason, 'cross-origin');
    const inline = page.scriptGraph.scripts.filter((s) => s.url === null);
    assert.equal(inline.length, 2);
    assert.ok(inline.every((s) => s.hashes && s.inline && s.inline.line > 0));
  });

  it('says what a small byte budget left unread', async () => {
    const page = await probe('/checkout/', { ...DEFAULT_PAGE_LIMITS, scripts: { ...DEFAULT_PAGE_LIMITS.scripts, maxBytes: 20_000, concurrency: 1 } });
    assert.equal(page.scriptGraph.complete, false);
    assert.ok(page.scriptGraph.scripts.some((s) => s.unread?.reason === 'bytes'));
    assert.ok(page.scriptGraph.bytesRead <= 20_000);
    assert.ok(page.scriptsSkipped > 0);
  });
});

describe('script graph against hostile pages', () => {
  it('ends on an import cycle; a missing chunk and an HTML fallback are named, and the graph still counts as complete', async () => {
    const page = await probe('/cycle/');
    const paths = page.scriptGraph.scripts.map((s) => new URL(s.url!).pathname);
    assert.deepEqual(paths, ['/cycle/a.js', '/cycle/b.js', '/cycle/missing.js', '/cycle/fallback.js']);
    assert.equal(byPath(page, '/cycle/missing.js')!.unread?.reason, 'status');
    assert.equal(byPath(page, '/cycle/fallback.js')!.unread?.reason, 'not-script');
    assert.equal(page.scriptGraph.complete, true);
  });

  it('inflates a gzip bomb only up to the per-script cap', async () => {
    const started = performance.now();
    const page = await probe('/bomb/', { ...DEFAULT_PAGE_LIMITS, scripts: { ...DEFAULT_PAGE_LIMITS.scripts, maxScriptBytes: 1024 * 1024 } });
    const app = byPath(page, '/bomb/app.js')!;
    assert.equal(app.read?.bytes, 1024 * 1024);
    assert.equal(app.read?.truncated, true);
    assert.equal(app.unread?.reason, 'bytes');
    assert.equal(app.hashes, undefined, 'no hash of a part');
    assert.ok(performance.now() - started < 10_000);
  });

  it('reads a corrupt gzip page as cut, never as a clean page', async () => {
    const page = await probe('/corrupt/');
    assert.equal(page.truncated, true);
  });

  it('hashes inline scripts as CSP does (exact text) and never keeps a token in the excerpt', async () => {
    const page = await probe('/inline/', DEFAULT_PAGE_LIMITS, FIXTURES.leakedToken);
    const [classic, data] = page.scriptGraph.scripts;
    const text = `\n  var cfg = { token: "${FIXTURES.leakedToken}" };\n`;
    assert.equal(classic!.hashes!.sha256, sri('sha256', text));
    assert.equal(classic!.executable, true);
    assert.equal(data!.executable, false);
    assert.ok(!JSON.stringify(page.scriptGraph).includes(FIXTURES.leakedToken.slice(20, 40)));
    assert.ok(classic!.inline!.excerpt.includes(`APP_USR-5083…${FIXTURES.leakedToken.slice(-4)}`), classic!.inline!.excerpt);
  });

  it('reads an inline data: source map, and leaves a map that is not public alone', async () => {
    const page = await probe('/maps/');
    assert.equal(page.secrets.filter((s) => s.where.context === 'source-map').length, 1);
    assert.equal(byPath(page, '/maps/app.js')!.sourceMap?.url, 'data:');
    const header = byPath(page, '/maps/header.js')!.sourceMap!;
    assert.equal(header.from, 'header');
    assert.equal(header.unread?.reason, 'status');
  });
});

describe('script references', () => {
  const from = new URL('https://shop.example/_next/static/chunks/webpack-abc.js');
  it('derives webpack chunk URLs from the runtime chunk map (Next.js shape)', () => {
    const runtime =
      'r.p="/_next/",r.u=function(e){return"static/chunks/"+(({96:"framework",231:"checkout"})[e]||e)+"."+{96:"aa11",231:"bb22",455:"cc33"}[e]+".js"},r.miniCssF=function(e){return"static/css/"+e+".css"}';
    assert.deepEqual(
      webpackChunkUrls(runtime, from).map((u) => u.url),
      ['https://shop.example/_next/static/chunks/framework.aa11.js', 'https://shop.example/_next/static/chunks/checkout.bb22.js', 'https://shop.example/_next/static/chunks/455.cc33.js'],
    );
    assert.deepEqual(webpackChunkUrls('d.u=e=>""+e+".js"', from), [], 'no map, nothing derivable');
  });

  it('reads static imports, import() and Vite preload lists; ignores bare names and import.meta', () => {
    const text =
      'import{a}from"./a.js";import "/abs/b.js";export*from"./c.mjs";import React from "react";const u=import.meta.url;import(`./lazy-1.js`);const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/x-1.js","assets/x-1.css"])))=>i.map(i=>d[i]);';
    const refs = findScriptRefs(text, new URL('https://shop.example/app/assets/index.js'), () => 1);
    assert.deepEqual(
      refs.map((r) => [r.via, r.url]),
      [
        ['import', 'https://shop.example/app/assets/a.js'],
        ['import', 'https://shop.example/abs/b.js'],
        ['import', 'https://shop.example/app/assets/c.mjs'],
        ['dynamic-import', 'https://shop.example/app/assets/lazy-1.js'],
        ['vite-preload', 'https://shop.example/app/assets/x-1.js'],
      ],
    );
  });

  it('stays linear on hostile script text', () => {
    const text = 'import{' + 'a,'.repeat(500_000) + '\n' + 'import('.repeat(100_000);
    const started = process.cpuUsage();
    findScriptRefs(text, from, () => 1);
    const cpu = process.cpuUsage(started);
    assert.ok((cpu.user + cpu.system) / 1000 < 5_000, `${(cpu.user + cpu.system) / 1000} ms`);
  });
});
