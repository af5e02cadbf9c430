import assert from 'node:assert/strict';
import * as http from 'node:http';
import { describe, it } from 'node:test';
import { createBudget } from '../../src/probes/budget.js';
import { DEFAULT_PAGE_LIMITS, probePage } from '../../src/probes/http/page.js';
import { GIVEN, html, useLocalShop, V2 } from '../helpers/local-shop.js';
import { close, listenOnLoopback } from '../sandbox/net.js';
import { deviceId } from '../../src/checks/approval/device-id.js';
import { mixedContent } from '../../src/checks/ssl/mixed-content.js';
import { sdkV2 } from '../../src/checks/approval/sdk-v2.js';
import { secretExposure } from '../../src/checks/credentials/secret-exposure.js';
import { securityHeaders } from '../../src/checks/page/security-headers.js';

const local = useLocalShop();
const { check, read, value } = local;

describe('page probe against a real local shop', () => {
  it('follows a redirect and records the hop', async () => {
    const v = await value('/hop');
    assert.equal(v.finalUrl, local.shop.url('/good-headers'));
    assert.deepEqual(
      v.hops.map((h) => h.status),
      [301],
    );
  });

  it('stops a redirect loop with an error, and the page checks say error', async () => {
    const outcome = await read('/loop-a');
    assert.equal(outcome.ok, false);
    assert.match(outcome.ok ? '' : outcome.error.message, /redirects in a loop/);
    assert.equal((await check('/loop-a', mixedContent)).status, 'error');
  });

  it('cuts a 10 MB body at 5 MB and never passes what it could not read', async () => {
    const v = await value('/huge');
    assert.equal(v.truncated, true);
    assert.equal(v.bytes, DEFAULT_PAGE_LIMITS.maxPageBytes);
    assert.equal((await check('/huge', secretExposure)).status, 'error');
    assert.equal((await check('/huge', sdkV2)).status, 'pass', 'what was read still counts');
  });

  it('says error for content checks on a non-HTML answer', async () => {
    assert.equal((await value('/json')).html, false);
    for (const definition of [mixedContent, secretExposure, deviceId]) {
      assert.equal((await check('/json', definition)).status, 'error', definition.id);
    }
  });

  it('reads all 20 same-origin scripts of an ordinary page (the bound is far above it)', async () => {
    const v = await value('/many-scripts');
    assert.equal(v.scripts.length, 20);
    assert.equal(v.scriptsSkipped, 0);
    assert.equal(v.scriptGraph.complete, true);
  });

  it('reads a bounded number of same-origin scripts and says which were left', async () => {
    const outcome = await probePage(new URL(local.shop.url('/many-scripts')), createBudget(10_000), GIVEN, { ...DEFAULT_PAGE_LIMITS, scripts: { ...DEFAULT_PAGE_LIMITS.scripts, maxScripts: 12 } });
    assert.ok(outcome.ok);
    assert.equal(outcome.value.scripts.length, 12);
    assert.equal(outcome.value.scriptsSkipped, 8);
    assert.equal(outcome.value.scriptGraph.complete, false);
    assert.deepEqual(
      outcome.value.scriptGraph.scripts.filter((s) => s.unread?.reason === 'count').map((s) => new URL(s.url!).pathname),
      Array.from({ length: 8 }, (_, i) => `/s/${12 + i}.js`),
    );
  });

  it('says error when site-url answers 404', async () => {
    assert.equal((await check('/missing', securityHeaders)).status, 'error');
  });
});

describe('what the page probe sends', () => {
  it('never sends the access token: not in a URL, a header or a cookie', async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}\n${req.rawHeaders.join('\n')}`);
      if (req.url === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end('var a = 1;');
      res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'sid=1' }).end(html(V2, '<script src="/app.js"></script>'));
    });
    const { host, port } = await listenOnLoopback(server);
    try {
      const outcome = await probePage(new URL(`http://${host}:${port}/checkout`), createBudget(10_000), GIVEN);
      assert.ok(outcome.ok);
      assert.equal(seen.length, 2, 'the page and its same-origin script');
      for (const request of seen) {
        assert.ok(!request.includes(GIVEN.split('-')[3]!), request);
        assert.doesNotMatch(request, /authorization|cookie/i);
        assert.ok(request.startsWith('GET '));
      }
    } finally {
      await close(server);
    }
  });
});
