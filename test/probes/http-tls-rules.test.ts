import assert from 'node:assert/strict';
import * as http from 'node:http';
import * as https from 'node:https';
import { after, before, describe, it } from 'node:test';
import { hsts } from '../../src/checks/ssl/hsts.js';
import { httpRedirect } from '../../src/checks/ssl/http-redirect.js';
import { createBudget } from '../../src/probes/budget.js';
import { probeHttpRedirect } from '../../src/probes/http/redirect.js';
import { probePage } from '../../src/probes/http/page.js';
import { contextFor, judge } from '../helpers/tls-page-evidence.js';
import { MODERN_CIPHERS } from '../sandbox/modern-tls.js';
import { close, listenOnLoopback, randomLoopback } from '../sandbox/net.js';
import { createLocalCa } from '../sandbox/pki.js';

/** Real servers for the redirect and HSTS rules of DESIGN §5 (host and port; RFC 6797 §8.1). */
const servers: Array<http.Server> = [];
const ca = createLocalCa();
const STS = 'max-age=31536000; includeSubDomains';

async function plain(host: string, handler: http.RequestListener): Promise<void> {
  const server = http.createServer(handler);
  servers.push(server);
  await listenOnLoopback(server, 80, host);
}
async function secure(host: string, handler: http.RequestListener): Promise<void> {
  const cert = ca.server({ commonName: host, hosts: [host] });
  const server = https.createServer({ cert: cert.chain, key: cert.key, ciphers: MODERN_CIPHERS }, handler);
  servers.push(server);
  await listenOnLoopback(server, 443, host);
}
const page = (res: http.ServerResponse, headers: Record<string, string> = {}): void => void res.writeHead(200, { 'content-type': 'text/html', ...headers }).end('<!doctype html><p>checkout</p>');

const toDefaultPort = randomLoopback();
const toSitePort = randomLoopback();
const endsOnHttp = randomLoopback();
const stsOnlyOn80 = randomLoopback();

before(async () => {
  // A site on :8443 whose port 80 sends buyers to :443, and one whose port 80 keeps the port.
  await plain(toDefaultPort, (req, res) => void res.writeHead(301, { location: `https://${toDefaultPort}${req.url}` }).end());
  await plain(toSitePort, (req, res) => void res.writeHead(301, { location: `https://${toSitePort}:8443${req.url}` }).end());
  // An https site-url that redirects the page to plain http, where the header is sent.
  await secure(endsOnHttp, (_req, res) => void res.writeHead(302, { location: `http://${endsOnHttp}/plain` }).end());
  await plain(endsOnHttp, (_req, res) => page(res, { 'strict-transport-security': STS }));
  // HSTS on port 80's redirect only; the https page sends none.
  await plain(stsOnlyOn80, (req, res) => void res.writeHead(301, { location: `https://${stsOnlyOn80}${req.url}`, 'strict-transport-security': STS }).end());
  await secure(stsOnlyOn80, (_req, res) => page(res));
});
after(async () => {
  await Promise.all(servers.map((s) => close(s)));
});

describe('ssl.http-redirect and ssl.hsts against real servers', () => {
  it('fails a site on :8443 whose port 80 redirects to https on :443, and passes one kept on :8443', async () => {
    const site = new URL(`https://${toDefaultPort}:8443/checkout`);
    const wrong = judge(httpRedirect, { httpRedirect: await probeHttpRedirect(site, createBudget(10_000)) }, contextFor(site.href));
    assert.equal(wrong.status, 'fail');
    assert.match(wrong.message.en, /port 443, but the site is served on port 8443/);
    const kept = new URL(`https://${toSitePort}:8443/checkout`);
    assert.equal(judge(httpRedirect, { httpRedirect: await probeHttpRedirect(kept, createBudget(10_000)) }, contextFor(kept.href)).status, 'pass');
  });

  it('ignores a Strict-Transport-Security header on a page that ends on plain http', async () => {
    const site = new URL(`https://${endsOnHttp}/checkout`);
    const [pageOutcome, redirect] = await Promise.all([probePage(site, createBudget(10_000), undefined), probeHttpRedirect(site, createBudget(10_000))]);
    assert.ok(pageOutcome.ok, pageOutcome.ok ? '' : pageOutcome.error.message);
    assert.equal(pageOutcome.value.headers['strict-transport-security'], STS, 'the header was received, over http');
    const outcome = judge(hsts, { page: pageOutcome, httpRedirect: redirect }, contextFor(site.href));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /ends on plain http/);
  });

  it('ignores a header sent only on port 80, and says so', async () => {
    const site = new URL(`https://${stsOnlyOn80}/checkout`);
    const [pageOutcome, redirect] = await Promise.all([probePage(site, createBudget(10_000), undefined), probeHttpRedirect(site, createBudget(10_000))]);
    const outcome = judge(hsts, { page: pageOutcome, httpRedirect: redirect }, contextFor(site.href));
    assert.equal(outcome.status, 'fail');
    assert.match(outcome.message.en, /only on the plain http/);
  });
});
