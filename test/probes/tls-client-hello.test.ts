import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createBudget } from '../../src/probes/budget.js';
import { buildClientHello, readFlight, WIRE } from '../../src/probes/tls/client-hello.js';
import { probeCiphers } from '../../src/probes/tls/ciphers.js';
import { probeTls } from '../../src/probes/tls/probe.js';
import { sendHello } from '../../src/probes/tls/raw-hello.js';
import { LEGACY, traitsOf } from '../../src/probes/tls/suites.js';
import { createLocalCa } from '../sandbox/pki.js';
import { startScriptedTls } from '../sandbox/scripted-tls.js';

const noDhe = (): boolean => false;

describe('hand-built ClientHello', () => {
  it('is a well-formed handshake record with SNI for a name and none for an IP literal', () => {
    const named = buildClientHello({ version: WIRE['TLSv1.2'], suites: [0xc02f], serverName: 'shop.example' });
    assert.equal(named[0], 22);
    assert.equal(named.readUInt16BE(3), named.length - 5);
    assert.ok(named.includes(Buffer.from('shop.example')));
    assert.ok(!buildClientHello({ version: WIRE['TLSv1.2'], suites: [0xc02f], serverName: '203.0.113.5' }).includes(Buffer.from('203.0.113.5')));
  });

  it('is never 256–511 bytes long (load balancers that hang on those get padding)', () => {
    for (let n = 1; n < 200; n += 7) {
      const length = buildClientHello({ version: WIRE['TLSv1.2'], suites: LEGACY.slice(0, n).map((s) => s.code) }).length - 5;
      assert.ok(length < 256 || length >= 512, `${n} suites: ${length} bytes`);
    }
  });
});

describe('reading the server flight (hostile input)', () => {
  it('waits for more on a partial record, and reads an alert', () => {
    assert.equal(readFlight(Buffer.from([22, 3, 3, 0, 50, 2]), noDhe), undefined);
    assert.deepEqual(readFlight(Buffer.from([21, 3, 3, 0, 2, 2, 40]), noDhe), { kind: 'alert', description: 40 });
  });
  it('calls anything but TLS records garbage', () => {
    assert.equal(readFlight(Buffer.from('HTTP/1.1 400 Bad Request\r\n\r\n'), noDhe)?.kind, 'garbage');
    assert.equal(readFlight(Buffer.from([22, 3, 3, 0xff, 0xff]), noDhe)?.kind, 'garbage');
  });
  it('reports a truncated flight once the server hung up', () => {
    assert.equal(readFlight(Buffer.from([22, 3, 3, 0, 6, 2, 0, 0, 70, 3, 3]), noDhe, true)?.kind, 'garbage');
  });
  it('reads suite traits from IANA names', () => {
    const t = traitsOf(0x0014, 'TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA');
    assert.deepEqual([t.export, t.block64, t.forwardSecret, t.aead, t.browser], [true, true, true, false, false]);
    assert.equal(traitsOf(0xc02b, 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256').browser, true);
    assert.equal(traitsOf(0x0018, 'TLS_DH_anon_WITH_RC4_128_MD5').forwardSecret, false);
  });
});

describe('cipher probe on the wire', () => {
  const cert = Buffer.from(
    createLocalCa()
      .server({ commonName: 'export.example' })
      .cert.replace(/-----[^-]+-----|\s/g, ''),
    'base64',
  );

  it('detects EXPORT, NULL and anonymous suites no TLS library still serves', async () => {
    const server = await startScriptedTls({ serves: [0x0008, 0x0002, 0x0018], certificate: cert });
    try {
      const probe = await probeCiphers({ host: server.host, port: server.port, signal: () => AbortSignal.timeout(5_000) });
      const tls12 = probe.evidence.versions.find((v) => v.version === 'TLSv1.2')!;
      assert.deepEqual(tls12.suites.map((s) => s.name).sort(), ['TLS_DH_anon_WITH_RC4_128_MD5', 'TLS_RSA_EXPORT_WITH_DES40_CBC_SHA', 'TLS_RSA_WITH_NULL_SHA']);
      assert.equal(probe.servedTls12?.length, 1);
      // No real handshake completes with it, yet the TLS probe reports from the plaintext flight.
      const outcome = await probeTls(new URL(`https://${server.host}:${server.port}/`), createBudget(10_000));
      assert.ok(outcome.ok, outcome.ok ? '' : outcome.error.message);
      assert.ok(outcome.value.ciphers!.versions[2]!.suites.some((s) => s.export));
      assert.equal(outcome.value.trust.verifiedByOpenssl, false);
    } finally {
      await server.close();
    }
  });

  for (const behaviour of ['garbage', 'http', 'flood'] as const) {
    it(`turns a server answering ${behaviour} into "could not tell", bounded`, async () => {
      const server = await startScriptedTls(behaviour);
      try {
        const started = Date.now();
        const answer = await sendHello({ host: server.host, port: server.port, signal: AbortSignal.timeout(5_000) }, { version: WIRE['TLSv1.2'], suites: [0xc02f] });
        assert.equal(answer.kind, 'garbage');
        assert.ok(Date.now() - started < 4_000);
      } finally {
        await server.close();
      }
    });
  }

  it('gives up on a silent server when its signal ends', async () => {
    const server = await startScriptedTls('silent');
    try {
      const answer = await sendHello({ host: server.host, port: server.port, signal: AbortSignal.timeout(300) }, { version: WIRE['TLSv1.2'], suites: [0xc02f] });
      assert.deepEqual(answer, { kind: 'no-answer', detail: 'no answer in time' });
    } finally {
      await server.close();
    }
  });
});
