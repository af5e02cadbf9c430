import assert from 'node:assert/strict';
import * as dns from 'node:dns/promises';
import * as https from 'node:https';
import type { IncomingMessage } from 'node:http';
import * as tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { startFault, routesUpstream, UNKNOWN_HOST, type FaultKind, type FaultServer } from './faults.js';
import { createLocalCa, type LocalCa } from './pki.js';

let ca: LocalCa;
const started: FaultServer[] = [];
before(() => {
  ca = createLocalCa();
});
after(async () => {
  await Promise.all(started.map((f) => f.close()));
});

const PAGE = '<!doctype html><meta charset="utf-8"><title>Pagamento não concluído</title><p>Ação necessária</p>';

async function fault(kind: FaultKind, flavor: 'json' | 'html' = 'html'): Promise<FaultServer> {
  const f = await startFault(kind, { ca, flavor, upstream: routesUpstream({ '/checkout': { body: PAGE } }), dripIntervalMs: 100 });
  started.push(f);
  return f;
}

interface Got {
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
  readonly body: Buffer;
}

/** A plain GET trusting the test CA; rejects with the socket error. */
function get(url: string, timeoutMs = 5000): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ca: ca.root.certPem, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
      res.on('aborted', () => reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
    });
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
  });
}

describe('fault servers do what their name says', () => {
  it('refused: nothing listens on the port', async () => {
    const f = await fault('refused');
    await assert.rejects(get(f.url('/checkout')), { code: 'ECONNREFUSED' });
  });

  it('unknown-host: the name fails to resolve at once, on this machine', async () => {
    assert.ok(UNKNOWN_HOST.endsWith('.invalid') && UNKNOWN_HOST.split('.')[0]!.length > 63, 'reserved TLD and an over-long label, so glibc sends no query');
    const t = performance.now();
    await assert.rejects(dns.lookup(UNKNOWN_HOST), { code: 'ENOTFOUND' });
    assert.ok(performance.now() - t < 1000);
  });

  it('hang: accepts the connection and never sends a byte', async () => {
    const f = await fault('hang');
    const { port, hostname } = new URL(f.origin);
    const socket = tls.connect({ host: hostname, port: Number(port), ca: ca.root.certPem });
    let events = 0;
    socket
      .on('secureConnect', () => events++)
      .on('data', () => events++)
      .on('error', () => events++);
    await new Promise((r) => setTimeout(r, 400));
    socket.destroy();
    assert.equal(events, 0);
    assert.equal(f.connections(), 1);
  });

  it('tls-garbage: answers a ClientHello with bytes that are not TLS', async () => {
    const f = await fault('tls-garbage');
    await assert.rejects(get(f.url('/checkout')), (e: { code?: string; message?: string }) => String(e.code).startsWith('ERR_SSL') || /wrong version number/.test(String(e.message)));
  });

  it('drip: sends the headers, then the body a byte at a time', async () => {
    const f = await fault('drip');
    const got = await new Promise<{ status: number; bytes: number }>((resolve) => {
      const req = https.get(f.url('/checkout'), { ca: ca.root.certPem, agent: false }, (res) => {
        let bytes = 0;
        res.on('data', (c: Buffer) => (bytes += c.length));
        setTimeout(() => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, bytes });
        }, 450);
      });
      req.on('error', () => undefined);
    });
    assert.equal(got.status, 200);
    assert.ok(got.bytes >= 2 && got.bytes <= 6, `${got.bytes} bytes in 450 ms`);
  });

  it('reset: cuts the answer half way with a TCP reset', async () => {
    const f = await fault('reset');
    await assert.rejects(get(f.url('/checkout')), { code: 'ECONNRESET' });
  });

  it('status-500 answers 500', async () => {
    const f = await fault('status-500', 'json');
    const got = await get(f.url('/users/me'));
    assert.equal(got.status, 500);
    assert.equal(JSON.parse(got.body.toString()).status, 500);
  });

  it('retry-after: 429 with Retry-After first, then the healthy answer', async () => {
    const f = await fault('retry-after');
    const first = await get(f.url('/checkout'));
    assert.equal(first.status, 429);
    assert.equal(first.headers['retry-after'], '1');
    const second = await get(f.url('/checkout'));
    assert.equal(second.status, 200);
    assert.equal(second.body.toString(), PAGE);
  });

  it('malformed-json: 200 with JSON cut off in the middle', async () => {
    const f = await fault('malformed-json', 'json');
    const got = await get(f.url('/users/me'));
    assert.equal(got.status, 200);
    assert.throws(() => JSON.parse(got.body.toString()));
  });

  it('huge-body: 10 MB, announced and sent', async () => {
    const f = await fault('huge-body');
    const got = await get(f.url('/checkout'), 20_000);
    assert.equal(got.headers['content-length'], String(10 * 1024 * 1024));
    assert.equal(got.body.length, 10 * 1024 * 1024);
  });

  it('redirect-loop: two URLs that redirect to each other', async () => {
    const f = await fault('redirect-loop');
    const a = await get(f.url('/checkout'));
    assert.equal(a.status, 302);
    const b = await get(a.headers.location!);
    assert.equal(b.headers.location, f.url('/checkout'));
  });

  it('redirect-http: redirects to plain http, where a listener records what arrives', async () => {
    const f = await fault('redirect-http');
    const got = await get(f.url('/checkout'));
    assert.equal(got.status, 301);
    assert.match(got.headers.location!, /^http:\/\//);
    const plain = await fetch(got.headers.location!);
    assert.equal(plain.status, 200);
    assert.deepEqual(
      f.requests.map((r) => r.scheme),
      ['https', 'http'],
    );
  });

  it('non-utf8: the healthy page in Latin-1, declared as such', async () => {
    const f = await fault('non-utf8');
    const got = await get(f.url('/checkout'));
    assert.match(String(got.headers['content-type']), /charset=iso-8859-1/);
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(got.body));
    assert.equal(got.body.toString('latin1'), PAGE);
  });
});
