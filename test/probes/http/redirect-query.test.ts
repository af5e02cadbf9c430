import assert from 'node:assert/strict';
import * as http from 'node:http';
import { describe, it } from 'node:test';
import { createBudget } from '../../../src/probes/budget.js';
import { probeHttpRedirect } from '../../../src/probes/http/redirect.js';
import { close, listen, randomLoopback } from '../../sandbox/net.js';

describe('the port-80 redirect probe', () => {
  it("asks http://host/path without site-url's query string or fragment (they would travel in clear text)", async () => {
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.writeHead(301, { location: `https://${req.headers.host}${req.url}` }).end();
    });
    const host = randomLoopback();
    await listen(server, host, 80);
    try {
      const outcome = await probeHttpRedirect(new URL(`https://${host}/checkout?session=abc123&coupon=x#pay`), createBudget(5_000));
      assert.ok(outcome.ok);
      assert.deepEqual(seen, ['/checkout']);
      assert.equal(outcome.value.requestedUrl, `http://${host}/checkout`);
    } finally {
      await close(server);
    }
  });
});
