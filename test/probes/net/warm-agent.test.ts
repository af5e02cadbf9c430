import assert from 'node:assert/strict';
import * as https from 'node:https';
import * as tls from 'node:tls';
import { after, before, describe, it } from 'node:test';
import { request } from 'undici';
import { createGuard } from '../../../src/probes/net/guard.js';
import { createWarmAgent } from '../../../src/probes/net/warm-agent.js';

/** The test servers are on loopback: a private world, as the sandbox is. */
const LOOPBACK_WORLD = createGuard({ privateWorld: true });
import { close, listenOnLoopback, randomLoopback } from '../../sandbox/net.js';
import { createLocalCa, issue } from '../../sandbox/pki.js';

/** An HTTPS server that tells apart the connections it accepted and those that carried a request. */
let server: https.Server;
let origin: URL;
const accepted: tls.TLSSocket[] = [];
const carried = new Set<tls.TLSSocket>();
const authorizations: Array<string | undefined> = [];

before(async () => {
  const ca = createLocalCa();
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), ca.root.certPem]);
  const host = randomLoopback();
  const issued = ca.server({ commonName: host, hosts: [host] });
  server = https.createServer({ cert: issued.chain, key: issued.key }, (req, res) => {
    carried.add(req.socket as tls.TLSSocket);
    authorizations.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  server.on('secureConnection', (s: tls.TLSSocket) => accepted.push(s));
  const bound = await listenOnLoopback(server, 0, host);
  origin = new URL(`https://${bound.host}:${bound.port}/`);
});
after(async () => {
  await close(server);
});

const settle = (ms = 100): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('connections opened ahead of their requests', () => {
  it('opens the connections asked for, and the next requests there take them instead of new ones', async () => {
    const before = accepted.length;
    const agent = createWarmAgent({ guard: LOOPBACK_WORLD });
    agent.warm(origin, 3);
    await settle();
    assert.equal(accepted.length - before, 3, 'three connections set up before any request');
    assert.equal(agent.idle, 3);
    const answers = await Promise.all([1, 2, 3].map((i) => request(new URL(`/r${i}`, origin), { dispatcher: agent.dispatcher }).then((r) => r.body.text())));
    assert.deepEqual(answers, ['ok', 'ok', 'ok']);
    assert.equal(accepted.length - before, 3, 'no fourth connection: each request found one ready');
    assert.equal(agent.idle, 0);
    await agent.close();
  });

  it('sends nothing on a warmed connection until a request is given to it, and closes unused ones', async () => {
    const before = accepted.length;
    const requests = authorizations.length;
    const agent = createWarmAgent({ guard: LOOPBACK_WORLD });
    agent.warm(origin, 2);
    await settle();
    const warmed = accepted.slice(before);
    assert.equal(warmed.length, 2);
    assert.equal(authorizations.length, requests, 'no request, so no header and no token, went out');
    for (const s of warmed) assert.ok(!carried.has(s));
    await agent.close();
    await settle();
    for (const s of warmed) assert.ok(s.destroyed || s.readableEnded, 'the unused connection was closed');
  });

  it('falls back to a new connection when the warmed one failed', async () => {
    const agent = createWarmAgent({ guard: LOOPBACK_WORLD });
    agent.warm(new URL(`https://${randomLoopback()}:1/`), 1);
    const dead = new URL(`https://${origin.hostname}:1/`);
    agent.warm(dead, 1);
    const answer = await request(new URL('/after-failure', origin), { dispatcher: agent.dispatcher });
    assert.equal(await answer.body.text(), 'ok');
    await assert.rejects(request(dead, { dispatcher: agent.dispatcher }), (e: NodeJS.ErrnoException) => e.code === 'ECONNREFUSED');
    await agent.close();
  });

  it('verifies the certificate of a warmed connection as of any other', async () => {
    const host = randomLoopback();
    const selfSigned = issue({ commonName: host, hosts: [host] });
    const other = https.createServer({ cert: selfSigned.certPem, key: selfSigned.keyPem }, (_req, res) => res.end('should not be read'));
    const bound = await listenOnLoopback(other, 0, host);
    try {
      const url = new URL(`https://${bound.host}:${bound.port}/`);
      const agent = createWarmAgent({ guard: LOOPBACK_WORLD });
      agent.warm(url, 1);
      await assert.rejects(request(url, { dispatcher: agent.dispatcher }), /certificate|self.signed|unable to verify/i);
      await agent.close();
    } finally {
      await close(other);
    }
  });
});

describe('a connection opened before the engine loads (early.ts)', () => {
  it('is taken by the first request to that origin: no second connection, and nothing sent before it', async () => {
    const { connectEarly } = await import('../../../src/probes/net/early.js');
    const before = accepted.length;
    const requests = authorizations.length;
    connectEarly(origin, 1);
    await settle();
    assert.equal(accepted.length - before, 1);
    assert.equal(authorizations.length, requests, 'only the handshake happened');
    const agent = createWarmAgent({ guard: LOOPBACK_WORLD });
    const answer = await request(new URL('/first', origin), { dispatcher: agent.dispatcher, headers: { authorization: 'Bearer t' } });
    assert.equal(await answer.body.text(), 'ok');
    assert.equal(accepted.length - before, 1, 'the request went on the early connection');
    await agent.close();
  });

  it('ignores anything but http(s)', async () => {
    const { connectEarly, takeEarly, originKey } = await import('../../../src/probes/net/early.js');
    connectEarly(new URL('ftp://127.0.0.1/'), 1);
    assert.equal(takeEarly(originKey('ftp:', '127.0.0.1', '')), undefined);
  });
});
